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
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Generated_backend_compiles_and_matches_its_golden_files(string name)
    {
        var files = name == "Bookstore" ? TestInputs.Bookstore() : TestInputs.EveryFieldType;
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace: name == "Bookstore" ? "Bookstore" : "Catalog"), GeneratorHarness.Compile(files, name, web: true));

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationProblems());
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
