using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FullstackDevelop.Benchmarks.Infrastructure;

// Driven only through CSharpGeneratorDriver in this process, never loaded by a compiler: no [Generator].

/// <summary>
/// The least a generator can do per run over the compilation: one value from the compilation,
/// one output. Its warm run is the driver's own overhead after an edit.
/// </summary>
internal sealed class CompilationOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var name = context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName);
        context.RegisterSourceOutput(name, static (_, _) => { });
    }
}

/// <summary>
/// ForAttributeWithMetadataName on <c>[Entity]</c> as FullstackGenerator uses it, with a transform that
/// only takes the class's name: what Roslyn itself spends on the attribute lookup per run.
/// </summary>
internal sealed class EntityNamesGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider
            .ForAttributeWithMetadataName("FullstackDevelop.EntityAttribute", static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax, static (attributed, _) => attributed.TargetSymbol.Name)
            .Collect();
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}

/// <summary>
/// The shape of FullstackGenerator's per-file step: every syntax tree through a transform cached by
/// tree, collected into one value.
/// </summary>
internal sealed class SyntaxTreeStepsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var paths = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Select(static (tree, _) => tree.FilePath)
            .Collect();
        context.RegisterSourceOutput(paths, static (_, _) => { });
    }
}

/// <summary>Adds a fixed number of files, each from a cached value: the driver's cost per generated file.</summary>
internal sealed class CachedOutputsGenerator : IIncrementalGenerator
{
    private static readonly string Body = "// " + new string('x', 3000) + "\n";
    private readonly int _count;

    public CachedOutputsGenerator(int count)
    {
        _count = count;
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var count = _count;
        var files = context.CompilationProvider
            .Select((_, _) => count)
            .SelectMany(static (n, _) => System.Linq.Enumerable.Range(0, n));
        context.RegisterSourceOutput(files, static (output, index) => output.AddSource("File" + index + ".g.cs", Body));
    }
}
