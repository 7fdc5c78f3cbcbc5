using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FullstackDevelop.Generators.Tests.Oracle;

/// <summary>
/// A compiled assembly the random projects reference: an enum and constants the generator can only
/// learn from metadata, as from a NuGet package or another project.
/// </summary>
internal static class ReferencedLibrary
{
    public const string Source = """
        namespace Oracle.External
        {
            public enum Color { Red, Green, Blue }

            public static class ExternalLimits
            {
                public const int Max = 77;
            }
        }
        """;

    private static readonly Lazy<MetadataReference> Image = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var compilation = CSharpCompilation.Create(
            "Oracle.External",
            new[] { CSharpSyntaxTree.ParseText(Source) },
            new[] { "System.Runtime.dll", "System.Private.CoreLib.dll" }.Select(name => MetadataReference.CreateFromFile(Path.Combine(runtime, name))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The referenced library does not compile: " + string.Join("; ", emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    });

    /// <summary>The compiled library, built once per test run.</summary>
    public static MetadataReference Reference => Image.Value;
}
