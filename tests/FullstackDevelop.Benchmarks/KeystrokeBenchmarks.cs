using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FullstackDevelop.Benchmarks.Infrastructure;
using FullstackDevelop.Core.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// The generator's run after each <see cref="Keystroke"/>, as a ratio to a cold run of the same project in
/// the same run (the baseline). Each warm iteration is the driver that ran over the project, over a new
/// compilation with the one edited file, as the IDE has after the keystroke. The setup checks that each
/// keystroke's run generates exactly what a new driver generates for the edited project (files and
/// diagnostics) and, at 10 entities, with step tracking, that it re-runs only what it must: nothing after a
/// keystroke that changes no declaration, and only the edited entity's rendering (not the project-level files) after a property is added.
/// </summary>
/// <remarks>
/// Roslyn's step tracking makes a run of this pipeline far slower as the project grows (40 entities: 0.25 s
/// untracked, 4 s tracked), so larger sizes check the outputs only; the caching tests check the steps.
/// </remarks>
[MemoryDiagnoser]
public class KeystrokeBenchmarks
{
    // Steps whose outputs are the edited file's tree or its places: they change with every edit that moves text, by design.
    private static readonly string[] TextSteps = { "Compilation", "SyntaxTrees", "FileReadings", "FileLocations", "AllFileLocations" };

    // BenchmarkDotNet runs the setup once per benchmark; the checks need to pass once per project size.
    private static readonly HashSet<int> Verified = new();

    private readonly Dictionary<Keystroke, (SyntaxTree Before, SyntaxTree After)> _edits = new();
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _primedDriver = null!;
    private Compilation _iterationCompilation = null!;

    /// <summary>How many [Entity] classes (one per file) the project declares.</summary>
    [Params(10, 100, 500)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _compilation = SyntheticProject.Compile(Entities);
        _primedDriver = SyntheticProject.CreateDriver().RunGenerators(_compilation.Clone());
        foreach (var keystroke in Enum.GetValues<Keystroke>())
        {
            var (path, after) = SyntheticProject.Edit(keystroke, Entities);
            _edits[keystroke] = (_compilation.SyntaxTrees.Single(tree => tree.FilePath == path), after);
        }

        if (Verified.Add(Entities))
        {
            foreach (var keystroke in _edits.Keys)
            {
                Verify(keystroke);
            }
        }
    }

    [IterationSetup(Target = nameof(Cold))]
    public void SetUpCold() => _iterationCompilation = _compilation.Clone();

    /// <summary>A new driver: every step runs.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => SyntheticProject.CreateDriver().RunGenerators(_iterationCompilation);

    [IterationSetup(Target = nameof(CommentAboveEntity))]
    public void SetUpComment() => Prepare(Keystroke.CommentAboveEntity);

    /// <summary>See <see cref="Keystroke.CommentAboveEntity"/>.</summary>
    [Benchmark]
    public GeneratorDriver CommentAboveEntity() => _primedDriver.RunGenerators(_iterationCompilation);

    [IterationSetup(Target = nameof(MethodBodyInEntity))]
    public void SetUpMethodBody() => Prepare(Keystroke.MethodBodyInEntity);

    /// <summary>See <see cref="Keystroke.MethodBodyInEntity"/>.</summary>
    [Benchmark]
    public GeneratorDriver MethodBodyInEntity() => _primedDriver.RunGenerators(_iterationCompilation);

    [IterationSetup(Target = nameof(BlankLineAboveRequirements))]
    public void SetUpBlankLine() => Prepare(Keystroke.BlankLineAboveRequirements);

    /// <summary>See <see cref="Keystroke.BlankLineAboveRequirements"/>.</summary>
    [Benchmark]
    public GeneratorDriver BlankLineAboveRequirements() => _primedDriver.RunGenerators(_iterationCompilation);

    [IterationSetup(Target = nameof(PropertyAdded))]
    public void SetUpProperty() => Prepare(Keystroke.PropertyAdded);

    /// <summary>See <see cref="Keystroke.PropertyAdded"/>.</summary>
    [Benchmark]
    public GeneratorDriver PropertyAdded() => _primedDriver.RunGenerators(_iterationCompilation);

    [IterationSetup(Target = nameof(UnrelatedFile))]
    public void SetUpUnrelated() => Prepare(Keystroke.UnrelatedFile);

    /// <summary>See <see cref="Keystroke.UnrelatedFile"/>.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedFile() => _primedDriver.RunGenerators(_iterationCompilation);

    // A fresh compilation per iteration, as the IDE has after each keystroke.
    private void Prepare(Keystroke keystroke) => _iterationCompilation = _compilation.ReplaceSyntaxTree(_edits[keystroke].Before, _edits[keystroke].After);

    private void Verify(Keystroke keystroke)
    {
        var (before, after) = _edits[keystroke];
        var edited = _compilation.ReplaceSyntaxTree(before, after);
        var trackSteps = Entities <= 10;
        var tracked = SyntheticProject.CreateDriver(trackSteps).RunGenerators(_compilation.Clone());
        var parses = ParsedTemplateCache.Shared.ParseCount;
        var warm = tracked.RunGenerators(edited).GetRunResult().Results.Single();
        var clean = SyntheticProject.CreateDriver().RunGenerators(edited.Clone()).GetRunResult().Results.Single();

        if (warm.Exception is not null || ParsedTemplateCache.Shared.ParseCount != parses)
        {
            throw new InvalidOperationException($"{keystroke}: the run threw or parsed a template.", warm.Exception);
        }

        if (!Describe(warm).SequenceEqual(Describe(clean), StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"{keystroke}: the incremental run's files or diagnostics differ from a new driver's.");
        }

        var rerun = warm.TrackedSteps
            .Where(step => !TextSteps.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(output => (Step: step.Key, output.Reason)))
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        var allowed = !trackSteps || (keystroke == Keystroke.PropertyAdded
            ? rerun.Count(output => output.Step == "EntityFiles") == 1 && rerun.All(output => output.Step != "ProjectFiles")
            : rerun.Count == 0);
        if (!allowed)
        {
            throw new InvalidOperationException($"{keystroke}: these steps produced new output: " + string.Join(", ", rerun.Select(output => output.Step + " " + output.Reason)));
        }

        var slowest = warm.TrackedSteps
            .Select(pair => (Name: pair.Key, Runs: pair.Value.Length, Milliseconds: pair.Value.Sum(step => step.ElapsedTime.TotalMilliseconds)))
            .OrderByDescending(step => step.Milliseconds)
            .Take(4)
            .Select(step => $"{step.Name} {step.Runs}x {step.Milliseconds:F1} ms");
        Console.WriteLine($"// {Entities} entities, {keystroke}: {rerun.Count} new outputs ({string.Join(", ", rerun.Select(output => output.Step).Distinct())}); by step: " + string.Join(", ", slowest));
    }

    private static IEnumerable<string> Describe(GeneratorRunResult result) =>
        result.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText)
            .Concat(result.Diagnostics.Select(diagnostic => diagnostic.ToString()));
}
