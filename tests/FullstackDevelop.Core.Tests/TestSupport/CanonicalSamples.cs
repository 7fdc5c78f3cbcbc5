using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Tests.TestSupport;

/// <summary>One rich set of declarations, written in two different orders.</summary>
internal static class CanonicalSamples
{
    public static (RequirementsDeclarations Ordered, RequirementsDeclarations Shuffled) OrderedAndShuffled()
    {
        var features = Declare.Features("catalog", "checkout", "user-authentication");
        var requirements = new[]
        {
            Declare.Requirement("api.style", "rest"),
            Declare.Requirement("database.engine", "postgresql"),
            Declare.Requirement("ui.theme", "dark"),
        };
        var agents = new[]
        {
            Declare.Agent("docs-writer", 5, "development-coordinator"),
            Declare.Agent("search-indexer", 15, "backend-developer", "devops-engineer") with
            {
                Reads = EquatableArray.Of("database.", "search."),
                Command = "node tools/index.js",
                Outputs = EquatableArray.Of("search/index.json", "search/synonyms.json"),
            },
        };
        var entities = new[]
        {
            Declare.Entity("Author", Declare.Id(), Declare.Text("Name"), Declare.Collection("Books", "Book")),
            Declare.Entity(
                "Book",
                Declare.Id(),
                Declare.Text("Title").With(Annotate.MaxLength(200), Annotate.Required),
                Declare.EnumOf("Format", "Hardcover", "Paperback"),
                Declare.Scalar("AuthorId", "System.Int32"),
                Declare.Reference("Author", "Author")),
            Declare.Entity("Category", Declare.Id("CategoryId"), Declare.Text("Name", nullable: true)),
        };

        var ordered = Declare.Declarations(Declare.Project(expectedUsers: 2_000), features, requirements, agents, entities);

        var shuffledAgents = agents.Reverse().Select(agent => agent with
        {
            DependsOn = EquatableArray.From(agent.DependsOn.Reverse()),
            Reads = EquatableArray.From(agent.Reads.Reverse()),
            Outputs = EquatableArray.From(agent.Outputs.Reverse()),
        });
        var shuffled = Declare.Declarations(
            Declare.Project(expectedUsers: 2_000),
            new[] { features[2], features[0], features[1] },
            new[] { requirements[1], requirements[2], requirements[0] },
            shuffledAgents,
            new[] { entities[2], entities[0], entities[1] });
        return (ordered, shuffled);
    }

    public static ProjectRequirements Model()
    {
        var result = RequirementsBuilder.Build(OrderedAndShuffled().Ordered);
        return result.Requirements ?? throw new System.InvalidOperationException("The sample declarations are invalid.");
    }
}
