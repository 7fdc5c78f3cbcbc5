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
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// How every stage grows with the model: JHipster's benchmark model (<see cref="BenchmarkModel"/>) at 10, 100, 500 and
/// 2,000 entities, through the generator (in-process driver: cold, warm after an unrelated edit, one property added)
/// and the build task's engine (<see cref="AgentBuild"/> with fresh in-process caches per build, as a new build process:
/// cold, no change, one property added). Prints medians, the ratio time(2,000) ÷ time(500) per row (linear is 4; the
/// target is ≤ 4.5), the one-property rows as a share of cold, and each size's generated files, characters and peak
/// working set. Run with <c>dotnet run -c Release --project tests/FullstackDevelop.Benchmarks -- scaling [--rounds n] [--agents] [sizes…]</c>
/// (by default 10, 100, 500 and 2,000 entities, with fewer rounds for the larger sizes; <c>--agents</c> times only the
/// build task's rows, the generator running once per size for the snapshot).
/// </summary>
internal static class ScalingScenarios
{
    private static readonly int[] DefaultSizes = { 10, 100, 500, 2000 };

    private static readonly string[] GeneratorRows = { "generator cold", "generator warm (unrelated edit)", "generator one property added" };

    private static readonly string[] AgentRows = { "agents cold", "agents no change", "agents one property added" };

    public static int Run(IReadOnlyList<string> arguments)
    {
        var rounds = arguments.Count >= 2 && arguments[0] == "--rounds" ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : (int?)null;
        var sizeArguments = rounds is null ? arguments : arguments.Skip(2).ToList();
        var agentsOnly = sizeArguments.Count > 0 && sizeArguments[0] == "--agents";
        sizeArguments = agentsOnly ? sizeArguments.Skip(1).ToList() : sizeArguments;
        var rows = agentsOnly ? AgentRows : GeneratorRows.Concat(AgentRows).ToArray();
        var sizes = sizeArguments.Count == 0 ? DefaultSizes : sizeArguments.Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray();
        var root = Path.Combine(Path.GetTempPath(), "fullstack-scaling-" + Guid.NewGuid().ToString("N"));
        try
        {
            // A small project first, uncounted, so the JIT and the templates' first parse are not charged to a size.
            Measure(10, rounds: 1, rows, Path.Combine(root, "warm-up"));
            var results = new List<SizeResult>();
            foreach (var size in sizes)
            {
                var stopwatch = Stopwatch.StartNew();
                results.Add(Measure(size, rounds ?? RoundsFor(size), rows, Path.Combine(root, size.ToString(CultureInfo.InvariantCulture))));

                // Progress on stderr, so a long run shows where it is and the table stays whole on stdout.
                Console.Error.WriteLine($"// {size} entities measured in {stopwatch.Elapsed.TotalSeconds:0} s");
            }

            Print(results, rows);
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

    // Fewer rounds for the big sizes, whose runs take seconds; the median of three still drops one slow outlier.
    private static int RoundsFor(int size) => size <= 100 ? 7 : size <= 500 ? 5 : 3;

    private static SizeResult Measure(int size, int rounds, IReadOnlyList<string> rows, string folder)
    {
        PeakWorkingSet.Reset();
        var compilation = SyntheticProject.Compile(size);
        var (path, withProperty) = SyntheticProject.Edit(Keystroke.PropertyAdded, size);
        var propertyAdded = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(tree => tree.FilePath == path), withProperty);
        var unrelated = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(tree => tree.FilePath == SyntheticProject.EditedFilePath),
            SyntheticProject.EditedServiceTree());
        var snapshot = SnapshotOf(compilation);
        var changedSnapshot = SnapshotOf(propertyAdded);

        var timings = rows.ToDictionary(row => row, _ => new List<double>(), StringComparer.Ordinal);
        var generatedFiles = 0;
        var generatedCharacters = 0L;
        AgentBuildOutcome? built = null;
        var unitsRenderedAfterProperty = 0;
        for (var round = 0; round < rounds; round++)
        {
            if (rows.Contains(GeneratorRows[0]))
            {
                (generatedFiles, generatedCharacters) = MeasureGenerator(compilation, unrelated, propertyAdded, timings);
            }

            var options = Options(Path.Combine(folder, round.ToString(CultureInfo.InvariantCulture)));
            timings["agents cold"].Add(Time(() => built = Build(options, snapshot, expectedRuns: null)));
            timings["agents no change"].Add(Time(() => Build(options, snapshot, expectedRuns: 0)));
            AgentBuildOutcome? changed = null;
            timings["agents one property added"].Add(Time(() => changed = Build(options, changedSnapshot, expectedRuns: null)));
            unitsRenderedAfterProperty = changed!.Result!.Agents.Sum(agent => agent.RenderedUnits.Count);
            Directory.Delete(options.ProjectDirectory, recursive: true);
        }

        return new SizeResult(
            size,
            rows.ToDictionary(row => row, row => Median.Of(timings[row]), StringComparer.Ordinal),
            generatedFiles,
            generatedCharacters,
            built!.Result!.Files.Count,
            built.Result.Files.Sum(file => (long)file.Value.Length),
            unitsRenderedAfterProperty,
            PeakWorkingSet.Megabytes());
    }

