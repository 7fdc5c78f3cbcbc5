using System;
using System.Linq;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Generators.Emitting;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>The backend templates inside the generator: overrides, errors, limits and the parse cache.</summary>
[Collection(CountsTemplateParses.Name)]
public sealed class TemplateTests
{
    private static GeneratorOutcome Run(params TestAdditionalText[] templates) =>
        GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: [.. TestInputs.BookstoreTemplates, .. templates]), GeneratorHarness.Compile(TestInputs.Bookstore(), web: true));

    [Fact]
    public void A_scriban_file_in_the_project_replaces_the_built_in_template_of_the_same_name()
    {
        var outcome = Run(new TestAdditionalText("Templates/csharp-contracts.scriban", "// Contracts of {{ entity.name }} for {{ project.prefix }}\n"));

        // An entity's parts share one file: the override's output, then the built-in EF Core configuration.
        var book = outcome.Source(EntityFileGroups.FileNameOf("Book"));
        Assert.Contains("\n// Contracts of Book for Bookstore\n\nnamespace TestApp.Data\n", book, StringComparison.Ordinal);
        Assert.DoesNotContain("record BookDto(", book, StringComparison.Ordinal);
        Assert.Empty(outcome.WarningsAndErrors);
    }

    [Fact]
    public void Built_in_templates_render_the_contracts_of_every_entity_and_they_compile()
    {
        var outcome = Run();

        foreach (var entity in new[] { "Author", "Book", "Category", "Customer", "Order", "OrderLine", "Review" })
        {
            Assert.Contains("public sealed partial record " + entity + "Dto(", outcome.Source(EntityFileGroups.FileNameOf(entity)), StringComparison.Ordinal);
        }

        Assert.Empty(outcome.WarningsAndErrors);
        Assert.Empty(outcome.CompilationProblems());
    }

    [Fact]
    public void A_broken_template_is_reported_at_its_file_line_and_column()
    {
        var outcome = Run(new TestAdditionalText("Templates/csharp-contracts.scriban", "// ok\n// still ok\n{{ for x in }}"));

        var errors = outcome.WarningsAndErrors.Where(d => d.Id == "FSD0020").ToList();
        Assert.NotEmpty(errors);
        var span = errors[0].Location.GetLineSpan();
        Assert.Equal("Templates/csharp-contracts.scriban", span.Path);
        Assert.Equal((3, 13), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.StartsWith("Template 'csharp-contracts' does not parse: ", errors[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.NotNull(outcome.Source(GenerationPipeline.PlanHintName));
    }

    [Fact]
    public void A_template_that_loops_forever_is_stopped_and_every_other_file_is_still_generated()
    {
        var outcome = Run(new TestAdditionalText("Templates/csharp-contracts.scriban", "{{ if entity.name == 'Book' }}\n  {{ while true }}x{{ end }}\n{{ end }}// {{ entity.name }}\n"));

        var error = Assert.Single(outcome.WarningsAndErrors);
        Assert.Equal("FSD0021", error.Id);
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("Template 'csharp-contracts' failed while rendering entity 'Book': ", message, StringComparison.Ordinal);
        Assert.Contains("The render hit the loop limit of 100,000 iterations", message, StringComparison.Ordinal);
        Assert.Contains("<FullstackRenderLoopLimit>200000</FullstackRenderLoopLimit>", message, StringComparison.Ordinal);
        Assert.Equal((2, 6), (error.Location.GetLineSpan().StartLinePosition.Line + 1, error.Location.GetLineSpan().StartLinePosition.Character + 1));

        var book = outcome.Source(EntityFileGroups.FileNameOf("Book"));
        Assert.DoesNotContain("// Book\n", book, StringComparison.Ordinal);
        Assert.Contains("class BookConfiguration", book, StringComparison.Ordinal);
        Assert.Contains("\n// Author\n\nnamespace TestApp.Data\n", outcome.Source(EntityFileGroups.FileNameOf("Author")), StringComparison.Ordinal);
        Assert.NotNull(outcome.Source(GenerationPipeline.PlanHintName));
        Assert.NotNull(outcome.Source(GenerationPipeline.SnapshotHintName));
    }

    [Fact]
    public void A_console_project_gets_the_plan_without_the_backend_and_no_warning()
    {
        var outcome = GeneratorHarness.Run(TestInputs.Bookstore());

        Assert.Empty(outcome.WarningsAndErrors);
        Assert.DoesNotContain(outcome.Result.GeneratedSources, source => source.HintName.StartsWith("Entities.", StringComparison.Ordinal) || source.HintName.StartsWith("Data.", StringComparison.Ordinal));
        Assert.NotNull(outcome.Source(GenerationPipeline.PlanHintName));
        Assert.Empty(outcome.CompilationProblems());
    }

    [Fact]
    public void A_web_project_without_ef_core_is_warned_that_its_api_is_left_out()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: TestInputs.BookstoreTemplates), GeneratorHarness.Compile(TestInputs.Bookstore(), web: true, without: new[] { "Microsoft.EntityFrameworkCore", "Npgsql" }));

        var warnings = outcome.WarningsAndErrors;
        Assert.All(warnings, warning => Assert.Equal(("FSD0022", DiagnosticSeverity.Warning), (warning.Id, warning.Severity)));
        var messages = warnings.Select(warning => warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(messages, m => m.Contains("the DbContext and its sets", StringComparison.OrdinalIgnoreCase)
            && m.Contains("does not reference Microsoft.EntityFrameworkCore: add <PackageReference Include=\"Microsoft.EntityFrameworkCore\" />", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Result.GeneratedSources, source => source.HintName.StartsWith("Entities.", StringComparison.Ordinal) && source.SourceText.ToString().Contains("MapGroup", StringComparison.Ordinal));
        Assert.Empty(outcome.CompilationProblems());
    }

    [Fact]
    public void Declared_authentication_without_the_jwt_bearer_package_is_an_error_at_the_feature_never_an_open_api()
    {
        const string Requirements = "[assembly: FullstackDevelop.FullstackProject(\"Clinic\")]\n[assembly: FullstackDevelop.Feature(\"user-authentication\")]\n";
        var files = new[]
        {
            new SourceFile("Requirements.cs", Requirements),
            new SourceFile("Patient.cs", "namespace Clinic; [FullstackDevelop.Entity] public sealed class Patient { public int Id { get; set; } public string Name { get; set; } = \"\"; }"),
        };

        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver("Clinic"), GeneratorHarness.Compile(files, web: true, without: "Microsoft.AspNetCore.Authentication.JwtBearer"));

        var error = Assert.Single(outcome.WarningsAndErrors);
        Assert.Equal(("FSD0024", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Equal(
            "The feature 'user-authentication' needs Microsoft.AspNetCore.Authentication.JwtBearer, which the project does not reference, and the generated API would let anyone in: add <PackageReference Include=\"Microsoft.AspNetCore.Authentication.JwtBearer\" Version=\"10.0.*\" />",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = error.Location.GetLineSpan();
        Assert.Equal(("Requirements.cs", 1, 11), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void Templates_are_parsed_once_per_process_and_an_edit_reparses_only_the_edited_one()
    {
        var cache = ParsedTemplateCache.Shared;
        var compilation = GeneratorHarness.Compile(TestInputs.Bookstore().Append(new SourceFile("Notes.cs", "namespace Bookstore; public static class Notes { }")).ToArray(), web: true);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: TestInputs.BookstoreTemplates), compilation);
        Assert.NotNull(first.Source(EntityFileGroups.FileNameOf("Book")));

        var beforeEdit = cache.ParseCount;
        var notes = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Notes.cs");
        var edited = compilation.ReplaceSyntaxTree(notes, CSharpSyntaxTree.ParseText("namespace Bookstore; public static class Notes { public static int Count() => 1; }", GeneratorHarness.ParseOptions, "Notes.cs"));
        GeneratorHarness.Run(first.Driver, edited);
        Assert.Equal(beforeEdit, cache.ParseCount);

        // Another project in the same process renders the same built-in templates without parsing them.
        var secondProject = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: TestInputs.BookstoreTemplates), GeneratorHarness.Compile(TestInputs.Bookstore(), "OtherApp", web: true));
        Assert.NotNull(secondProject.Source(EntityFileGroups.FileNameOf("Book")));
        Assert.Equal(beforeEdit, cache.ParseCount);

        // Overriding one template parses that template only; its includes are already parsed.
        var marker = Guid.NewGuid().ToString("N");
        var overridden = new TestAdditionalText("Templates/csharp-contracts.scriban", "{{ include 'csharp-header' }}\n// " + marker + " {{ entity.name }}\n");
        var withOverride = GeneratorHarness.Run(GeneratorHarness.CreateDriver(additionalTexts: [.. TestInputs.BookstoreTemplates, overridden]), compilation);
        Assert.Contains("// " + marker + " Book", withOverride.Source(EntityFileGroups.FileNameOf("Book")), StringComparison.Ordinal);
        Assert.Equal(beforeEdit + 1, cache.ParseCount);
    }
}

/// <summary>Tests that count parses of the process-wide template cache run alone, so no other test parses meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CountsTemplateParses
{
    public const string Name = "parsed template cache";
}
