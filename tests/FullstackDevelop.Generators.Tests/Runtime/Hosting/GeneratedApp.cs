using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Runtime.Hosting;

/// <summary>
/// A user's web project compiled as the compiler would with the generator in it: the user's files plus the host that
/// starts the generated backend, against ASP.NET Core, EF Core (SQLite, PostgreSQL), OpenAPI and JwtBearer.
/// </summary>
internal sealed class GeneratedApp
{
    private readonly Compilation _input;

    private GeneratedApp(string rootNamespace, Compilation input, GeneratorOutcome outcome)
    {
        RootNamespace = rootNamespace;
        _input = input;
        Outcome = outcome;
    }

    public string RootNamespace { get; }

    public GeneratorOutcome Outcome { get; }

    /// <summary>The generator's errors (FSD…, severity Error).</summary>
    public IReadOnlyList<Diagnostic> GeneratorErrors => Outcome.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Runs the generator over <paramref name="files"/> in a project whose RootNamespace is <paramref name="rootNamespace"/>.</summary>
    public static GeneratedApp Generate(IEnumerable<SourceFile> files, string rootNamespace, string prefix, string assemblyName)
    {
        var compilation = GeneratorHarness.Compile(files.Append(SmokeHostSource.For(rootNamespace, prefix)), assemblyName, web: true);
        return new GeneratedApp(rootNamespace, compilation, GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace), compilation));
    }

    /// <summary>
    /// The files that differ when the project-level files are rendered from the whole model rather than from the view of
    /// it the generator uses without user templates: a user template (here one that replaces a built-in template with its
    /// own text, so it changes nothing) makes the generator render from the whole model. Empty when the view is enough.
    /// </summary>
    public IReadOnlyList<string> FilesTheViewRendersDifferently()
    {
        Assert.True(TemplateCatalog.BuiltIn.TryGet("csharp-contracts", out var contracts));
        var sameAsBuiltIn = new TestAdditionalText("Templates/csharp-contracts.scriban", contracts.Text);
        var fromModel = GeneratorHarness.Run(GeneratorHarness.CreateDriver(RootNamespace, additionalTexts: sameAsBuiltIn), _input);
        var expected = fromModel.Result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        var actual = Outcome.Result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        return expected.Keys.Union(actual.Keys)
            .Where(name => !expected.TryGetValue(name, out var text) || !actual.TryGetValue(name, out var other) || text != other)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Compiles the app, generated code included: its image, or (when it has any) the compiler's errors and warnings,
    /// each with its file, line and the line of code it is about. Compiling once gives both: the diagnostics of an emit
    /// are those of the whole compilation.
    /// </summary>
    public (byte[]? Image, IReadOnlyList<string> Problems) Build()
    {
        using var stream = new MemoryStream();
        var result = Outcome.Output.Emit(stream);
        var problems = result.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(Describe)
            .ToList();
        return problems.Count > 0 || !result.Success ? (null, problems) : (stream.ToArray(), problems);
    }

    /// <summary>The assembly's image; throws with the compiler's errors and warnings when it has any.</summary>
    public byte[] Emit()
    {
        var (image, problems) = Build();
        return image ?? throw new InvalidOperationException("The app does not compile without warnings:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    /// <summary>Every generated file, for a failure message: the code that misbehaved.</summary>
    public string GeneratedSourcesListing()
    {
        var listing = new StringBuilder();
        foreach (var source in Outcome.Result.GeneratedSources.Where(s => s.HintName.EndsWith(".g.cs", StringComparison.Ordinal)))
        {
            listing.Append("// ---- ").AppendLine(source.HintName).AppendLine(source.SourceText.ToString());
        }

        return listing.ToString();
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var code = diagnostic.Location.SourceTree is { } tree && span.IsValid
            ? tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim()
            : string.Empty;
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"
            + (code.Length == 0 ? string.Empty : Environment.NewLine + "    " + code);
    }
}