    // One round of the generator rows; returns what it generated.
    private static (int Files, long Characters) MeasureGenerator(Compilation compilation, Compilation unrelated, Compilation propertyAdded, Dictionary<string, List<double>> timings)
    {
        var driver = SyntheticProject.CreateDriver();
        Settle();
        var cold = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation.Clone());
        timings["generator cold"].Add(cold.Elapsed.TotalMilliseconds);
        var generated = Checked(driver.GetRunResult().Results.Single()).GeneratedSources;
        timings["generator warm (unrelated edit)"].Add(Time(() => Checked(driver.RunGenerators(unrelated).GetRunResult().Results.Single())));
        timings["generator one property added"].Add(Time(() => Checked(driver.RunGenerators(propertyAdded).GetRunResult().Results.Single())));
        return (generated.Length, generated.Sum(source => (long)source.SourceText.Length));
    }

    private static double Time(Action action)
    {
        Settle();
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    // As BenchmarkDotNet does between iterations: the garbage of the stage before (a cold build at 2,000 entities leaves
    // gigabytes) is collected before the clock starts, so no row is charged for another row's collection.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static GeneratorRunResult Checked(GeneratorRunResult result)
    {
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", result.Exception);
        }

        var problems = result.Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The generator reported: " + string.Join("; ", problems));
        }

        return result;
    }

    // Fresh in-process caches for every build, as a new build process has; the state and the disk cache persist.
    private static AgentBuildOutcome Build(AgentBuildOptions options, RequirementsSnapshot snapshot, int? expectedRuns)
    {
        var outcome = AgentBuild.RunAsync(options, snapshot, new MemoryResultCache(), new ParsedTemplateCache(512), new SilentBuildLog(), CancellationToken.None).GetAwaiter().GetResult();
        if (!outcome.Succeeded || outcome.Result is null)
        {
            throw new InvalidOperationException("A build of the agents failed; its errors are above.");
        }

        if (expectedRuns is { } runs && outcome.Result.RanCount != runs)
        {
            throw new InvalidOperationException($"A build with nothing changed ran {outcome.Result.RanCount} agents.");
        }

        return outcome;
    }

    // The snapshot the generator embeds in the assembly, read from the compilation the driver updated, as the build
    // task reads it from the compiled assembly.
    private static RequirementsSnapshot SnapshotOf(Compilation compilation)
    {
        SyntheticProject.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var updated, out _);
        var json = updated.Assembly.GetAttributes()
            .Where(attribute => attribute.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyMetadataAttribute")
            .Where(attribute => (string?)attribute.ConstructorArguments[0].Value == SnapshotMetadataKeys.Snapshot)
            .Select(attribute => (string?)attribute.ConstructorArguments[1].Value)
            .FirstOrDefault() ?? throw new InvalidOperationException("The generator embedded no requirements snapshot.");
        return new RequirementsSnapshot(json, RequirementsHash.Compute(json), RequirementsJson.Read(json));
    }

    private static AgentBuildOptions Options(string folder) => new()
    {
        AssemblyPath = Path.Combine(folder, "unused.dll"),
        ProjectDirectory = folder,
        RootNamespace = BenchmarkModel.ProjectName,
        OutputFolder = Path.Combine(folder, "fullstack"),
        WorkingDirectory = Path.Combine(folder, "obj"),
        ReportPath = Path.Combine(folder, "obj", "fullstack-report.json"),
        CacheFolder = Path.Combine(folder, "cache"),
    };

    private static void Print(IReadOnlyList<SizeResult> results, IReadOnlyList<string> rows)
    {
        var at500 = results.FirstOrDefault(result => result.Entities == 500);
        var at2000 = results.FirstOrDefault(result => result.Entities == 2000);
        Console.WriteLine($"Benchmark model, {Environment.ProcessorCount} cores; medians in ms");
        Console.WriteLine();
        Console.WriteLine("| Stage | " + string.Join(" | ", results.Select(result => result.Entities.ToString("N0", CultureInfo.InvariantCulture))) + " | 2,000 ÷ 500 |");
        Console.WriteLine("|---|" + string.Concat(results.Select(_ => "---:|")) + "---:|");
        foreach (var row in rows)
        {
            var ratio = at500 is null || at2000 is null ? "" : (at2000.Milliseconds[row] / at500.Milliseconds[row]).ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine("| " + row + " | " + string.Join(" | ", results.Select(result => result.Milliseconds[row].ToString("0.0", CultureInfo.InvariantCulture))) + " | " + ratio + " |");
        }

        Console.WriteLine();
        Console.WriteLine("| Entities | generated files | generated characters | agents' files | agents' bytes | units rendered for one property | generator one property ÷ cold | agents one property ÷ cold | peak working set (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "| {0:N0} | {1} | {2} | {3:N0} | {4:N0} | {5:N0} | {6} | {7} | {8:N0} |",
                result.Entities,
                Generated(result, result.GeneratedFiles),
                Generated(result, result.GeneratedCharacters),
                result.AgentFiles,
                result.AgentBytes,
                result.UnitsRenderedForOneProperty,
                ShareOfCold(result, "generator one property added", "generator cold"),
                ShareOfCold(result, "agents one property added", "agents cold"),
                result.PeakWorkingSetMegabytes));
        }
    }

    // Blank when this run did not run the generator rows.
    private static string Generated(SizeResult result, long count) =>
        result.Milliseconds.ContainsKey("generator cold") ? count.ToString("N0", CultureInfo.InvariantCulture) : "";

    // Blank for rows this run did not time.
    private static string ShareOfCold(SizeResult result, string row, string cold) =>
        result.Milliseconds.TryGetValue(row, out var time) && result.Milliseconds.TryGetValue(cold, out var coldTime)
            ? (time / coldTime).ToString("0.000", CultureInfo.InvariantCulture)
            : "";

    private sealed record SizeResult(
        int Entities,
        IReadOnlyDictionary<string, double> Milliseconds,
        int GeneratedFiles,
        long GeneratedCharacters,
        int AgentFiles,
        long AgentBytes,
        int UnitsRenderedForOneProperty,
        long PeakWorkingSetMegabytes);
}
