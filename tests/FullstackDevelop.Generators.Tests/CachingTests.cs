using System.Linq;
using FullstackDevelop.Generators.Emitting;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Parsing.Resolution;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>An edit that does not touch a requirement must not re-run any of the generator's work.</summary>
public sealed class CachingTests
{
    private const string UnrelatedFile = """
        namespace Bookstore.Services;

        public sealed class PriceCalculator
        {
            public decimal Total(decimal unitPrice, int quantity) => unitPrice * quantity;
        }
        """;

    private const string UnrelatedFileWithNewMethod = """
        namespace Bookstore.Services;

        public sealed class PriceCalculator
        {
            public decimal Total(decimal unitPrice, int quantity) => unitPrice * quantity;

            public decimal WithTax(decimal amount, decimal rate) => amount * (1 + rate);
        }
        """;

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var files = TestInputs.Bookstore().Append(new SourceFile("Services/PriceCalculator.cs", UnrelatedFile)).ToArray();
        var compilation = GeneratorHarness.Compile(files);
        var userTemplate = new TestAdditionalText("Templates/csharp-paged-result.scriban", "// {{ project.namespace }}");
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: [.. TestInputs.BookstoreTemplates, userTemplate]), compilation);
        Assert.NotNull(first.Source(GenerationPipeline.PlanHintName));

        var oldTree = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Services/PriceCalculator.cs");
        var edited = compilation.ReplaceSyntaxTree(oldTree, CSharpSyntaxTree.ParseText(UnrelatedFileWithNewMethod, GeneratorHarness.ParseOptions, oldTree.FilePath));
        var second = GeneratorHarness.Run(first.Driver, edited);

        var steps = second.Result.TrackedSteps;
        foreach (var name in TrackingNames.All)
        {
            Assert.True(steps.ContainsKey(name), "The pipeline has no step tracked as " + name);
            var reasons = steps[name].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {name} reported {reason} after an unrelated edit"));
        }

        // Declarations are read per file: only the edited file is read again, and reads the same.
        var perFile = steps[TrackingNames.FileReadings].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(files.Count(file => file.Path.EndsWith(".cs", System.StringComparison.Ordinal)), perFile.Count);
        Assert.Single(perFile, reason => reason == IncrementalStepRunReason.Unchanged);
        Assert.Equal(perFile.Count - 1, perFile.Count(reason => reason == IncrementalStepRunReason.Cached));

        Assert.Equal(first.Source(GenerationPipeline.PlanHintName), second.Source(GenerationPipeline.PlanHintName));
    }

    private const string AuthorWithProblems = """
        namespace Shop;

        [FullstackDevelop.Entity]
        public class Author
        {
            public int Id { get; set; }
            public System.Uri? Homepage { get; set; }
            [System.ComponentModel.DataAnnotations.MaxLength(Sizes.Name * 2)]
            public string Name { get; set; } = "";
            public int Rank() => 1;
        }

        public static class Sizes
        {
            public const int Name = 40;
        }
        """;

    private static readonly string[] PositionSteps = { TrackingNames.FileReadings, TrackingNames.FileLocations, TrackingNames.AllFileLocations };

    [Theory]
    [InlineData("// A comment and a blank line above the entity move it down two lines.\n\n", "", 2)]
    [InlineData("", "public int Rank() => 2 + 1;", 0)]
    [InlineData("", "public int Rank()\n    {\n        return 1;\n    }\n\n    public int Twice() => 2;", 0)]
    public void An_edit_that_moves_text_reuses_every_resolved_entity_and_its_errors_follow_their_declarations(string above, string newMethod, int linesMoved)
    {
        var files = new[]
        {
            new SourceFile("Requirements.cs", "[assembly: FullstackDevelop.FullstackProject(\"Shop\")]"),
            new SourceFile("Domain/Author.cs", AuthorWithProblems),
            new SourceFile("Domain/Book.cs", "namespace Shop; [FullstackDevelop.Entity] public class Book { public int Id { get; set; } public string Title { get; set; } = \"\"; }"),
        };
        var compilation = GeneratorHarness.Compile(files, web: true);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver("Shop"), compilation);
        var before = Lines(first);
        Assert.Equal(new[] { ("FSD0008", 6), ("FSD0023", 7) }, before);

        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Domain/Author.cs");
        var text = above + (newMethod.Length == 0 ? AuthorWithProblems : AuthorWithProblems.Replace("public int Rank() => 1;", newMethod, System.StringComparison.Ordinal));
        var second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, tree.FilePath)));

        // A step missing from the run (the user templates, here there are none) had nothing to do.
        foreach (var name in TrackingNames.All.Except(PositionSteps).Where(second.Result.TrackedSteps.ContainsKey))
        {
            Assert.All(
                second.Result.TrackedSteps[name].SelectMany(step => step.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {name} reported {output.Reason} after an edit that only moved text"));
        }

        Assert.Equal(before.Select(d => (d.Id, d.Line + linesMoved)), Lines(second));
        Assert.All(second.WarningsAndErrors, d => Assert.Equal("Domain/Author.cs", d.Location.GetLineSpan().Path));
        Assert.Equal(first.Result.GeneratedSources.Select(s => s.HintName + s.SourceText), second.Result.GeneratedSources.Select(s => s.HintName + s.SourceText));
    }

    private static (string Id, int Line)[] Lines(GeneratorOutcome outcome) =>
        outcome.WarningsAndErrors.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line)).OrderBy(d => d.Id, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void Adding_a_property_resolves_and_renders_again_only_its_entity_and_generates_what_a_clean_run_does()
    {
        var compilation = GeneratorHarness.Compile(TestInputs.Bookstore(), web: true);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: TestInputs.BookstoreTemplates), compilation);

        var bookTree = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Domain/Book.cs");
        var newText = bookTree.ToString().Replace("public decimal Price { get; set; }", "public decimal Price { get; set; }\n\n    public int Stock { get; set; }", System.StringComparison.Ordinal);
        Assert.NotEqual(bookTree.ToString(), newText);
        var edited = compilation.ReplaceSyntaxTree(bookTree, CSharpSyntaxTree.ParseText(newText, GeneratorHarness.ParseOptions, bookTree.FilePath));
        var second = GeneratorHarness.Run(first.Driver, edited);

        foreach (var name in new[] { TrackingNames.SourceEntities, TrackingNames.ResolvedEntities })
        {
            var resolved = second.Result.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            var changed = Assert.Single(resolved, output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            Assert.Equal("Book", ((TypeResolution)changed.Value).Entity?.Declaration.Name);
        }

        var parts = second.Result.TrackedSteps[TrackingNames.EntityParts].SelectMany(step => step.Outputs).ToList();
        var rebuilt = Assert.Single(parts, output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.True(parts.Count > 1);
        Assert.Equal("Book", ((Core.Requirements.EntityPart)rebuilt.Value).Declaration.Name);

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(second.Result.TrackedSteps[TrackingNames.ProjectTypes].SelectMany(step => step.Outputs)).Reason);

        // The assembly attributes are not read again: their files and the project's types are what they were.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(second.Result.TrackedSteps[TrackingNames.AssemblyAttributeFiles].SelectMany(step => step.Outputs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(second.Result.TrackedSteps[TrackingNames.AssemblyDeclarations].SelectMany(step => step.Outputs)).Reason);
        var rendered = second.Result.TrackedSteps[TrackingNames.EntityFiles].SelectMany(step => step.Outputs).ToList();
        Assert.Equal("Book", ((RenderedEntity)Assert.Single(rendered, output => output.Reason == IncrementalStepRunReason.Modified).Value).Name);
        Assert.Contains("Stock", second.RequiredSource(EntityFileGroups.FileNameOf("Book")), System.StringComparison.Ordinal);
        AssertSameAsCleanRun(second, edited);
    }

    [Fact]
    public void Adding_a_property_builds_only_its_entity_again_and_leaves_the_project_level_files_cached()
    {
        var compilation = GeneratorHarness.Compile(TestInputs.Bookstore(), web: true);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: TestInputs.BookstoreTemplates), compilation);
        var edited = WithStockOnBook(compilation);
        var second = GeneratorHarness.Run(first.Driver, edited);

        var built = second.Result.TrackedSteps[TrackingNames.BackendEntities].SelectMany(step => step.Outputs).ToList();
        var rebuilt = Assert.Single(built, output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal("Book", ((Core.Backend.BackendEntity)rebuilt.Value).Name);
        Assert.Equal(IncrementalStepRunReason.Unchanged, StepReason(second, TrackingNames.ProjectRenderInput));
        Assert.Equal(IncrementalStepRunReason.Cached, StepReason(second, TrackingNames.ProjectFiles));

        // The snapshot: only Book's JSON is written again; the envelope is equal, and the files are assembled again.
        foreach (var name in new[] { TrackingNames.SnapshotEntities, TrackingNames.SnapshotFragments })
        {
            var written = second.Result.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.True(written.Count > 1);
            Assert.Single(written, output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        var fragment = second.Result.TrackedSteps[TrackingNames.SnapshotFragments].SelectMany(step => step.Outputs).Single(output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.StartsWith("{\"name\":\"Book\"", ((SnapshotFragment)fragment.Value).Json, System.StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Unchanged, StepReason(second, TrackingNames.SnapshotEnvelope));
        Assert.Equal(IncrementalStepRunReason.Modified, StepReason(second, TrackingNames.RequirementsFiles));
        AssertSameAsCleanRun(second, edited);
    }

    [Fact]
    public void With_a_user_template_adding_a_property_renders_the_project_level_files_from_the_whole_model_again()
    {
        // A user's template may read any member of any entity, so the view of the model is not enough for it.
        var userTemplate = new TestAdditionalText("Templates/csharp-paging.scriban", "// {{ for entity in entities }}{{ entity.fields | array.size }} {{ end }}");
        var compilation = GeneratorHarness.Compile(TestInputs.Bookstore(), web: true);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: [.. TestInputs.BookstoreTemplates, userTemplate]), compilation);
        var edited = WithStockOnBook(compilation);
        var second = GeneratorHarness.Run(first.Driver, edited);

        Assert.Equal(IncrementalStepRunReason.Modified, StepReason(second, TrackingNames.ProjectRenderInput));
        Assert.Equal(IncrementalStepRunReason.Modified, StepReason(second, TrackingNames.ProjectFiles));
        Assert.NotEqual(first.RequiredSource("Api.Paging.g.cs"), second.RequiredSource("Api.Paging.g.cs"));
        var clean = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: [.. TestInputs.BookstoreTemplates, userTemplate]), edited);
        Assert.Equal(clean.Result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText), second.Result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText));
    }

    [Fact]
    public void The_view_of_the_model_renders_the_same_project_level_files_as_the_whole_model()
    {
        // Any user template makes the project-level files render from the whole model; this one replaces an entity-level
        // template with its own built-in text, so every file must come out as without it.
        Assert.True(Core.Templates.TemplateCatalog.BuiltIn.TryGet("csharp-contracts", out var contracts));
        var sameAsBuiltIn = new TestAdditionalText("Templates/csharp-contracts.scriban", contracts.Text);
        var compilation = GeneratorHarness.Compile(TestInputs.Bookstore(), web: true);
        var fromView = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: TestInputs.BookstoreTemplates), compilation);
        var fromModel = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: [.. TestInputs.BookstoreTemplates, sameAsBuiltIn]), compilation);

        Assert.Null(((ProjectRenderInput)Assert.Single(fromModel.Result.TrackedSteps[TrackingNames.ProjectRenderInput].SelectMany(step => step.Outputs)).Value).View);
        Assert.True(fromView.Result.GeneratedSources.Length > 10);
        Assert.Equal(fromView.Result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText), fromModel.Result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText));
    }

    private static Compilation WithStockOnBook(Compilation compilation)
    {
        var bookTree = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Domain/Book.cs");
        var newText = bookTree.ToString().Replace("public decimal Price { get; set; }", "public decimal Price { get; set; }\n\n    public int Stock { get; set; }", System.StringComparison.Ordinal);
        Assert.NotEqual(bookTree.ToString(), newText);
        return compilation.ReplaceSyntaxTree(bookTree, CSharpSyntaxTree.ParseText(newText, GeneratorHarness.ParseOptions, bookTree.FilePath));
    }

    private static IncrementalStepRunReason StepReason(GeneratorOutcome outcome, string step) =>
        Assert.Single(outcome.Result.TrackedSteps[step].SelectMany(run => run.Outputs)).Reason;

    [Fact]
    public void Adding_a_property_to_a_base_class_resolves_the_entities_that_inherit_it()
    {
        var files = new[]
        {
            new SourceFile("Requirements.cs", "[assembly: FullstackDevelop.FullstackProject(\"Shop\")]"),
            new SourceFile("Audited.cs", "namespace Shop; public abstract class Audited { public System.DateTime CreatedAt { get; set; } }"),
            new SourceFile("Order.cs", "namespace Shop; [FullstackDevelop.Entity] public class Order : Audited { public int Id { get; set; } }"),
            new SourceFile("Customer.cs", "namespace Shop; [FullstackDevelop.Entity] public class Customer { public int Id { get; set; } }"),
        };
        var compilation = GeneratorHarness.Compile(files);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        Assert.Contains("\"CreatedAt\"", SnapshotReader.Read(first.Output), System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"UpdatedAt\"", SnapshotReader.Read(first.Output), System.StringComparison.Ordinal);

        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Audited.cs");
        var text = "namespace Shop; public abstract class Audited { public System.DateTime CreatedAt { get; set; } public System.DateTime UpdatedAt { get; set; } }";
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, tree.FilePath));
        var second = GeneratorHarness.Run(first.Driver, edited);

        Assert.Contains("\"UpdatedAt\"", SnapshotReader.Read(second.Output), System.StringComparison.Ordinal);
        AssertSameAsCleanRun(second, edited);
    }

    // Incremental equals clean: the same files, byte for byte, and the same diagnostics at the same places.
    private static void AssertSameAsCleanRun(GeneratorOutcome incremental, Compilation compilation)
    {
        var clean = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: TestInputs.BookstoreTemplates), compilation);
        Assert.Equal(clean.Result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText), incremental.Result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText));
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Editing_an_enum_in_another_file_updates_the_entity_that_uses_it()
    {
        var files = new[]
        {
            new SourceFile("Project.cs", "[assembly: FullstackDevelop.FullstackProject(\"App\")]"),
            new SourceFile("Domain/Ticket.cs", "namespace Desk; [FullstackDevelop.Entity] public sealed class Ticket { public int Id { get; set; } public Severity Severity { get; set; } }"),
            new SourceFile("Domain/Severity.cs", "namespace Desk; public enum Severity { Low, High }"),
        };
        var compilation = GeneratorHarness.Compile(files);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        Assert.Contains("\"enumMembers\":[\"Low\",\"High\"]", SnapshotReader.Read(first.Output), System.StringComparison.Ordinal);

        var severity = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Domain/Severity.cs");
        var edited = compilation.ReplaceSyntaxTree(severity, CSharpSyntaxTree.ParseText("namespace Desk; public enum Severity { Low, High, Critical }", GeneratorHarness.ParseOptions, severity.FilePath));
        var second = GeneratorHarness.Run(first.Driver, edited);

        Assert.Contains("\"enumMembers\":[\"Low\",\"High\",\"Critical\"]", SnapshotReader.Read(second.Output), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_an_entity_rerenders_only_its_code_and_rewrites_only_its_group_file()
    {
        var compilation = GeneratorHarness.Compile(TestInputs.Bookstore(), web: true);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: TestInputs.BookstoreTemplates), compilation);

        var bookTree = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Domain/Book.cs");
        var newText = bookTree.ToString().Replace("[Required, MaxLength(200)]", "[Required, MaxLength(300)]", System.StringComparison.Ordinal);
        var second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(bookTree, CSharpSyntaxTree.ParseText(newText, GeneratorHarness.ParseOptions, bookTree.FilePath)));

        var rendered = second.Result.TrackedSteps[TrackingNames.EntityFiles].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(7, rendered.Count);
        Assert.Equal("Book", Assert.Single(rendered, output => output.Reason == IncrementalStepRunReason.Modified).Value is RenderedEntity entity ? entity.Name : null);
        var groups = second.Result.TrackedSteps[TrackingNames.EntityFileGroups].SelectMany(step => step.Outputs).ToList();
        var changedGroup = Assert.Single(groups, output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(EntityFileGroups.Of("Book"), ((EntityFileGroup)changedGroup.Value).Index);
        var joined = second.Result.TrackedSteps[TrackingNames.GroupFiles].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(groups.Count, joined.Count);
        var changed = Assert.Single(joined, output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(EntityFileGroups.FileNameOf("Book"), ((GenerationResult)changed.Value).Files[0].HintName);
        Assert.Contains(".HasMaxLength(300)", second.RequiredSource(EntityFileGroups.FileNameOf("Book")), System.StringComparison.Ordinal);
        Assert.All(
            first.Result.GeneratedSources.Where(source => source.HintName != EntityFileGroups.FileNameOf("Book") && source.HintName.StartsWith("Entities.", System.StringComparison.Ordinal)),
            source => Assert.Equal(source.SourceText.ToString(), second.RequiredSource(source.HintName)));
    }

    [Fact]
    public void Moving_the_authentication_feature_moves_its_error_and_renders_nothing_again()
    {
        const string Requirements = "[assembly: FullstackDevelop.FullstackProject(\"Clinic\")]\n[assembly: FullstackDevelop.Feature(\"user-authentication\")]\n";
        var files = new[]
        {
            new SourceFile("Requirements.cs", Requirements),
            new SourceFile("Patient.cs", "namespace Clinic; [FullstackDevelop.Entity] public sealed class Patient { public int Id { get; set; } public string Name { get; set; } = \"\"; }"),
        };
        var compilation = GeneratorHarness.Compile(files, web: true, without: "Microsoft.AspNetCore.Authentication.JwtBearer");
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver("Clinic"), compilation);
        Assert.Equal(1, Assert.Single(first.WarningsAndErrors, d => d.Id == "FSD0024").Location.GetLineSpan().StartLinePosition.Line);

        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Requirements.cs");
        var moved = CSharpSyntaxTree.ParseText("\n\n" + Requirements, GeneratorHarness.ParseOptions, tree.FilePath);
        var second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(tree, moved));

        Assert.Equal(3, Assert.Single(second.WarningsAndErrors, d => d.Id == "FSD0024").Location.GetLineSpan().StartLinePosition.Line);
        foreach (var name in new[] { TrackingNames.EntityFiles, TrackingNames.ProjectFiles })
        {
            Assert.All(
                second.Result.TrackedSteps[name].SelectMany(step => step.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {name} reported {output.Reason} after the attribute moved"));
        }
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_or_compilation()
    {
        var userTemplate = new TestAdditionalText("Templates/csharp-paged-result.scriban", "// {{ project.namespace }}");
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: [.. TestInputs.BookstoreTemplates, userTemplate]), GeneratorHarness.Compile(TestInputs.Bookstore()));

        foreach (var name in TrackingNames.All)
        {
            foreach (var output in outcome.Result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                Assert.Empty(PipelineOutputInspector.FindRoslynObjects(output.Value));
            }
        }
    }

    [Fact]
    public void Editing_an_entity_reruns_the_pipeline_and_changes_the_snapshot()
    {
        var files = TestInputs.Bookstore();
        var compilation = GeneratorHarness.Compile(files);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: TestInputs.BookstoreTemplates), compilation);

        var bookTree = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Domain/Book.cs");
        var newText = bookTree.ToString().Replace("[Required, MaxLength(200)]", "[Required, MaxLength(300)]", System.StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(bookTree, CSharpSyntaxTree.ParseText(newText, GeneratorHarness.ParseOptions, bookTree.FilePath));
        var second = GeneratorHarness.Run(first.Driver, edited);

        var entityReasons = second.Result.TrackedSteps[TrackingNames.AllEntities].SelectMany(step => step.Outputs).Select(o => o.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, entityReasons);
        Assert.Contains("\"maxLength\":300", SnapshotReader.Read(second.Output));
        Assert.NotEqual(first.Source(GenerationPipeline.PlanHintName), second.Source(GenerationPipeline.PlanHintName));
    }
}
