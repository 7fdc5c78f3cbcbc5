using System.Linq;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// An entity's referrers and whether a collection's target refers back are worked out once for the model; an entity's
/// units carry them, so their keys change with what the referrers show and with nothing else of the referring entities.
/// </summary>
public sealed class ReferrersTests
{
    private static readonly AgentDefinition Qa = BuiltInAgents.All.Single(agent => agent.Name == "qa-engineer");

    private static ProjectRequirements Library(bool optionalAuthor = false, int titleLength = 200, string table = "Books")
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(
            Declare.Project("Library"),
            entities: new[]
            {
                Declare.Entity("Author", Declare.Id(), Declare.Text("Name"), Declare.Collection("Books", "Book")),
                Declare.Entity(
                    "Book",
                    Declare.Id(),
                    Declare.Text("Title").With(Annotate.MaxLength(titleLength)),
                    Declare.Scalar("AuthorId", "System.Int32", optionalAuthor),
                    Declare.Reference("Author", "Author", optionalAuthor, "AuthorId")) with { Table = table },
                Declare.Entity(
                    "Category",
                    Declare.Id(),
                    Declare.Scalar("ParentId", "System.Int32", nullable: true),
                    Declare.Reference("Parent", "Category", nullable: true, foreignKey: "ParentId")),
            }));
        Assert.Empty(result.Problems);
        return result.Requirements!;
    }

    private static ArtifactEntity EntityOf(ProjectRequirements requirements, string name) => BenchmarkModel.Model(requirements).Entities.Single(entity => entity.Name == name);

    private static string UnitKeyOf(ProjectRequirements requirements, string entity) =>
        new UnitModelHasher().Of(AgentUnits.For(Qa, BuiltInAgentArtifacts.Of(Qa.Name), BenchmarkModel.Model(requirements), AgentSamples.Tool)
            .Single(unit => unit.Name == AgentUnit.EntityUnitName(entity)).Model);

    [Fact]
    public void An_entitys_referrers_are_the_references_to_it_with_a_foreign_key_its_own_among_them()
    {
        var library = Library();

        Assert.Equal(new[] { new ArtifactReferrer("Book", "Books", "AuthorId", true) }, EntityOf(library, "Author").Referrers);
        Assert.Equal(new[] { new ArtifactReferrer("Category", "Categories", "ParentId", false) }, EntityOf(library, "Category").Referrers);
        Assert.Empty(EntityOf(library, "Book").Referrers);
    }

    [Fact]
    public void In_the_benchmark_model_each_entity_is_referred_to_by_the_next_one_only()
    {
        var entities = BenchmarkModel.Model(30).Entities;

        Assert.All(entities.Take(29), (entity, index) => Assert.Equal(BenchmarkModel.Name(index + 1), Assert.Single(entity.Referrers).Name));
        Assert.Empty(entities[29].Referrers);
    }

    [Fact]
    public void A_collection_knows_whether_its_target_refers_back()
    {
        Assert.True(Assert.Single(EntityOf(Library(), "Author").Collections).TargetRefersBack);
    }

    [Fact]
    public void A_change_in_a_referring_entity_that_its_referrer_does_not_show_leaves_the_referred_entitys_units_alone()
    {
        var longer = Library(titleLength: 999);

        Assert.Equal(UnitKeyOf(Library(), "Author"), UnitKeyOf(longer, "Author"));
        Assert.NotEqual(UnitKeyOf(Library(), "Book"), UnitKeyOf(longer, "Book"));
    }

    [Theory]
    [InlineData(true, "Books")]
    [InlineData(false, "Volumes")]
    public void A_change_a_referrer_shows_changes_the_referred_entitys_units_and_the_test_plan(bool optionalAuthor, string table)
    {
        var changed = Library(optionalAuthor, table: table);
        var before = AgentSamples.Render(Qa.Name, Library())["docs/test-plan.md"];
        var after = AgentSamples.Render(Qa.Name, changed)["docs/test-plan.md"];

        Assert.NotEqual(UnitKeyOf(Library(), "Author"), UnitKeyOf(changed, "Author"));
        Assert.Contains("| Delete while a Book refers to it | `DELETE /api/authors/{id}` while a row of `Books` has the key in `AuthorId` | 409", before, System.StringComparison.Ordinal);
        Assert.Contains(
            optionalAuthor
                ? "| Delete while a Book refers to it (optional) | `DELETE /api/authors/{id}` while a row of `Books` has the key in `AuthorId` | 204"
                : "| Delete while a Book refers to it | `DELETE /api/authors/{id}` while a row of `Volumes` has the key in `AuthorId` | 409",
            after,
            System.StringComparison.Ordinal);
    }
}
