using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// One error does not take away what the user's code calls: for each kind of error, the plan and the backend's
/// extension methods are still generated from what is valid, a Program.cs calling them compiles, every valid entity's
/// code is there, the error is reported once at its declaration, and no snapshot is written for the build task.
/// </summary>
public sealed class ErrorToleranceTests
{
    private const string Requirements = """
        [assembly: FullstackDevelop.FullstackProject("Shop")]
        [assembly: FullstackDevelop.Requirement("ui.theme", "dark")]
        [assembly: FullstackDevelop.Agent("exporter", DependsOn = new[] { "backend-developer" })]
        [assembly: FullstackDevelop.AgentTemplate("exporter", "database-table", Output = "export/{table}.sql", PerEntity = true)]

        namespace Shop.Domain
        {
            [FullstackDevelop.Entity] public class Author { public int Id { get; set; } public string Name { get; set; } = ""; public System.Collections.Generic.List<Book> Books { get; set; } = new(); }

            [FullstackDevelop.Entity] public class Book { public int Id { get; set; } public string Title { get; set; } = ""; public int AuthorId { get; set; } public Author? Author { get; set; } }

            [FullstackDevelop.Entity] public class Tag { public int Id { get; set; } public string Label { get; set; } = ""; }
        }

        """;

    // What a user's program calls: it must compile whatever the error, since the names do not depend on the entities.
    private const string Program = """
        using Microsoft.AspNetCore.Builder;

        namespace Shop;

        public static class UserProgram
        {
            public static string Run(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddShopBackend(builder.Configuration);
                var app = builder.Build();
                app.MapShopEndpoints();
                return FullstackPlan.ProjectName + FullstackPlan.Agents.Count + FullstackPlan.RequirementsHash + FullstackPlan.ToMermaid();
            }
        }
        """;

    private static readonly string[] AllEntities = { "Author", "Book", "Tag" };
    private static readonly string[] WithoutAuthor = { "Book", "Tag" };
    private static readonly string[] WithoutBook = { "Author", "Tag" };
    private static readonly string[] WithoutTag = { "Author", "Book" };

