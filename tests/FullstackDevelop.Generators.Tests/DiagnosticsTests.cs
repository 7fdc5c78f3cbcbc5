using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Diagnostics;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>Every diagnostic: its ID, where it points (line and column) and what it says.</summary>
public sealed class DiagnosticsTests
{
    private const string Project = "[assembly: FullstackDevelop.FullstackProject(\"App\")]\n";

    public static IEnumerable<object[]> Cases => new[]
    {
        Case("FSD0001", "[assembly: FullstackDevelop.FullstackProject(\"  \")]", "FullstackDevelop.FullstackProject(\"  \")",
            "The project name is empty: pass a name to [assembly: FullstackProject(\"MyApp\")]"),
        Case("FSD0002", "[assembly: FullstackDevelop.FullstackProject(\"App\", ExpectedUsers = -5)]", "FullstackDevelop.FullstackProject(",
            "ExpectedUsers is -5: set it to the number of users the application should serve, or leave it out"),
        Case("FSD0003", Project + "[assembly: FullstackDevelop.Feature(\"User Auth\")]", "FullstackDevelop.Feature(\"User Auth\")",
            "Feature name 'User Auth' is invalid: use lower-case words joined by hyphens, such as 'user-authentication'"),
        Case("FSD0004", Project + "[assembly: FullstackDevelop.Feature(\"user-authentication\")]\n[assembly: FullstackDevelop.Feature(\"user-authentication\" )]", "FullstackDevelop.Feature(\"user-authentication\" )",
            "Feature 'user-authentication' is declared more than once: remove this declaration"),
        Case("FSD0005", Project + "[assembly: FullstackDevelop.Requirement(\"Theme\", \"dark\")]", "FullstackDevelop.Requirement(\"Theme\"",
            "Requirement key 'Theme' is invalid: use two or more lower-case segments joined by dots, such as 'ui.theme'"),
        Case("FSD0006", Project + "[assembly: FullstackDevelop.Requirement(\"ui.theme\", \"dark\")]\n[assembly: FullstackDevelop.Requirement(\"ui.theme\", \"light\")]", "FullstackDevelop.Requirement(\"ui.theme\", \"light\")",
            "Requirement key 'ui.theme' is already declared with the value 'dark': keep one declaration of each key"),
        Case("FSD0007", Project + "namespace Shop { [FullstackDevelop.Entity] public class Tag { public string Label { get; set; } = \"\"; } }", "FullstackDevelop.Entity]",
            "Entity 'Tag' has no key: add a property named 'Id' or 'TagId', or mark one with [Key]"),
        Case("FSD0008", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } public System.Uri? Homepage { get; set; } } }", "Homepage",
            "Property 'Author.Homepage' of type 'System.Uri' is ignored: use string, bool, byte, short, int, long, float, double, decimal, DateTime, DateTimeOffset, DateOnly, TimeOnly, TimeSpan, Guid, an enum, byte[], another [Entity], or a collection of one"),
        Case("FSD0009", Project + "namespace A { [FullstackDevelop.Entity] public class Book { public int Id { get; set; } } }\nnamespace B { [FullstackDevelop.Entity ] public class Book { public int Id { get; set; } } }", "FullstackDevelop.Entity ]",
            "Entity name 'Book' is already used by 'A.Book': rename one of the classes, entity names are unique across namespaces"),
        Case("FSD0010", Project + "[assembly: FullstackDevelop.Agent(\"Search_Indexer\")]", "FullstackDevelop.Agent(",
            "Agent name 'Search_Indexer' is invalid: use lower-case words joined by hyphens, such as 'search-indexer'"),
        Case("FSD0011", Project + "[assembly: FullstackDevelop.Agent(\"qa-engineer\")]", "FullstackDevelop.Agent(",
            "Agent 'qa-engineer' is already a built-in agent: give this agent another name"),
        Case("FSD0012", Project + "[assembly: FullstackDevelop.Agent(\"exporter\", DependsOn = new[] { \"nope\" }, Command = \"echo\", Outputs = new[] { \"e.txt\" })]", "FullstackDevelop.Agent(",
            "Agent 'exporter' depends on 'nope', which is not an agent: use one of 'backend-developer', 'development-coordinator', 'devops-engineer', 'exporter', 'frontend-developer', 'product-manager', 'qa-engineer', 'site-reliability-engineer', 'technical-architect'"),
        Case("FSD0013", Project + "[assembly: FullstackDevelop.Agent(\"zeta\", DependsOn = new[] { \"alpha\" }, Command = \"echo\", Outputs = new[] { \"z.txt\" })]\n[assembly: FullstackDevelop.Agent(\"alpha\", DependsOn = new[] { \"zeta\" }, Command = \"echo\", Outputs = new[] { \"a.txt\" })]", "FullstackDevelop.Agent(\"alpha\"",
            "Agents depend on each other in a cycle: alpha -> zeta -> alpha; remove one of these dependencies"),
        Case("FSD0041", Project + "[assembly: FullstackDevelop.Agent(\"search-indexer\")]", "FullstackDevelop.Agent(",
            "Agent 'search-indexer' has neither a template nor a command, so it would write nothing: give it a template with [assembly: AgentTemplate(\"search-indexer\", \"my-template\", Output = \"path/in/output.txt\")] and add my-template.scriban to the project, or set Command and Outputs"),
        Case("FSD0041", Project + "[assembly: FullstackDevelop.Agent(\"search-indexer\")]\n[assembly: FullstackDevelop.AgentTemplate(\"search-indexer\", \"database-table\", Output = \"search/all.json\", PerEntity = true)]", "FullstackDevelop.AgentTemplate(",
            "Agent 'search-indexer' renders 'database-table' per entity to 'search/all.json', which names no entity, so every entity would write the same file: put {entity}, {entity-kebab} or {table} in Output"),
        Case("FSD0041", Project + "[assembly: FullstackDevelop.Agent(\"search-indexer\")]\n[assembly: FullstackDevelop.AgentTemplate(\"search-indexer\", \"Templates/search-index.scriban\", Output = \"search/index.json\")]", "FullstackDevelop.AgentTemplate(",
            "Agent 'search-indexer' renders the template 'search-index', which is not in the project: add search-index.scriban to the project (every .scriban file under it is a template), or name one of its templates by its file name without .scriban"),
        Case("FSD0014", "[assembly: FullstackDevelop.Feature(\"loans\")]", "FullstackDevelop.Feature(",
            "Requirement attributes are ignored because the assembly has no project: add [assembly: FullstackProject(\"MyApp\")]"),
        Case("FSD0015", Project + "[assembly: FullstackDevelop.Agent(\"exporter\", Command = \"node export.js\")]", "FullstackDevelop.Agent(",
            "Agent 'exporter' sets Command but no Outputs: a command agent sets both Command and Outputs (relative paths inside the output folder), a template agent sets neither"),
        Case("FSD0016", Project + "[assembly: FullstackDevelop.Agent(\"exporter\", Reads = new[] { \"search\" })]", "FullstackDevelop.Agent(",
            "Agent 'exporter' reads 'search', which is not a requirement key prefix: use lower-case segments ending with a dot, such as 'search.'"),
        Case("FSD0017", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } [System.ComponentModel.DataAnnotations.MaxLength(0)] public string Name { get; set; } = \"\"; } }", "System.ComponentModel.DataAnnotations.MaxLength(0)",
            "Property 'Author.Name' has a maximum length of 0: use a positive length, or remove the attribute for unlimited text"),
        Case("FSD0018", Project + "[assembly: FullstackDevelop.Agent(\"exporter\", EstimatedMinutes = 0)]", "FullstackDevelop.Agent(",
            "Agent 'exporter' has an estimated duration of 0 minutes: use a positive number of minutes"),
        Case("FSD0038", Project + "[assembly: FullstackDevelop.Requirement(\"ui.theme\", \"dark\")]\n[assembly: FullstackDevelop.Requirement(\"ui.them\", \"dark\")]", "FullstackDevelop.Requirement(\"ui.them\"",
            "Requirement key 'ui.them' is read by no agent, so it is ignored (did you mean 'ui.theme'?): use a key from docs/requirement-keys.md, or declare an [assembly: Agent] whose Reads covers it"),
        Case("FSD0039", Project + "[assembly: FullstackDevelop.Requirement(\"ui.theme\", \"drak\")]", "FullstackDevelop.Requirement(",
            "Requirement key 'ui.theme' does not accept the value 'drak' (did you mean 'dark'?): use one of 'light', 'dark' (see docs/requirement-keys.md)"),
        Case("FSD0040", Project + "[assembly: FullstackDevelop.Feature(\"shopping-cart\")]", "FullstackDevelop.Feature(",
            "Feature 'shopping-cart' is not implemented, so it is ignored: remove it, or declare one of the features: audit-log, user-authentication"),
        Case("FSD0023", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } [System.ComponentModel.DataAnnotations.MaxLength(Sizes.Name * 2)] public string Name { get; set; } = \"\"; } public static class Sizes { public const int Name = 40; } }", "System.ComponentModel.DataAnnotations.MaxLength(",
            "The argument 'Sizes.Name * 2' of [MaxLength] on 'Author.Name' is ignored because FullstackDevelop cannot read it: write a literal, nameof(...), or the name of a const field declared in this project"),
        Case("FSD0025", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } [System.ComponentModel.DataAnnotations.Display(Name = \"Full name\")] public string Name { get; set; } = \"\"; } }", "System.ComponentModel.DataAnnotations.Display(",
            "[Display] on 'Author.Name' is ignored: FullstackDevelop does not support it, so the generated API, database and frontend do not follow it; remove it"),
        Case("FSD0026", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } [System.ComponentModel.DataAnnotations.Schema.Column(\"full_name\")] public string Name { get; set; } = \"\"; } }", "System.ComponentModel.DataAnnotations.Schema.Column(",
            "[Column] on 'Author.Name' is not supported: EF Core would apply it where the generated SQL schema, OpenAPI document and frontend do not; remove it; columns are named after their properties"),
        Case("FSD0027", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } [System.ComponentModel.DataAnnotations.EmailAddress] public int Age { get; set; } } }", "System.ComponentModel.DataAnnotations.EmailAddress",
            "[EmailAddress] on 'Author.Age' is ignored: it applies to string properties, and 'Author.Age' is of type int; remove it"),
        Case("FSD0028", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } [System.ComponentModel.DataAnnotations.Range(5, 1)] public int Stars { get; set; } } }", "System.ComponentModel.DataAnnotations.Range(",
            "[Range] on 'Author.Stars' is not valid: it allows no int value between '5' and '1': make the minimum lower than the maximum"),
        Case("FSD0029", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } [System.ComponentModel.DataAnnotations.RegularExpression(\"^a+$\", MatchTimeoutInMilliseconds = 10)] public string Code { get; set; } = \"\"; } }", "System.ComponentModel.DataAnnotations.RegularExpression(",
            "The argument 'MatchTimeoutInMilliseconds' of [RegularExpression] on 'Author.Code' is ignored: FullstackDevelop does not apply it; remove it"),
        Case("FSD0030", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } public string FullName => \"x\"; } }", "FullName",
            "Property 'Author.FullName' has no setter, so it is not stored or exposed by the API: add a setter (a private one makes it read-only in the API), or mark it [NotMapped] if it is computed"),
        Case("FSD0031", Project + "namespace Shop { [FullstackDevelop.Entity] public class Reading { public double Id { get; set; } } }", "Id {",
            "Key 'Reading.Id' is of type double: keys are non-nullable int, long, short, byte, Guid or string properties, and the API must be able to set a key it does not generate"),
        Case("FSD0032", Project + "namespace Shop { [FullstackDevelop.Entity] public class Author { public int Id { get; set; } } [FullstackDevelop.Entity] public class Book { public int Id { get; set; } public Author? Writer { get; set; } } }", "Writer",
            "Navigation 'Book.Writer' is ignored, and EF Core does not map it: it has no foreign key property: add 'public int? WriterId { get; set; }' (the type of Author's key), or name one with [ForeignKey]"),
        Case("FSD0033", Project + "namespace Shop { [FullstackDevelop.Entity] public class User { public System.Guid Id { get; set; } } [FullstackDevelop.Entity] public class Response { public int Id { get; set; } public int? UserId { get; set; } public User? User { get; set; } } }", "User { get",
            "The foreign key of 'Response.User' is 'UserId' of type int, but the key of User ('Id') is of type Guid: make them the same type"),
        Case("FSD0034", Project + "namespace Shop { [FullstackDevelop.Entity] public class Animal { public int Id { get; set; } } [FullstackDevelop.Entity ] public class Dog : Animal { } }", "FullstackDevelop.Entity ]",
            "Entity 'Dog' derives from the entity 'Animal', and inheritance between entities is not supported: derive both from a base class without [Entity]"),
        Case("FSD0035", Project + "namespace Shop { [FullstackDevelop.Entity] public class Book { public int Id { get; set; } } [FullstackDevelop.Entity (Table = \"books\")] public class Volume { public int Id { get; set; } } }", "FullstackDevelop.Entity (",
            "Entity 'Volume' uses the table 'books', which 'Book' uses too (SQLite compares table names ignoring case): give one of them another [Entity(Table = \"...\")]"),
        Case("FSD0036", Project + "namespace Shop { [FullstackDevelop.Entity] public abstract class Animal { public int Id { get; set; } } }", "FullstackDevelop.Entity]",
            "Entity 'Animal' is abstract (make it a concrete class): the API creates rows with 'new Animal()' and sets the fields its requests carry"),
        Case("FSD0042", Project + "[assembly: FullstackDevelop.Feature(\"audit-log\")]\nnamespace Shop { [FullstackDevelop.Entity] public class Book { public int Id { get; set; } } [FullstackDevelop.Entity ] public class AuditEntry { public int Id { get; set; } } }", "FullstackDevelop.Entity ]",
            "Entity 'AuditEntry' is named 'AuditEntry', which the feature 'audit-log' generates too: rename the entity or give it another [Entity(Table = \"...\")], or remove [assembly: Feature(\"audit-log\")]"),
        Case("FSD0042", Project + "[assembly: FullstackDevelop.Feature(\"audit-log\")]\nnamespace Shop { [FullstackDevelop.Entity (Table = \"auditentries\")] public class Log { public int Id { get; set; } } }", "FullstackDevelop.Entity (",
            "Entity 'Log' uses the table 'auditentries', which the feature 'audit-log' generates too: rename the entity or give it another [Entity(Table = \"...\")], or remove [assembly: Feature(\"audit-log\")]"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_diagnostic_at_the_declaration_with_a_message_that_says_how_to_fix_it(string id, string source, string marker, string message)
    {
        var outcome = GeneratorHarness.Run(new SourceFile("Requirements.cs", source));

        var diagnostic = Assert.Single(outcome.WarningsAndErrors);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var expected = PositionOf(source, marker);
        var actual = diagnostic.Location.GetLineSpan();
        Assert.Equal("Requirements.cs", actual.Path);
        Assert.Equal(expected, (actual.StartLinePosition.Line + 1, actual.StartLinePosition.Character + 1));
        Assert.Equal("https://github.com/fullstackdevelop/fullstackdevelop/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri);

        // Whenever a project is declared, the plan the user's code calls is generated from what is valid; the snapshot the
        // build task runs the agents from, only without errors.
        Assert.Equal(id != "FSD0014", outcome.Source(GenerationPipeline.PlanHintName) is not null);
        Assert.Equal(diagnostic.Severity == DiagnosticSeverity.Warning && id != "FSD0014", outcome.Source(GenerationPipeline.SnapshotHintName) is not null);
    }

    [Fact]
    public void Every_descriptor_has_a_diagnostics_test()
    {
        // FSD0020-FSD0022 and FSD0024 are about templates and packages and are tested in TemplateTests, FSD0037 (a render
        // limit property) in RenderLimitTests.
        var tested = Cases.Select(c => (string)c[0]).Append(UnexpectedFailureId).Concat(new[] { "FSD0020", "FSD0021", "FSD0022", "FSD0024", "FSD0037" }).ToHashSet();

        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(i => i), tested.OrderBy(i => i));
    }

    private const string UnexpectedFailureId = "FSD0019";

    [Fact]
    public void An_unexpected_failure_is_reported_as_FSD0019_at_the_project_instead_of_thrown()
    {
        var projectLocation = new SourceAnchor("Requirements.cs", 0);
        var unsupported = new PropertyDeclaration("Homepage", "System.Uri", true, false, null, default);
        var idProperty = new PropertyDeclaration("Id", "System.Int32", false, false, null, default);

        // Inconsistent on purpose: two properties but one property location, so placing the
        // FSD0008 about the second property fails inside the generator.
        var entity = new EntityModel(
            new EntityDeclaration("Author", "Shop.Author", null, EquatableArray.Of(idProperty, unsupported)),
            projectLocation,
            EquatableArray.Of<SourceAnchor?>(projectLocation));
        var input = new GenerationInput(
            new Located<ProjectDeclaration>(new ProjectDeclaration("App", 0, 0, default), projectLocation),
            default, default, default, EquatableArray.Of(entity), default, "App");

        var result = GenerationPipeline.Run(input);

        Assert.Empty(result.Files);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(UnexpectedFailureId, diagnostic.Id);
        Assert.Equal(projectLocation, diagnostic.Location);
        Assert.StartsWith("IndexOutOfRangeException: ", diagnostic.Arguments[0], StringComparison.Ordinal);
    }

    private static object[] Case(string id, string source, string marker, string message) => new object[] { id, source, marker, message };

    // The 1-based line and column where the marker text starts in the source.
    private static (int Line, int Column) PositionOf(string source, string marker)
    {
        var index = source.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0 && source.IndexOf(marker, index + 1, StringComparison.Ordinal) < 0, "The marker must occur exactly once: " + marker);
        var before = source.Substring(0, index);
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
