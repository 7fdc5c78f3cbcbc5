using System.Linq;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Planning;
using Xunit;

namespace FullstackDevelop.Core.Tests.Delta;

public sealed class AgentInputsTests
{
    [Theory]
    [InlineData("product-manager", "entities.,features.,product.,project.")]
    [InlineData("technical-architect", "api.,architecture.,entities.,features.,project.")]
    [InlineData("frontend-developer", "entities.,features.,frontend.,project.,ui.")]
    [InlineData("backend-developer", "backend.,database.,entities.,features.,project.")]
    [InlineData("devops-engineer", "deployment.,devops.,features.,infrastructure.,project.")]
    [InlineData("qa-engineer", "entities.,features.,project.,qa.,testing.")]
    [InlineData("site-reliability-engineer", "features.,monitoring.,project.,slo.")]
    [InlineData("development-coordinator", "agents.,delivery.,features.,project.")]
    public void BuiltInAgentsReadTheirPrefixesTheProjectAndFeaturesAndPerEntityWritersTheEntities(string name, string prefixes)
    {
        var inputs = AgentInputs.For(DeltaSamples.BuiltIn(name));

        Assert.Equal(name, inputs.Agent);
        Assert.Equal(prefixes.Split(','), inputs.Prefixes);
    }

    [Fact]
    public void CustomAgentReadsItsPrefixesAndItsOwnDeclarationOnly()
    {
        var plan = DeltaSamples.PlanOf(DeltaSamples.Shop(DeltaSamples.Agent("search-indexer", 15, new[] { "search.", "database." }, "backend-developer")));

        var inputs = AgentInputs.For(plan.Agents.Single(agent => agent.Definition.Name == "search-indexer").Definition);

        Assert.Equal(new[] { "agents.search-indexer", "database.", "search." }, inputs.Prefixes);
        Assert.Equal(new[] { "backend-developer" }, inputs.DependsOn);
        Assert.False(inputs.Reads("project.name"));
        Assert.False(inputs.Reads("entities.Book"));
        Assert.True(inputs.Reads("search.engine"));
        Assert.True(inputs.Reads("agents.search-indexer"));
    }

    [Fact]
    public void OwnDeclarationKeyDoesNotMatchALongerAgentName()
    {
        var plan = DeltaSamples.PlanOf(DeltaSamples.Shop(DeltaSamples.Agent("search", 5, new[] { "search." })));

        var inputs = AgentInputs.For(plan.Agents.Single(agent => agent.Definition.Name == "search").Definition);

        Assert.True(inputs.Reads("agents.search"));
        Assert.False(inputs.Reads("agents.search-indexer"));
    }

    [Theory]
    [InlineData("ui.theme", true)]
    [InlineData("ui.theme.accent", true)]
    [InlineData("uix.theme", false)]
    [InlineData("theme.ui", false)]
    public void APrefixMatchesTheKeysThatStartWithIt(string key, bool reads)
    {
        Assert.Equal(reads, AgentInputs.For(DeltaSamples.BuiltIn("frontend-developer")).Reads(key));
    }

    [Fact]
    public void DependenciesAreTheAgentsDependencies()
    {
        Assert.Equal(new[] { "devops-engineer", "qa-engineer" }, AgentInputs.For(DeltaSamples.BuiltIn("site-reliability-engineer")).DependsOn);
        Assert.Empty(AgentInputs.For(DeltaSamples.BuiltIn("product-manager")).DependsOn);
    }

    [Fact]
    public void OfAPlanListsEveryAgentInPlanOrder()
    {
        var plan = DeltaSamples.PlanOf(DeltaSamples.Shop(DeltaSamples.Agent("search-indexer", 15, new[] { "search." }, "backend-developer")));

        var inputs = AgentInputs.Of(plan);

        Assert.Equal(plan.Agents.Select(agent => agent.Definition.Name), inputs.Select(input => input.Agent));
        Assert.Equal(BuiltInAgents.All.Select(AgentInputs.For), inputs.Take(8));
    }
}