    public static IEnumerable<object[]> Cases => new[]
    {
        Case("FSD0001", "FullstackDevelop.FullstackProject(", AllEntities, ("FullstackProject(\"Shop\")", "FullstackProject(\"\")")),
        Case("FSD0002", "FullstackDevelop.FullstackProject(", AllEntities, ("FullstackProject(\"Shop\")", "FullstackProject(\"Shop\", ExpectedUsers = -3)")),
        Case("FSD0003", "FullstackDevelop.Feature(\"Bad Name\")", AllEntities, Add("[assembly: FullstackDevelop.Feature(\"Bad Name\")]")),
        Case("FSD0005", "FullstackDevelop.Requirement(\"Theme\"", AllEntities, Add("[assembly: FullstackDevelop.Requirement(\"Theme\", \"x\")]")),
        Case("FSD0006", "FullstackDevelop.Requirement(\"ui.theme\", \"light\")", AllEntities, Add("[assembly: FullstackDevelop.Requirement(\"ui.theme\", \"light\")]")),
        Case("FSD0010", "FullstackDevelop.Agent(\"Bad_Agent\"", AllEntities, Add("[assembly: FullstackDevelop.Agent(\"Bad_Agent\")]")),
        Case("FSD0011", "FullstackDevelop.Agent(\"qa-engineer\"", AllEntities, Add("[assembly: FullstackDevelop.Agent(\"qa-engineer\")]")),
        Case("FSD0012", "FullstackDevelop.Agent(\"exporter\"", AllEntities, ("\"backend-developer\"", "\"nope\"")),
        Case("FSD0013", "FullstackDevelop.Agent(\"alpha\"", AllEntities, Add("[assembly: FullstackDevelop.Agent(\"zeta\", DependsOn = new[] { \"alpha\" }, Command = \"echo\", Outputs = new[] { \"z.txt\" })]\n[assembly: FullstackDevelop.Agent(\"alpha\", DependsOn = new[] { \"zeta\" }, Command = \"echo\", Outputs = new[] { \"a.txt\" })]")),
        Case("FSD0015", "FullstackDevelop.Agent(\"runner\"", AllEntities, Add("[assembly: FullstackDevelop.Agent(\"runner\", Command = \"node run.js\")]")),
        Case("FSD0016", "FullstackDevelop.Agent(\"reader\"", AllEntities, Add("[assembly: FullstackDevelop.Agent(\"reader\", Reads = new[] { \"search\" })]")),

        // Agents that depend on an invalid agent are left out with it, not reported as depending on an unknown agent.
        Case("FSD0018", "FullstackDevelop.Agent(\"slow\"", AllEntities, Add("[assembly: FullstackDevelop.Agent(\"slow\", EstimatedMinutes = 0)]\n[assembly: FullstackDevelop.Agent(\"after-slow\", DependsOn = new[] { \"slow\" }, Command = \"echo\", Outputs = new[] { \"after.txt\" })]")),
        Case("FSD0007", "FullstackDevelop.Entity] public class Tag", WithoutTag, ("public class Tag { public int Id", "public class Tag { public int Number")),

        // The entities that refer to an entity left out lose those relations, quietly: the error is the other entity's.
        Case("FSD0007", "FullstackDevelop.Entity] public class Author", WithoutAuthor, ("public class Author { public int Id", "public class Author { public int Number")),
        Case("FSD0009", "FullstackDevelop.Entity ]", AllEntities, Add("namespace Zoo { [FullstackDevelop.Entity ] public class Tag { public int Id { get; set; } } }")),
        Case("FSD0017", "System.ComponentModel.DataAnnotations.MaxLength(0)", AllEntities, ("public string Title", "[System.ComponentModel.DataAnnotations.MaxLength(0)] public string Title")),
        Case("FSD0026", "System.ComponentModel.DataAnnotations.Schema.Column(", AllEntities, ("public string Name", "[System.ComponentModel.DataAnnotations.Schema.Column(\"full_name\")] public string Name")),
        Case("FSD0026", "Microsoft.EntityFrameworkCore.Index(", WithoutAuthor, ("[FullstackDevelop.Entity] public class Author", "[FullstackDevelop.Entity, Microsoft.EntityFrameworkCore.Index(nameof(Name))] public class Author")),
        Case("FSD0028", "System.ComponentModel.DataAnnotations.Range(", AllEntities, ("public string Label", "[System.ComponentModel.DataAnnotations.Range(5, 1)] public int Stars { get; set; } public string Label")),

        // A required member left out makes its entity one the API cannot create: that entity is left out as well.
        Case("FSD0017", "System.ComponentModel.DataAnnotations.MaxLength(0)", WithoutTag, ("public string Label", "[System.ComponentModel.DataAnnotations.MaxLength(0)] public required string Label")),
        Case("FSD0031", "Id { get; set; } public string Label", WithoutTag, ("public class Tag { public int Id", "public class Tag { public double Id")),
        Case("FSD0031", "Id { get; set; } public string Name", WithoutAuthor, ("public class Author { public int Id", "public class Author { public int? Id")),
        Case("FSD0033", "Author { get; set; }", AllEntities, ("public int AuthorId", "public string AuthorId { get; set; } = \"\"; public int Legacy")),
        Case("FSD0034", "FullstackDevelop.Entity ]", AllEntities, Add("namespace Shop.Domain { [FullstackDevelop.Entity ] public class Novel : Book { } }")),
        Case("FSD0035", "FullstackDevelop.Entity (", AllEntities, Add("namespace Shop.Domain { [FullstackDevelop.Entity (Table = \"books\")] public class Volume { public int Id { get; set; } } }")),
        Case("FSD0036", "FullstackDevelop.Entity] public abstract class Tag", WithoutTag, ("public class Tag", "public abstract class Tag")),
        Case("FSD0036", "FullstackDevelop.Entity] public class Book", WithoutBook, ("public class Book { public int Id { get; set; }", "public class Book { public Book(string title) { Title = title; } public int Id { get; set; }")),
    };

