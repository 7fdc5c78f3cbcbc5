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
/// The generator over a project of N entities. <see cref="Cold"/>: a new driver over a compilation
/// with no semantic state, so every step runs (a command-line build, or the IDE opening the project).
/// <see cref="Warm"/>: the driver of the previous run over the compilation after a keystroke in a
/// file no requirement refers to (the IDE's case). Every step of the warm run must end Cached or
/// Unchanged and no template may be parsed (checked in the setup and after each iteration); Roslyn
/// still re-runs the [Entity] transform for every entity, see <see cref="WarmBreakdownBenchmarks"/>.
/// </summary>
/// <remarks>
/// Templates are parsed through the process-wide <see cref="ParsedTemplateCache.Shared"/>, which
/// cannot be reset: only the very first run in the process parses them, as in the compiler server.
/// The parse cost is measured on its own in <see cref="TemplateBenchmarks"/>.
/// </remarks>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private SyntaxTree _editedFrom = null!;
    private SyntaxTree _editedTo = null!;
    private GeneratorDriver _primedDriver = null!;
    private Compilation _iterationCompilation = null!;
    private long _parseCountBeforeIteration;

    /// <summary>How many [Entity] classes (one per file) the project declares.</summary>
    [Params(10, 100, 500)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _compilation = SyntheticProject.Compile(Entities);
        _editedFrom = _compilation.SyntaxTrees.Single(tree => tree.FilePath == SyntheticProject.EditedFilePath);
        _editedTo = SyntheticProject.EditedServiceTree();

        // The driver the IDE holds before the keystroke: it has run once over the project. A driver is
        // immutable, so every warm iteration starts from this same state.
        var first = SyntheticProject.CreateDriver().RunGenerators(_compilation.Clone());
        Verify.FirstRun(first.GetRunResult(), Entities);
        Verify.Describe(first.GetRunResult(), Entities);
        _primedDriver = first;

        // Roslyn's step tracking slows this pipeline down sharply as it grows (see KeystrokeBenchmarks): the steps are
        // checked on the smallest project, whose pipeline is the same.
        if (Entities <= 10)
        {
            Verify.WarmRunReusesOutputs(_compilation, _editedFrom, _editedTo, Entities);
        }
    }

    [IterationSetup(Target = nameof(Cold))]
    public void SetUpCold()
    {
        // Same syntax trees and metadata, none of the previous iteration's bound symbols.
        _iterationCompilation = _compilation.Clone();
    }

    /// <summary>A new driver: every step of the pipeline runs.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => SyntheticProject.CreateDriver().RunGenerators(_iterationCompilation);

    [IterationSetup(Target = nameof(Warm))]
    public void SetUpWarm()
    {
        // A fresh compilation per iteration, as the IDE has after each keystroke.
        _iterationCompilation = _compilation.ReplaceSyntaxTree(_editedFrom, _editedTo);
        _parseCountBeforeIteration = ParsedTemplateCache.Shared.ParseCount;
    }

    /// <summary>The previous run's driver after an edit to an unrelated file.</summary>
    [Benchmark]
    public GeneratorDriver Warm() => _primedDriver.RunGenerators(_iterationCompilation);

    [IterationCleanup(Target = nameof(Warm))]
    public void CheckWarm()
    {
        if (ParsedTemplateCache.Shared.ParseCount != _parseCountBeforeIteration)
        {
            throw new InvalidOperationException("A warm run parsed a template: the template cache is broken.");
        }
    }

    /// <summary>Checks, outside the measured code, that the benchmarks measure what they claim.</summary>
    private static class Verify
    {
        public static void FirstRun(GeneratorDriverRunResult run, int entities)
        {
            var result = run.Results.Single();
            if (result.Exception is not null)
            {
                throw new InvalidOperationException("The generator threw.", result.Exception);
            }

            var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            if (problems.Count > 0)
            {
                throw new InvalidOperationException("The synthetic project has problems: " + string.Join("; ", problems));
            }

            // The plan, the snapshot, a file per entity (each with its configuration), and the project's files: how many
            // depends on the templates of the day, so only the lower bound is checked.
            var entityClasses = result.GeneratedSources.Sum(source => CountOf(source.SourceText.ToString(), "Configuration : global::Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<"));
            var expected = entities + 2;
            if (result.GeneratedSources.Length < expected || entityClasses != entities)
            {
                throw new InvalidOperationException($"Expected at least {expected} generated files with {entities} entities' code, got {result.GeneratedSources.Length} with {entityClasses}: "
                    + string.Join(", ", result.GeneratedSources.Select(source => source.HintName)));
            }
        }

        private static int CountOf(string text, string value)
        {
            var count = 0;
            for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        public static void Describe(GeneratorDriverRunResult run, int entities)
        {
            var sources = run.Results.Single().GeneratedSources;
            var entityFiles = sources.Count(source => source.HintName.StartsWith("Entities.", StringComparison.Ordinal));
            Console.WriteLine($"// {entities} entities: {sources.Length} generated files ({entityFiles} of entities' code), {sources.Sum(source => source.SourceText.Length):N0} characters");
        }

        // The generator's steps that render templates (its TrackingNames, internal to it).
        private static readonly string[] RenderSteps = { "EntityFiles", "ProjectFiles" };

        // The generator's "SyntaxTrees" step outputs the compilation's trees, and the edited file's tree is new.
        private static bool IsRoslynStep(string name) =>
            name is "Compilation" or "SyntaxTrees" || name.Contains("_ForAttribute", StringComparison.Ordinal);

        // One warm run with step tracking: no template parsed, every step of the generator's own Cached or Unchanged, the same
        // files. Tracking costs time, so the measured drivers do not track.
        public static void WarmRunReusesOutputs(CSharpCompilation compilation, SyntaxTree editedFrom, SyntaxTree editedTo, int entities)
        {
            var driver = SyntheticProject.CreateDriver(trackSteps: true).RunGenerators(compilation.Clone());
            FirstRun(driver.GetRunResult(), entities);
            var before = ParsedTemplateCache.Shared.ParseCount;
            var warm = driver.RunGenerators(compilation.ReplaceSyntaxTree(editedFrom, editedTo));
            if (ParsedTemplateCache.Shared.ParseCount != before)
            {
                throw new InvalidOperationException($"The warm run parsed {ParsedTemplateCache.Shared.ParseCount - before} templates; it must parse none.");
            }

            var result = warm.GetRunResult().Results.Single();
            var missing = RenderSteps.Where(name => !result.TrackedSteps.ContainsKey(name)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException("The generator has no step named " + string.Join(", ", missing) + "; it has: " + string.Join(", ", result.TrackedSteps.Keys));
            }

            var rerun = new List<string>();
            foreach (var (name, steps) in result.TrackedSteps)
            {
                // Roslyn's own steps over the compilation, and the trees, change with every edit, by design.
                if (IsRoslynStep(name))
                {
                    continue;
                }

                var reasons = steps.SelectMany(step => step.Outputs).Select(output => output.Reason).Distinct().ToList();
                if (reasons.Any(reason => reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
                {
                    rerun.Add(name + " (" + string.Join("/", reasons) + ")");
                }
            }

            if (rerun.Count > 0)
            {
                throw new InvalidOperationException("After an unrelated edit these steps produced new output: " + string.Join(", ", rerun));
            }

            var cold = driver.GetRunResult().Results.Single().GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText);
            var again = result.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText);
            if (!cold.SequenceEqual(again, StringComparer.Ordinal))
            {
                throw new InvalidOperationException("The warm run generated different files.");
            }

            FirstRun(warm.GetRunResult(), entities);

            // Where this (tracked, so slower) warm run spent its time, for the log.
            var slowest = result.TrackedSteps
                .Select(pair => (Name: pair.Key, Runs: pair.Value.Length, Milliseconds: pair.Value.Sum(step => step.ElapsedTime.TotalMilliseconds)))
                .OrderByDescending(step => step.Milliseconds)
                .Take(4)
                .Select(step => $"{step.Name} {step.Runs}x {step.Milliseconds:F1} ms");
            Console.WriteLine($"// {entities} entities, warm run by step: " + string.Join(", ", slowest));
        }
    }
}
