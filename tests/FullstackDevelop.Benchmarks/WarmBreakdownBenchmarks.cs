using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FullstackDevelop.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// Where a warm run's time goes, after the same keystroke as <see cref="GeneratorBenchmarks.Warm"/>
/// (the baseline here). Each iteration gets a new compilation, as the IDE does after an edit.
/// <list type="bullet">
/// <item><see cref="DriverOverhead"/>: a generator that reads one value from the compilation.</item>
/// <item><see cref="EntityAttributeLookup"/>: ForAttributeWithMetadataName on <c>[Entity]</c> with a
/// transform that returns the class name. Roslyn re-runs an FAWMN transform for every attributed node
/// whenever the compilation changes; only the syntactic filter is cached.</item>
/// <item><see cref="BindEntityMembers"/>: no generator, the semantic reads an entity parser cannot avoid
/// on a new compilation: each entity's symbol and attributes, its properties' types and attributes, and
/// the attributes of the types they point to.</item>
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
        _compilationOnly = Prime(new CompilationOnlyGenerator());
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

    /// <summary>Roslyn's FAWMN on [Entity] with a trivial transform.</summary>
    [Benchmark]
    public GeneratorDriver EntityAttributeLookup() => _entityNames.RunGenerators(_iterationCompilation);

    /// <summary>The binding any reader of the entities' properties and data annotations does on a new compilation.</summary>
    [Benchmark]
    public int BindEntityMembers()
    {
        var count = 0;
        foreach (var tree in _iterationCompilation.SyntaxTrees)
        {
            var root = tree.GetRoot();
            var classes = root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<ClassDeclarationSyntax>().Where(c => c.AttributeLists.Count > 0).ToList();
            if (classes.Count == 0)
            {
                continue;
            }

            var model = _iterationCompilation.GetSemanticModel(tree);
            foreach (var declaration in classes)
            {
                var type = model.GetDeclaredSymbol(declaration)!;
                count += type.GetAttributes().Length;
                foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
                {
                    count += property.GetAttributes().Length;
                    var target = property.Type is INamedTypeSymbol { IsGenericType: true } generic ? generic.TypeArguments[0] : property.Type;
                    count += target.GetAttributes().Length;
                }
            }
        }

        return count;
    }

    private GeneratorDriver Prime(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, parseOptions: SyntheticProject.ParseOptions)
            .RunGenerators(_compilation.Clone());
}
