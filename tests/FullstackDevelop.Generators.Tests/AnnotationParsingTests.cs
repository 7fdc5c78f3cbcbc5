using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// The generator reads every argument form DataAnnotations are written with, the setters and constructors that decide
/// what the API can set, and the same from a referenced assembly's base class.
/// </summary>
public sealed class AnnotationParsingTests
{
    private const string Project = "[assembly: FullstackDevelop.FullstackProject(\"App\")]";

    private static EntityInfo Entity(string source, string name = "Review")
    {
        var outcome = GeneratorHarness.Run(new SourceFile("Project.cs", Project), new SourceFile("Review.cs", source));
        Assert.Empty(outcome.WarningsAndErrors);
        return RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!).Entities.Single(e => e.Name == name);
    }

    [Fact]
    public void Literals_of_every_kind_typeof_negative_numbers_flags_messages_and_constants_are_read()
    {
        var review = Entity("""
            using System.ComponentModel.DataAnnotations;
            using Microsoft.EntityFrameworkCore;
            namespace Shop;
            public static class Limits { public const double Lowest = -2.5; public const string Message = "Between {1} and {2}"; }
            [FullstackDevelop.Entity]
            public sealed class Review
            {
                public int Id { get; set; }
                [Range(1, 5, ErrorMessage = "{0}: 1 to 5")] public byte Stars { get; set; }
                [Range(Limits.Lowest, 10.0, MinimumIsExclusive = true, ErrorMessage = Limits.Message)] public double Score { get; set; }
                [Range(typeof(decimal), "0.01", "9999.99"), Precision(6, 2)] public decimal Fee { get; set; }
                [Required(AllowEmptyStrings = true), StringLength(200, MinimumLength = 3), EmailAddress] public string Email { get; set; } = "";
                [Phone] public string? Phone { get; set; }
                [Url] public string? Homepage { get; set; }
                [RegularExpression(@"^[A-Z]{2}\d{4}$")] public string? Code { get; set; }
                [MinLength(4)] public byte[]? Photo { get; set; }
            }
            """);

        var rules = review.Fields.ToDictionary(f => f.Name, f => f.Constraints);
        Assert.Equal(("1", "5", "{0}: 1 to 5"), (rules["Stars"].Minimum, rules["Stars"].Maximum, rules["Stars"].MessageFor("range")));
        Assert.Equal(("-2.5", true, "10", "Between {1} and {2}"), (rules["Score"].Minimum, rules["Score"].MinimumIsExclusive, rules["Score"].Maximum, rules["Score"].MessageFor("range")));
        Assert.Equal(("0.01", "9999.99", 6, 2), (rules["Fee"].Minimum, rules["Fee"].Maximum, rules["Fee"].Precision, rules["Fee"].Scale));
        Assert.Equal((3, FieldRules.EmailFormat, true), (rules["Email"].MinLength, rules["Email"].Format, rules["Email"].AllowEmptyStrings));
        Assert.Equal(200, review.Fields.Single(f => f.Name == "Email").MaxLength);
        Assert.Equal(FieldRules.PhoneFormat, rules["Phone"].Format);
        Assert.Equal(FieldRules.UrlFormat, rules["Homepage"].Format);
        Assert.Equal(@"^[A-Z]{2}\d{4}$", rules["Code"].Pattern);
        Assert.Equal(4, rules["Photo"].MinLength);
    }

    [Fact]
    public void Setters_decide_access_and_get_only_properties_and_not_mapped_ones_are_left_out()
    {
        var outcome = GeneratorHarness.Run(new SourceFile("Project.cs", Project), new SourceFile("Review.cs", """
            using System.ComponentModel.DataAnnotations.Schema;
            namespace Shop;
            [FullstackDevelop.Entity]
            public sealed class Review
            {
                public int Id { get; private set; }
                public string Title { get; set; } = "";
                public string Code { get; init; } = "";
                public string Internal { get; internal set; } = "";
                public string Shared { get; protected internal set; } = "";
                public string Locked { get; private set; } = "";
                public string Computed => Title + Code;
                public string Derived { get { return Title; } }
                [NotMapped] public string Draft { get; set; } = "";
            }
            """));

        Assert.Equal(new[] { "FSD0030", "FSD0030" }, outcome.WarningsAndErrors.Select(d => d.Id));
        var review = RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!).Entities.Single();
        Assert.Equal(
            new[]
            {
                ("Id", PropertyAccess.NonPublicSetter), ("Title", PropertyAccess.ReadWrite), ("Code", PropertyAccess.InitOnly), ("Internal", PropertyAccess.ReadWrite),
                ("Shared", PropertyAccess.ReadWrite), ("Locked", PropertyAccess.NonPublicSetter),
            },
            review.Fields.Select(f => (f.Name, f.Access)));
        Assert.Equal(new[] { "Computed", "Derived", "Draft" }, review.Ignored);
    }

    [Theory]
    [InlineData("public sealed class Review { public int Id { get; set; } }", null)]
    [InlineData("public sealed class Review { internal Review() { } public Review(int id) { Id = id; } public int Id { get; set; } }", null)]
    [InlineData("public sealed class Review { private Review() { } public int Id { get; set; } }", "has no constructor without parameters")]
    [InlineData("public sealed class Review(int id) { public int Id { get; set; } = id; }", "has no constructor without parameters")]
    [InlineData("public abstract class Review { public int Id { get; set; } }", "is abstract")]
    [InlineData("public sealed class Review { public int Id { get; set; } public required string Title { get; set; } }", null)]
    [InlineData("public sealed class Review { public required int Id { get; set; } }", "has the required member Id")]
    [InlineData("public sealed class Review { public int Id { get; set; } [System.ComponentModel.DataAnnotations.Required] public int? Stars { get; private set; } = null; }", "has the required field Stars with a private setter and no initial value")]
    [InlineData("public sealed class Review { public int Id { get; set; } [System.ComponentModel.DataAnnotations.Required] public int? Stars { get; private set; } = 3; }", null)]
    [InlineData("public sealed class Review { public Review() { Stars = 3; } public int Id { get; set; } [System.ComponentModel.DataAnnotations.Required] public int? Stars { get; private set; } }", null)]
    [InlineData("public sealed class Review { public int Id { get; set; } public required string Title { get; private set; } }", "has the required member Title")]
    public void Entities_the_api_cannot_create_are_FSD0036(string declaration, string? said)
    {
        var outcome = GeneratorHarness.Run(new SourceFile("Project.cs", Project), new SourceFile("Review.cs", "namespace Shop; [FullstackDevelop.Entity] " + declaration));

        if (said is null)
        {
            Assert.Empty(outcome.WarningsAndErrors);
        }
        else
        {
            var error = Assert.Single(outcome.WarningsAndErrors);
            Assert.Equal("FSD0036", error.Id);
            Assert.Contains(said, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_problem_with_an_attribute_points_at_the_attribute()
    {
        const string Source = "namespace Shop;\n[FullstackDevelop.Entity]\npublic sealed class Review\n{\n    public int Id { get; set; }\n    [System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.Url] public int Stars { get; set; }\n}\n";
        var outcome = GeneratorHarness.Run(new SourceFile("Project.cs", Project), new SourceFile("Review.cs", Source));

        var warning = Assert.Single(outcome.WarningsAndErrors);
        Assert.Equal("FSD0027", warning.Id);
        var span = warning.Location.GetLineSpan();
        Assert.Equal(("Review.cs", 5, Source.Split('\n')[5].IndexOf("System.ComponentModel.DataAnnotations.Url", System.StringComparison.Ordinal)), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void A_base_class_in_a_referenced_assembly_brings_its_attributes_and_setters()
    {
        var library = CSharpCompilation.Create(
            "Shared",
            new[]
            {
                CSharpSyntaxTree.ParseText("""
                    using System.ComponentModel.DataAnnotations;
                    namespace Shared;
                    public abstract class Audited
                    {
                        public int Id { get; set; }
                        [Required, StringLength(40, MinimumLength = 2), EmailAddress] public string CreatedBy { get; init; } = "";
                        [Range(0, 10)] public int Revision { get; private set; }
                    }
                    """, GeneratorHarness.ParseOptions),
            },
            GeneratorHarness.Compile(System.Array.Empty<SourceFile>()).References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var compilation = GeneratorHarness.Compile(new[]
        {
            new SourceFile("Project.cs", Project),
            new SourceFile("Invoice.cs", "namespace Shop; [FullstackDevelop.Entity] public sealed class Invoice : Shared.Audited { public decimal Total { get; set; } }"),
        }).AddReferences(library.ToMetadataReference());

        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);

        Assert.Empty(outcome.WarningsAndErrors);
        var fields = RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!).Entities.Single().Fields.ToDictionary(f => f.Name);
        Assert.Equal((40, 2, FieldRules.EmailFormat, PropertyAccess.InitOnly), (fields["CreatedBy"].MaxLength, fields["CreatedBy"].Constraints.MinLength, fields["CreatedBy"].Constraints.Format, fields["CreatedBy"].Access));
        Assert.Equal(("0", "10", PropertyAccess.NonPublicSetter), (fields["Revision"].Constraints.Minimum, fields["Revision"].Constraints.Maximum, fields["Revision"].Access));
    }
}
