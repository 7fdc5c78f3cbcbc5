using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FullstackDevelop.Benchmarks.Infrastructure;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Snapshot;
using FullstackDevelop.Core.Tests.Agents.Infrastructure;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// The remote cache's scenarios on the Bookstore sample plus one custom command agent that does real work for seconds
/// (it type-checks the generated frontend with tsc, as a team's expensive agents would), against nginx (WebDAV) on
/// 127.0.0.1, all in one run: a cold build (every agent runs and uploads), a fresh clone with the remote cache warm and
/// an empty disk cache, and the same with the disk cache warm. Each build has a folder, state and in-process caches of
/// its own, as another machine would. Run with
/// <c>dotnet run -c Release --project tests/FullstackDevelop.Benchmarks -- remote</c>.
/// </summary>
internal static class RemoteCacheScenarios
{
    private const int Rounds = 3;

    public static int Run()
    {
        if (NginxWebDav.Binary is null || NodeModules.FindOnPath("node") is not { } node || NodeModules.FindOnPath("npm") is null)
        {
            Console.Error.WriteLine("The remote cache benchmark needs nginx, node and npm.");
            return 1;
        }

        using var root = new TemporaryDirectory();
        using var nginx = NginxWebDav.Start();
        var sample = AgentBuildScenarios.Snapshot(File.ReadAllText(AgentBuildScenarios.FindSnapshot()));
        var snapshot = WithTypeCheckAgent(sample, node, root);
        var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var requests = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var round = 0; round <= Rounds; round++)
        {
            // A new prefix per round: the cold build finds an empty server.
            var url = nginx.Url + "round-" + round.ToString(CultureInfo.InvariantCulture) + "/";
            var cold = Time(Options(root, round, "cold", url, null), snapshot, expectedRan: null);
            var clone = Options(root, round, "clone", url, null);
            var warmRemote = Time(clone, snapshot, expectedRan: 0);
            var warmDisk = Time(Options(root, round, "clone-again", url, clone.CacheFolder), snapshot, expectedRan: 0);

            // Round 0 warms the JIT, the connections and tsc's files up and is not counted.
            if (round == 0)
            {
                continue;
            }

            Add(timings, "cold (every agent runs, uploads awaited)", cold.Milliseconds);
            Add(timings, "fresh clone, warm remote, empty disk", warmRemote.Milliseconds);
            Add(timings, "fresh clone, warm remote, warm disk", warmDisk.Milliseconds);
            Add(requests, "cold (every agent runs, uploads awaited)", cold.Requests);
            Add(requests, "fresh clone, warm remote, empty disk", warmRemote.Requests);
            Add(requests, "fresh clone, warm remote, warm disk", warmDisk.Requests);
        }

        var coldMedian = Median.Of(timings.Values.First());
        Console.WriteLine($"Bookstore sample + a tsc command agent, remote cache on nginx 127.0.0.1, {Rounds} rounds, {Environment.ProcessorCount} cores; medians");
        Console.WriteLine();
        Console.WriteLine("| Build | Median (ms) | Ratio to cold | Requests |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, values) in timings)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.0} | {2:0.000} | {3:0} |", name, Median.Of(values), Median.Of(values) / coldMedian, Median.Of(requests[name])));
        }

        return 0;
    }

    private static (double Milliseconds, double Requests) Time(AgentBuildOptions options, RequirementsSnapshot snapshot, int? expectedRan)
    {
        var stopwatch = Stopwatch.StartNew();
        var outcome = AgentBuild.RunAsync(options, snapshot, new MemoryResultCache(), new ParsedTemplateCache(512), new SilentBuildLog(), CancellationToken.None).GetAwaiter().GetResult();
        stopwatch.Stop();
        if (!outcome.Succeeded || (expectedRan is { } ran && outcome.Result!.RanCount != ran))
        {
            throw new InvalidOperationException($"A benchmark build failed or ran {outcome.Result?.RanCount} agents instead of {expectedRan}.");
        }

        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(options.ReportPath));
        return (stopwatch.Elapsed.TotalMilliseconds, report.RootElement.GetProperty("remoteCache").GetProperty("requests").GetInt32());
    }

    // The custom agent: tsc over the frontend the frontend agent generates for the sample, set up once beside an npm
    // installation of its package.json so its imports resolve. Its key is the sample's, so every machine shares it.
    private static RequirementsSnapshot WithTypeCheckAgent(RequirementsSnapshot sample, string node, TemporaryDirectory root)
    {
        var render = Options(root, -1, "render", url: null, cacheFolder: null);
        AgentBuild.RunAsync(render, sample, new MemoryResultCache(), new ParsedTemplateCache(512), new SilentBuildLog(), CancellationToken.None).GetAwaiter().GetResult();
        var frontend = Path.Combine(render.OutputFolder, "frontend");
        var installation = NodeModules.InstallAsync(File.ReadAllText(Path.Combine(frontend, "package.json"))).GetAwaiter().GetResult();
        var project = Path.Combine(installation, "projects", "remote-bench-" + Guid.NewGuid().ToString("N")[..8]);
        CopyFolder(frontend, project);
        var tsc = Path.Combine(installation, "node_modules", "typescript", "bin", "tsc");
        var command = $"\"{node}\" \"{tsc}\" --noEmit -p \"{project}\" && echo checked > \"$FULLSTACK_OUTPUT_DIR/typecheck.txt\"";
        var agent = new CustomAgentInfo("frontend-type-check", EquatableArray.Of("frontend-developer"), default, "1", 1, command, EquatableArray.Of("typecheck.txt"));
        var json = RequirementsJson.Write(sample.Requirements with { Agents = EquatableArray.From(sample.Requirements.Agents.Append(agent).OrderBy(custom => custom.Name, StringComparer.Ordinal)) });
        return AgentBuildScenarios.Snapshot(json);
    }

    private static AgentBuildOptions Options(TemporaryDirectory root, int round, string machine, string? url, string? cacheFolder)
    {
        var folder = root.Combine(round.ToString(CultureInfo.InvariantCulture), machine);
        return new AgentBuildOptions
        {
            AssemblyPath = Path.Combine(folder, "unused.dll"),
            ProjectDirectory = folder,
            RootNamespace = "Bookstore",
            OutputFolder = Path.Combine(folder, "fullstack"),
            WorkingDirectory = Path.Combine(folder, "obj"),
            ReportPath = Path.Combine(folder, "obj", "fullstack-report.json"),
            CacheFolder = cacheFolder ?? Path.Combine(folder, "cache"),
            RemoteCacheUrl = url,

            // The sample's own templates, which its search-indexer agent renders.
            TemplateFiles = Directory.GetFiles(RepositoryPaths.Combine("samples", "Bookstore", "Templates"), "*.scriban").Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Add(Dictionary<string, List<double>> values, string name, double value)
    {
        if (!values.TryGetValue(name, out var list))
        {
            values[name] = list = new List<double>();
        }

        list.Add(value);
    }
}
