using System.Linq;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Planning;
using Xunit;

namespace FullstackDevelop.Core.Tests.Delta;

public sealed class AgentInputsTests
{
    [Theory]
    [InlineData("product-manager", "entities.,features.,project.", "slo.availability")]
    [InlineData("technical-architect", "entities.,features.,project.", "api.cors-origins")]
    [InlineData("frontend-developer", "entities.,features.,project.", "ui.locale,ui.primary-color,ui.theme")]
    [InlineData("backend-developer", "entities.,features.,project.", "database.engine")]
    [InlineData("devops-engineer", "features.,project.", "deployment.image,deployment.project,devops.node-version")]
    [InlineData("qa-engineer", "entities.,features.,project.", "")]
    [InlineData("site-reliability-engineer", "features.,project.", "monitoring.runbook-url,monitoring.selector,monitoring.team,slo.availability,slo.latency-p95-ms,slo.window")]
    [InlineData("development-coordinator", "agents.,features.,project.", "")]
    public void BuiltInAgentsReadTheCatalogsKeysTheProjectAndFeaturesAndPerEntityWritersTheEntities(string name, string prefixes, string keys)
    {
        var inputs = AgentInputs.For(DeltaSamples.BuiltIn(name));

        Assert.Equal(name, inputs.Agent);
        Assert.Equal(prefixes.Split(','), inputs.Prefixes);
        Assert.Equal(keys.Split(',').Where(key => key.Length > 0), inputs.Keys);
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
    [InlineData("search.engine", true)]
    [InlineData("search.engine.mode", true)]
    [InlineData("searchx.engine", false)]
    [InlineData("engine.search", false)]
    public void APrefixMatchesTheKeysThatStartWithIt(string key, bool reads)
    {
        var plan = DeltaSamples.PlanOf(DeltaSamples.Shop(DeltaSamples.Agent("search-indexer", 15, new[] { "search." })));
        var inputs = AgentInputs.For(plan.Agents.Single(agent => agent.Definition.Name == "search-indexer").Definition);

        Assert.Equal(reads, inputs.Reads(key));
        Assert.Equal(reads, inputs.ReadsRequirement(key));
    }

    [Theory]
    [InlineData("ui.theme", true, true)]
    [InlineData("ui.thème", false, false)]
    [InlineData("ui.density", false, false)]
    [InlineData("frontend.framework", false, false)]
    [InlineData("project.name", true, false)]
    [InlineData("entities.Book", true, false)]
    public void ABuiltInAgentReadsTheCatalogsKeysAndItsTemplatesSeeOnlyThose(string key, bool reads, bool inTemplates)
    {
        var inputs = AgentInputs.For(DeltaSamples.BuiltIn("frontend-developer"));

        Assert.Equal(reads, inputs.Reads(key));
        Assert.Equal(inTemplates, inputs.ReadsRequirement(key));
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
