using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Oracle;

// The projects are split across two test classes because xUnit runs classes, not the cases of one theory, in parallel.

/// <summary>The random projects with an even number.</summary>
public sealed class SyntacticResolutionOracleTestsEven
{
    public static IEnumerable<object[]> Projects => SeededRuns.OracleProjects.Shard(0, 2);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Syntactic_resolution_equals_the_compilers_or_is_reported(int project) => SyntacticResolutionOracle.Check(project);
}

/// <summary>The random projects with an odd number.</summary>
public sealed class SyntacticResolutionOracleTestsOdd
{
    public static IEnumerable<object[]> Projects => SeededRuns.OracleProjects.Shard(1, 2);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Syntactic_resolution_equals_the_compilers_or_is_reported(int project) => SyntacticResolutionOracle.Check(project);
}

/// <summary>
/// Compares the entities the generator resolves from syntax alone with what the compiler's symbols say about the same
/// declarations. A property may differ only where the generator reports, as a warning or error at that property, that
/// it could not read it.
/// </summary>
internal static class SyntacticResolutionOracle
{
    public static void Check(int index)
    {
        var project = RandomProjectWriter.Write(SeededRuns.OracleProjects.SeedOf(index));
        var context = SeededRuns.OracleProjects.Reproduce(index) + "\n" + project.Describe();
        var compilation = GeneratorHarness.Compile(project.Files, "Oracle")
            .AddReferences(ReferencedLibrary.Reference);
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(project.NullableEnabled ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The random project does not compile, so it tests nothing: " + string.Join("; ", errors) + "\n" + context);

        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver("Oracle"), compilation);
        var input = (GenerationInput)outcome.Result.TrackedSteps[TrackingNames.Input].Single().Outputs.Single().Value;
        var expected = SemanticEntityReader.Read(compilation);

        var actualNames = input.Entities.Select(e => e.Declaration.FullName).ToList();
        Assert.True(
            expected.Select(e => e.Declaration.FullName).SequenceEqual(actualNames),
            "The generator found the entities [" + string.Join(", ", actualNames) + "], the compiler [" + string.Join(", ", expected.Select(e => e.Declaration.FullName)) + "]\n" + context);

        var readProblems = new HashSet<string>(input.ReadDiagnostics.Select(d => d.Id));
        var reported = outcome.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && readProblems.Contains(d.Id)).ToList();
        var differences = new List<string>();
        foreach (var (semantic, model) in expected.Zip(input.Entities))
        {
            Compare(semantic, model.Declaration, reported, differences);
        }

        Assert.True(differences.Count == 0, "The generator's model differs from the compiler's without a diagnostic:\n" + string.Join("\n", differences)
            + "\nThe generator reported: " + string.Join("; ", outcome.Diagnostics) + "\n" + context);
    }

    private static void Compare(SemanticEntity semantic, EntityDeclaration actual, IReadOnlyList<Diagnostic> reported, List<string> differences)
    {
        var expected = semantic.Declaration;
        if (expected.Name != actual.Name || expected.Table != actual.Table)
        {
            differences.Add($"entity {expected.FullName}: expected name {expected.Name}, table {expected.Table}; read {actual.Name}, table {actual.Table}");
        }

        var names = expected.Properties.Select(p => p.Name).ToList();
        if (!names.SequenceEqual(actual.Properties.Select(p => p.Name)))
        {
            differences.Add($"entity {expected.FullName}: expected properties [{string.Join(", ", names)}], read [{string.Join(", ", actual.Properties.Select(p => p.Name))}]");
            return;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var want = PropertyText.Of(expected.Properties[i]);
            var got = PropertyText.Of(actual.Properties[i]);
            if (want != got && !IsReported(semantic.PropertySpans[i], reported))
            {
                differences.Add($"{expected.FullName}.{names[i]}\n  compiler:  {want}\n  generator: {got}");
            }
        }
    }

    private static bool IsReported(Location property, IReadOnlyList<Diagnostic> reported) =>
        reported.Any(d => d.Location.GetLineSpan().Path == property.SourceTree?.FilePath && property.SourceSpan.Contains(d.Location.SourceSpan));
}
