using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// One launch with few warmups and iterations, so the whole suite takes minutes on a 2-core machine;
/// <c>--quick</c> cuts it to a smoke run whose numbers are only indicative. The benchmark classes
/// add the memory diagnoser. The benchmarks run in this process (the in-process toolchain): a separate
/// build of the project per run took more than BenchmarkDotNet's two minutes on the shared machine,
/// and this way they measure exactly the code of <c>dotnet run -c Release</c>.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create(bool quick)
    {
        var job = quick
            ? Job.Default.WithId("Quick").WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(100))
            : Job.Default.WithId("Short").WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(20);
        job = job.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true));

        return DefaultConfig.Instance
            .AddJob(job)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
    }
}
