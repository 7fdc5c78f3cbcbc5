using System.Collections.Generic;
using System.IO;
using System.Linq;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// The C# backend the built-in templates render, compiled against ASP.NET Core and EF Core and
/// compared file by file with reviewed golden files under Snapshots/Backend.
/// </summary>
public sealed class BackendSnapshotTests
{
    public static IEnumerable<object[]> Inputs => new[]
    {
        new object[] { "Bookstore" },
        new object[] { "EveryFieldType" },
        new object[] { "Clinics" },
        new object[] { "SmallClinics" },
        new object[] { "AuditedClinics" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Generated_backend_compiles_and_matches_its_golden_files(string name)
    {
        var (files, rootNamespace) = name switch
        {
            "Bookstore" => (TestInputs.Bookstore(), "Bookstore"),
            "EveryFieldType" => (TestInputs.EveryFieldType, "Catalog"),
            // The audit log, behind the authorization policy: the clinics with both features.
            "AuditedClinics" => (BackendInputs.Clinics(shifts: false, "audit-log", "user-authentication"), "Clinics"),
            _ => (BackendInputs.Clinics(shifts: name == "Clinics"), "Clinics"),
        };
        // Documentation comments are checked too, as in a project that generates its documentation file: every cref resolves.
        var parseOptions = GeneratorHarness.ParseOptions.WithDocumentationMode(Microsoft.CodeAnalysis.DocumentationMode.Diagnose);
        var outcome = GeneratorHarness.Run(
            GeneratorHarness.CreateDriver(rootNamespace: rootNamespace, parseOptions: parseOptions, additionalTexts: GeneratorHarness.Templates(files)),
            GeneratorHarness.Compile(files, name, parseOptions, web: true));

        // The clinics declare one property the generator cannot map, on purpose: it is ignored with a warning.
        var expected = name.EndsWith("Clinics", System.StringComparison.Ordinal) ? new[] { "FSD0008" } : System.Array.Empty<string>();
        Assert.Equal(expected, outcome.Diagnostics.Select(d => d.Id));
        Assert.All(outcome.Diagnostics, d => Assert.StartsWith("Property 'Doctor.HomeAddress' ", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
        // The test inputs do not document their own types; every generated member is documented.
        var problems = outcome.CompilationProblems().Where(d => d.Id != "CS1591" || d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var backend = outcome.Result.GeneratedSources
            .Where(source => source.HintName != GenerationPipeline.PlanHintName && source.HintName != GenerationPipeline.SnapshotHintName)
            .ToList();
        Assert.NotEmpty(backend);
        foreach (var source in backend)
        {
            GoldenFile.Match(Path.Combine("Backend", name, source.HintName), source.SourceText.ToString());
        }

        // No golden file may be left over from a file the generator no longer writes.
        var golden = Directory.GetFiles(Path.Combine(GoldenFile.Folder, "Backend", name)).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(golden, backend.Select(source => source.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
    }
}
