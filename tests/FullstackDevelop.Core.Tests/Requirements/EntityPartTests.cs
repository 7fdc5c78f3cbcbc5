using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

/// <summary>
/// Building from the entities' parts a host kept gives what building from the declarations alone gives: the same
/// requirements, valid part and problems, each problem about the entity's index in the declarations.
/// </summary>
public sealed class EntityPartTests
{
    // Problems in the entities' own declarations (no key, a property of an unsupported type, a navigation with a
    // foreign key of the wrong type) and across them (a duplicate name), at indices other than 0.
    private static readonly EntityDeclaration[] Entities =
    {
        Declare.Entity("Author", Declare.Id(), Declare.Text("Name"), Declare.Collection("Books", "Book")),
        Declare.Entity("Book", Declare.Id(), Declare.Scalar("AuthorId", "System.String"), Declare.Reference("Author", "Author"), Declare.Scalar("Cover", "System.Drawing.Image")),
        Declare.Entity("Shelf", Declare.Text("Label")),
        Declare.Entity("Review", Declare.Id(), Declare.Text("Body", nullable: true)),
        Declare.Entity("Author", Declare.Id()) with { FullName = "Other.Author" },
    };

    [Fact]
    public void Parts_in_any_order_give_what_the_declarations_alone_give()
    {
        var declarations = Declare.Declarations(Declare.Project(), entities: Entities);
        var parts = Entities.Select(RequirementsBuilder.BuildEntity).Reverse().ToList();

        var alone = RequirementsBuilder.Build(declarations);
        var fromParts = RequirementsBuilder.Build(declarations, null, parts);

        Assert.Contains(alone.Problems, problem => problem.Subject.Index > 0);
        Assert.Equal(alone, fromParts);
    }

    [Fact]
    public void A_part_of_an_older_declaration_is_not_used()
    {
        var declarations = Declare.Declarations(Declare.Project(), entities: Entities);
        var older = RequirementsBuilder.BuildEntity(Declare.Entity("Review", Declare.Id(), Declare.Text("Title")));

        var fromParts = RequirementsBuilder.Build(declarations, null, new[] { older });

        Assert.Equal(RequirementsBuilder.Build(declarations), fromParts);
        Assert.DoesNotContain(fromParts.ValidPart!.Entities.Single(entity => entity.Name == "Review").Fields, field => field.Name == "Title");
    }

    [Fact]
    public void A_part_holds_its_problems_about_the_entity_at_index_0()
    {
        var part = RequirementsBuilder.BuildEntity(Entities[1]);

        Assert.NotEmpty(part.Problems);
        Assert.All(part.Problems, problem => Assert.Equal(0, problem.Subject.Index));
    }
}
