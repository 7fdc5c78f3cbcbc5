using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

/// <summary>The rules of custom template agents (FSD0041) that <see cref="RequirementsBuilder"/> applies.</summary>
public sealed class TemplateAgentRulesTests
{
    private static readonly AgentDeclaration Indexer = Declare.Agent("search-indexer", 10, "technical-architect");

    private static RequirementsBuildResult Build(AgentDeclaration[] agents, params AgentTemplateDeclaration[] templates) =>
        RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), agents: agents, agentTemplates: templates));

    private static Problem SingleProblem(RequirementsBuildResult result, ProblemSubject subject)
    {
        Assert.Null(result.Requirements);
        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.InvalidTemplateAgent, problem.Descriptor);
        Assert.Equal(subject, problem.Subject);
        Assert.DoesNotContain(result.ValidPart!.Agents, agent => agent.Name == problem.Arguments[0]);
        return problem;
    }

    [Fact]
    public void Templates_become_the_agents_own_sorted_by_output_with_a_paths_file_name_as_the_template()
    {
        var result = Build(
            new[] { Indexer },
            Declare.AgentTemplate("search-indexer", "Templates/search-entity.scriban", "search/entities/{entity-kebab}.json", perEntity: true),
            Declare.AgentTemplate("search-indexer", "search-index", "search/index.json"));

        Assert.Empty(result.Problems);
        var agent = Assert.Single(result.Requirements!.Agents);
        Assert.Equal(
            new[] { new CustomAgentTemplate("search-entity", "search/entities/{entity-kebab}.json", true), new CustomAgentTemplate("search-index", "search/index.json", false) },
            agent.Templates.ToArray());
    }

    [Fact]
    public void An_agent_with_neither_a_template_nor_a_command_is_an_error_at_the_agent()
    {
        var result = Build(new[] { Declare.Agent("other-agent") with { Command = "node other.js", Outputs = EquatableArray.Of("other.txt") }, Indexer });

        var problem = SingleProblem(result, ProblemSubject.At(DeclarationKind.Agent, 1));
        Assert.StartsWith("Agent 'search-indexer' has neither a template nor a command", problem.Message);
        Assert.Contains("[assembly: AgentTemplate(\"search-indexer\"", problem.Message);
    }

    [Fact]
    public void An_agent_with_a_template_and_a_command_is_an_error_at_the_agent()
    {
        var both = Indexer with { Command = "node index.js", Outputs = EquatableArray.Of("search/index.json") };

        var problem = SingleProblem(Build(new[] { both }, Declare.AgentTemplate("search-indexer", "search-index", "search/other.json")), ProblemSubject.At(DeclarationKind.Agent, 0));

        Assert.Contains("either renders templates or runs a command", problem.Message);
    }

    [Theory]
    [InlineData("search/entities.json", true, "names no entity")]
    [InlineData("search/{entity}.json", false, "has an entity placeholder")]
    [InlineData("search/{name}.json", true, "placeholder '{name}' is unknown")]
    [InlineData("../outside.json", false, "not inside the output folder")]
    [InlineData("/etc/index.json", false, "not inside the output folder")]
    [InlineData("C:/index.json", false, "not inside the output folder")]
    [InlineData("docs/requirements.md", false, "which the built-in agent 'product-manager' writes too")]
    [InlineData("docs/user-stories/{entity}.md", true, "which the built-in agent 'product-manager' writes too")]
    [InlineData("feed/prices.json", false, "which the custom agent 'price-feed' writes too")]
    [InlineData("", false, "without an Output")]
    public void A_template_whose_output_is_wrong_is_an_error_at_its_attribute(string output, bool perEntity, string expected)
    {
        var feed = Declare.Agent("price-feed") with { Command = "node feed.js", Outputs = EquatableArray.Of("feed/prices.json") };

        var problem = SingleProblem(
            Build(new[] { feed, Indexer }, Declare.AgentTemplate("search-indexer", "search-index", output, perEntity)),
            ProblemSubject.At(DeclarationKind.AgentTemplate, 0));

        Assert.Equal("search-indexer", problem.Arguments[0]);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void Two_templates_writing_the_same_file_collide_at_the_second()
    {
        var other = Declare.Agent("search-exporter");

        var problem = SingleProblem(
            Build(
                new[] { Indexer, other },
                Declare.AgentTemplate("search-indexer", "search-index", "search/index.json"),
                Declare.AgentTemplate("search-exporter", "search-export", "Search/Index.json")),
            ProblemSubject.At(DeclarationKind.AgentTemplate, 1));

        Assert.Contains("which the custom agent 'search-indexer' writes too", problem.Message);
    }

    [Theory]
    [InlineData("nobody", "is not declared: add [assembly: Agent(\"nobody\")]")]
    [InlineData("qa-engineer", "is a built-in agent")]
    public void A_template_of_an_agent_that_is_not_custom_is_an_error_at_its_attribute(string agent, string expected)
    {
        var result = Build(new[] { Indexer }, Declare.AgentTemplate("search-indexer", "search-index", "search/index.json"), Declare.AgentTemplate(agent, "search-index", "search/x.json"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSubject.At(DeclarationKind.AgentTemplate, 1), problem.Subject);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void A_template_without_a_name_is_an_error_at_its_attribute()
    {
        var problem = SingleProblem(Build(new[] { Indexer }, Declare.AgentTemplate("search-indexer", " ", "search/index.json")), ProblemSubject.At(DeclarationKind.AgentTemplate, 0));

        Assert.Contains("without a template", problem.Message);
    }

    [Fact]
    public void A_template_neither_in_the_project_nor_built_in_is_an_error_at_its_attribute()
    {
        var templates = new[]
        {
            Declare.AgentTemplate("search-indexer", "search-index", "a.json"),
            Declare.AgentTemplate("search-indexer", "Templates/search-entity.scriban", "{entity}.json", perEntity: true),
            Declare.AgentTemplate("search-indexer", "database-table", "tables/{table}.sql", perEntity: true),
            Declare.AgentTemplate("search-indexer", "serach-index", "b.json"),
        };
        var declarations = Declare.Declarations(Declare.Project(), agents: new[] { Indexer }, agentTemplates: templates) with
        {
            ProjectTemplates = EquatableArray.Of("search-entity", "search-index"),
        };

        var problem = SingleProblem(RequirementsBuilder.Build(declarations), ProblemSubject.At(DeclarationKind.AgentTemplate, 3));

        Assert.Equal("Agent 'search-indexer' renders the template 'serach-index', which is not in the project: add serach-index.scriban to the project (every .scriban file under it is a template), or name one of its templates by its file name without .scriban", problem.Message);
        Assert.Empty(RequirementsBuilder.Build(declarations with { AgentTemplates = EquatableArray.From(templates.Take(3)) }).Problems);
    }

    [Fact]
    public void Templates_round_trip_through_the_snapshot_and_an_agent_without_them_writes_none()
    {
        var result = Build(new[] { Indexer, Declare.Agent("price-feed") with { Command = "node feed.js", Outputs = EquatableArray.Of("feed/prices.json") } }, Declare.AgentTemplate("search-indexer", "search-index", "search/index.json"));

        var json = RequirementsJson.Write(result.Requirements!);
        var read = RequirementsJson.Read(json);

        Assert.Equal(result.Requirements, read);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(json, "\"templates\""));
    }
}
