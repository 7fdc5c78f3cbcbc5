using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FullstackDevelop.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// Where a warm run's time goes, after the same keystroke as <see cref="GeneratorBenchmarks.Warm"/>
/// (the baseline here). Each iteration gets a new compilation, as the IDE does after an edit.
/// <list type="bullet">
/// <item><see cref="DriverOverhead"/>: a generator that reads one value from the compilation.</item>
/// <item><see cref="SyntaxTreeSteps"/>: the shape of FullstackGenerator's per-file step, the
/// compilation's trees through a per-tree transform into one collected value: Roslyn's cost of
/// caching per tree.</item>
/// <item><see cref="CachedOutputs"/>: a generator that adds as many files as FullstackGenerator
/// does (one per entity), all cached: what the driver spends per generated file on every run.</item>
/// <item><see cref="CachedOutputsGrouped"/>: the same with as many files as the generator wrote when it
/// put the entities' code into at most 32 files: what a file per entity costs, against that.</item>
/// <item><see cref="EntityAttributeLookup"/>: for comparison, the design the generator left:
/// ForAttributeWithMetadataName on <c>[Entity]</c> with a transform that returns the class name.
/// Roslyn runs such a transform again for every attributed node whenever the compilation changes.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class WarmBreakdownBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private SyntaxTree _editedFrom = null!;
    private SyntaxTree _editedTo = null!;
    private GeneratorDriver _fullstack = null!;
    private GeneratorDriver _compilationOnly = null!;
    private GeneratorDriver _syntaxTrees = null!;
    private GeneratorDriver _cachedOutputs = null!;
    private GeneratorDriver _groupedOutputs = null!;
    private GeneratorDriver _entityNames = null!;
    private Compilation _iterationCompilation = null!;

    /// <summary>How many [Entity] classes (one per file) the project declares.</summary>
    [Params(10, 500)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _compilation = SyntheticProject.Compile(Entities);
        _editedFrom = _compilation.SyntaxTrees.Single(tree => tree.FilePath == SyntheticProject.EditedFilePath);
        _editedTo = SyntheticProject.EditedServiceTree();
        _fullstack = SyntheticProject.CreateDriver().RunGenerators(_compilation.Clone());
        var generatedFiles = _fullstack.GetRunResult().Results.Single().GeneratedSources.Length;
        _compilationOnly = Prime(new CompilationOnlyGenerator());
        _syntaxTrees = Prime(new SyntaxTreeStepsGenerator());
        _cachedOutputs = Prime(new CachedOutputsGenerator(generatedFiles));
        _groupedOutputs = Prime(new CachedOutputsGenerator(generatedFiles - Entities + Math.Min(Entities, 32)));
        _entityNames = Prime(new EntityNamesGenerator());
    }

    [IterationSetup]
    public void NewCompilation() => _iterationCompilation = _compilation.ReplaceSyntaxTree(_editedFrom, _editedTo);

    /// <summary>FullstackGenerator's warm run, as in <see cref="GeneratorBenchmarks"/>.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Warm() => _fullstack.RunGenerators(_iterationCompilation);

    /// <summary>The driver's per-run overhead with a generator that does next to nothing.</summary>
    [Benchmark]
    public GeneratorDriver DriverOverhead() => _compilationOnly.RunGenerators(_iterationCompilation);

    /// <summary>Trees into a per-tree step into one collected value.</summary>
    [Benchmark]
    public GeneratorDriver SyntaxTreeSteps() => _syntaxTrees.RunGenerators(_iterationCompilation);

    /// <summary>As many cached generated files as FullstackGenerator's.</summary>
    [Benchmark]
    public GeneratorDriver CachedOutputs() => _cachedOutputs.RunGenerators(_iterationCompilation);

    /// <summary>As many cached generated files as FullstackGenerator's with the entities' code in at most 32 files.</summary>
    [Benchmark]
    public GeneratorDriver CachedOutputsGrouped() => _groupedOutputs.RunGenerators(_iterationCompilation);

    /// <summary>Roslyn's FAWMN on [Entity] with a trivial transform.</summary>
    [Benchmark]
    public GeneratorDriver EntityAttributeLookup() => _entityNames.RunGenerators(_iterationCompilation);

    private GeneratorDriver Prime(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, parseOptions: SyntheticProject.ParseOptions)
            .RunGenerators(_compilation.Clone());
}
