using System;
using System.IO;
using System.Linq;
using FullstackDevelop.Core.Requirements;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FullstackDevelop.Build.Tests.TestSupport;

/// <summary>Compiles small real assemblies to disk with Roslyn, as the compiler would write a project's output.</summary>
internal static class TestAssembly
{
    // The runtime the tests run on: enough for a library that uses AssemblyMetadataAttribute.
    private static readonly Lazy<MetadataReference[]> RuntimeReferences = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtime, StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    });

    /// <summary>The two attributes the generator emits, with these values.</summary>
    public static string SnapshotAttributes(string json, string hash) =>
        MetadataAttribute(SnapshotMetadataKeys.Snapshot, json) + MetadataAttribute(SnapshotMetadataKeys.Hash, hash);

    public static string MetadataAttribute(string key, string value) =>
        "[assembly: System.Reflection.AssemblyMetadata(" + Literal(key) + ", " + Literal(value) + ")]\n";

    /// <summary>Compiles <paramref name="source"/> into a library at <paramref name="path"/>.</summary>
    public static string Compile(string path, string source)
    {
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            new[] { CSharpSyntaxTree.ParseText(source + "\nnamespace App { public static class Marker { } }\n") },
            RuntimeReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using (var stream = File.Create(path))
        {
            var emitted = compilation.Emit(stream);
            Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        return path;
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
