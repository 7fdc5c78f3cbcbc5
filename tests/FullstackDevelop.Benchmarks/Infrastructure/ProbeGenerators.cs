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
