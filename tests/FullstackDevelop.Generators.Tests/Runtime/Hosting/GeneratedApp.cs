using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FullstackDevelop.Generators.Tests.Runtime.Hosting;

/// <summary>
/// A user's web project compiled as the compiler would with the generator in it: the user's files plus the host that
/// starts the generated backend, against ASP.NET Core, EF Core (SQLite, PostgreSQL), OpenAPI and JwtBearer.
/// </summary>
internal sealed class GeneratedApp
{
    private GeneratedApp(string rootNamespace, GeneratorOutcome outcome)
    {
        RootNamespace = rootNamespace;
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
        return new GeneratedApp(rootNamespace, GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace), compilation));
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
