using System.Collections.Generic;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>The generated plan and requirements snapshot, compared with reviewed golden files.</summary>
public sealed class PlanSnapshotTests
{
    public static IEnumerable<object[]> Inputs => new[]
    {
        new object[] { "Minimal" },
        new object[] { "Bookstore" },
        new object[] { "Diamond" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Generated_plan_matches_its_golden_file(string name)
    {
        var outcome = GeneratorHarness.Run(Files(name));

        Assert.Empty(outcome.WarningsAndErrors);
        Assert.Empty(outcome.CompilationProblems());
        GoldenFile.Match(name + ".FullstackPlan.g.cs", outcome.RequiredSource(GenerationPipeline.PlanHintName));
        GoldenFile.Match(name + ".requirements.json", SnapshotReader.Read(outcome.Output)!);
    }

    internal static SourceFile[] Files(string name) => name switch
    {
        "Minimal" => TestInputs.Minimal,
        "Diamond" => TestInputs.Diamond,
        _ => TestInputs.Bookstore(),
    };
}
