using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/FullstackDevelop.Benchmarks -- --filter '*'</c>.
/// <c>--quick</c> (before or after the BenchmarkDotNet arguments) makes a short smoke run.
/// Exits with 1 when a benchmark failed, such as a warm run that parsed a template.
/// <c>agents</c> instead times the build task's scenarios (<see cref="AgentBuildScenarios"/>); <c>remote</c> its
/// restores from a remote cache on nginx (<see cref="RemoteCacheScenarios"/>); <c>scaling [sizes…]</c>
/// times every stage at growing model sizes (<see cref="ScalingScenarios"/>); <c>builds [sizes…]</c> times whole
/// <c>dotnet build</c>s of the same model from the packed package (<see cref="DotnetBuildScenarios"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "agents")
        {
            return AgentBuildScenarios.Run();
        }

        if (args.Length > 0 && args[0] == "remote")
        {
            return RemoteCacheScenarios.Run();
        }

        if (args.Length > 0 && args[0] == "scaling")
        {
            return ScalingScenarios.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "builds")
        {
            return DotnetBuildScenarios.Run(args[1..]);
        }

        var quick = args.Contains("--quick", StringComparer.Ordinal);
        var benchmarkArgs = args.Where(arg => arg != "--quick").ToArray();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs, BenchmarkConfig.Create(quick));
        var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
        return failed ? 1 : 0;
    }
}
