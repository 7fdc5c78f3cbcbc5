using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using FullstackDevelop.Benchmarks.Infrastructure;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Snapshot;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// The build task's scenarios on the Bookstore sample, timed as the task runs them (snapshot in hand: state, agents,
/// artifacts, report): a cold build, a build with nothing changed, one <c>ui.</c> requirement changed, and a restore of
/// a wiped project from the disk cache. Each build gets fresh in-process caches, as a new build process would.
/// Run with <c>dotnet run -c Release --project tests/FullstackDevelop.Benchmarks -- agents</c>; prints a table of
/// medians and their ratios to the cold build, measured in the same run.
/// </summary>
internal static class AgentBuildScenarios
{
    private const int Rounds = 15;

    public static int Run()
    {
        var root = Path.Combine(Path.GetTempPath(), "fullstack-agent-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sample = Snapshot(File.ReadAllText(FindSnapshot()));
            var changed = Snapshot(RequirementsJson.Write(sample.Requirements with
            {
                Requirements = EquatableArray.From(sample.Requirements.Requirements.Select(entry => entry.Key == "ui.theme" ? entry with { Value = entry.Value + "-contrast" } : entry)),
            }));
            if (changed.Hash == sample.Hash)
            {
                throw new InvalidOperationException("The sample declares no ui.theme requirement to change.");
            }

            var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var efficiencies = new List<double>();
            for (var round = 0; round <= Rounds; round++)
            {
                var folder = Path.Combine(root, round.ToString(CultureInfo.InvariantCulture));
                var options = Options(folder);
                var cold = Time(options, sample, out var coldOutcome);
                var noChange = Time(options, sample, out var noChangeOutcome);
                var uiChange = Time(options, changed, out var uiOutcome);
                Directory.Delete(options.OutputFolder, recursive: true);
                Directory.Delete(options.WorkingDirectory, recursive: true);
                var restore = Time(options, changed, out var restoreOutcome);
                var floor = TimeWriting(restoreOutcome.Result!.Files, Path.Combine(folder, "floor"));
                if (noChangeOutcome.Result!.RanCount != 0 || uiOutcome.Result!.RanCount > 2 || restoreOutcome.Result.RanCount != 0)
                {
                    throw new InvalidOperationException("A scenario ran more agents than it should.");
                }

                // Round 0 warms the JIT up and is not counted.
                if (round == 0)
                {
                    continue;
                }

                Add(timings, "cold", cold);
                Add(timings, "no change", noChange);
                Add(timings, "one ui. change", uiChange);
                Add(timings, "restore from disk cache", restore);
                Add(timings, "(writing the restored files alone)", floor);
                efficiencies.Add(coldOutcome.Result!.Metrics.ParallelEfficiency);
            }

            var coldMedian = Median.Of(timings["cold"]);
            Console.WriteLine($"Bookstore sample, {Rounds} rounds, {Environment.ProcessorCount} cores; medians");
            Console.WriteLine();
            Console.WriteLine("| Build | Median (ms) | Ratio to cold |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var (name, values) in timings)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.00} | {2:0.000} |", name, Median.Of(values), Median.Of(values) / coldMedian));
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| parallel efficiency of the cold build (median) | | {0:0.00} |", Median.Of(efficiencies)));
            return 0;
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static double Time(AgentBuildOptions options, RequirementsSnapshot snapshot, out AgentBuildOutcome outcome)
    {
        var stopwatch = Stopwatch.StartNew();
        outcome = AgentBuild.RunAsync(options, snapshot, new MemoryResultCache(), new ParsedTemplateCache(512), new SilentBuildLog(), CancellationToken.None).GetAwaiter().GetResult();
        stopwatch.Stop();
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("A benchmark build failed.");
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }

    // What any restore must do at least: write each file of the output folder, atomically, into an empty folder.
    private static double TimeWriting(IReadOnlyDictionary<string, byte[]> files, string folder)
    {
        var stopwatch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            AtomicFile.Write(Path.Combine(folder, file.Key), file.Value);
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static AgentBuildOptions Options(string folder) => new()
    {
        AssemblyPath = Path.Combine(folder, "unused.dll"),
        ProjectDirectory = folder,
        RootNamespace = "Bookstore",
        OutputFolder = Path.Combine(folder, "fullstack"),
        WorkingDirectory = Path.Combine(folder, "obj"),
        ReportPath = Path.Combine(folder, "obj", "fullstack-report.json"),
        CacheFolder = Path.Combine(folder, "cache"),
    };

    internal static RequirementsSnapshot Snapshot(string json) => new(json, RequirementsHash.Compute(json), RequirementsJson.Read(json));

    internal static string FindSnapshot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "FullstackDevelop.Generators.Tests", "Snapshots", "Bookstore.requirements.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The Bookstore snapshot golden file was not found above " + AppContext.BaseDirectory);
    }

    private static void Add(Dictionary<string, List<double>> timings, string name, double value)
    {
        if (!timings.TryGetValue(name, out var values))
        {
            timings[name] = values = new List<double>();
        }

        values.Add(value);
    }
}