    [Fact]
    public void Without_errors_the_same_program_compiles_and_the_snapshot_is_written()
    {
        var outcome = Generate(Requirements);

        Assert.Empty(outcome.WarningsAndErrors);
        Assert.DoesNotContain(outcome.CompilationProblems(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(outcome.Source(GenerationPipeline.SnapshotHintName));
        Assert.All(AllEntities, entity => Assert.NotNull(outcome.Output.GetTypeByMetadataName("Shop.Api." + entity + "Endpoints")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_error_is_reported_once_and_leaves_the_plan_the_backend_and_every_valid_entity(string id, string marker, string[] generatedEntities, (string Find, string Replace)[] edits)
    {
        var source = edits.Aggregate(Requirements, (text, edit) => Edit(text, edit.Find, edit.Replace));

        var outcome = Generate(source);

        var diagnostic = Assert.Single(outcome.WarningsAndErrors);
        Assert.Equal((id, DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("Requirements.cs", PositionOf(source, marker)), (span.Path, (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)));

        Assert.DoesNotContain(outcome.CompilationProblems(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Shop.FullstackPlan"));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Shop.ShopBackendExtensions"));
        Assert.Null(outcome.Source(GenerationPipeline.SnapshotHintName));
        Assert.Contains("public const string RequirementsHash = \"\";", outcome.RequiredSource(GenerationPipeline.PlanHintName), StringComparison.Ordinal);
        foreach (var entity in AllEntities)
        {
            Assert.True(
                generatedEntities.Contains(entity) == (outcome.Output.GetTypeByMetadataName("Shop.Api." + entity + "Endpoints") is not null),
                entity + (generatedEntities.Contains(entity) ? " should have" : " should not have") + " generated endpoints");
        }
    }

    [Fact]
    public void While_the_project_name_is_missing_the_api_keeps_its_names_from_the_root_namespace()
    {
        var source = Edit(Requirements, "FullstackProject(\"Shop\")", "FullstackProject()");

        var outcome = Generate(source);

        var diagnostic = Assert.Single(outcome.WarningsAndErrors);
        Assert.Equal("FSD0001", diagnostic.Id);
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Shop.ShopBackendExtensions"));
        Assert.All(AllEntities, entity => Assert.NotNull(outcome.Output.GetTypeByMetadataName("Shop.Api." + entity + "Endpoints")));

        // C# reports the missing argument; the program that calls the API, and the generated code, have no error.
        Assert.DoesNotContain(outcome.CompilationProblems(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath != "Requirements.cs");
        Assert.Contains(outcome.CompilationProblems(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath == "Requirements.cs");
    }

    [Fact]
    public void Making_an_error_and_fixing_it_in_one_driver_gives_what_a_fresh_driver_gives_at_each_step()
    {
        var steps = new[]
        {
            Requirements,
            Edit(Requirements, "public class Author { public int Id", "public class Author { public int Number"),
            Edit(Requirements, "\"backend-developer\"", "\"nope\""),
            Edit(Requirements, "public string Title", "[System.ComponentModel.DataAnnotations.MaxLength(0)] public string Title"),
            Requirements,
        };
        var compilation = Compile(steps[0]);
        var driver = GeneratorHarness.CreateDriver("Shop");
        foreach (var step in steps)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Requirements.cs");
            compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(step, GeneratorHarness.ParseOptions, "Requirements.cs"));
            var incremental = GeneratorHarness.Run(driver, compilation);
            driver = incremental.Driver;

            var fresh = GeneratorHarness.Run(GeneratorHarness.CreateDriver("Shop"), compilation);

            Assert.Equal(Sources(fresh), Sources(incremental));
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        }
    }

    private static GeneratorOutcome Generate(string requirements) => GeneratorHarness.Run(GeneratorHarness.CreateDriver("Shop"), Compile(requirements));

    private static CSharpCompilation Compile(string requirements) =>
        GeneratorHarness.Compile(new[] { new SourceFile("Requirements.cs", requirements), new SourceFile("Program.cs", Program) }, "Shop", web: true);

    private static string[] Sources(GeneratorOutcome outcome) =>
        outcome.Result.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText).OrderBy(text => text, StringComparer.Ordinal).ToArray();

    private static object[] Case(string id, string marker, string[] generatedEntities, params (string Find, string Replace)[] edits) =>
        new object[] { id, marker, generatedEntities, edits };

    private static (string Find, string Replace) Add(string declarations) => ("namespace Shop.Domain\n{", declarations + "\n\nnamespace Shop.Domain\n{");

    private static string Edit(string text, string find, string replace)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0 && text.IndexOf(find, index + 1, StringComparison.Ordinal) < 0, "The edit must match exactly once: " + find);
        return string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length));
    }

    // The 1-based line and column where the marker text starts in the source.
    private static (int Line, int Column) PositionOf(string source, string marker)
    {
        var index = source.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0 && source.IndexOf(marker, index + 1, StringComparison.Ordinal) < 0, "The marker must occur exactly once: " + marker);
        var before = source.Substring(0, index);
        return (before.Count(c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }
}
