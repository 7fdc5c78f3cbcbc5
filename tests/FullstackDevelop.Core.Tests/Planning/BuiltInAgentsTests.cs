using System.Linq;
using FullstackDevelop.Core.Planning;
using Xunit;

namespace FullstackDevelop.Core.Tests.Planning;

public sealed class BuiltInAgentsTests
{
    private static readonly string[] PipelineOrder =
    {
        "product-manager", "technical-architect", "frontend-developer", "backend-developer",
        "devops-engineer", "qa-engineer", "site-reliability-engineer", "development-coordinator",
    };

    [Fact]
    public void AreTheSeedsEightAgentsInPipelineOrder()
    {
        Assert.Equal(PipelineOrder, BuiltInAgents.All.Select(agent => agent.Name));
        Assert.All(BuiltInAgents.All, agent =>
        {
            Assert.True(agent.IsBuiltIn);
            Assert.Equal(BuiltInAgents.Version, agent.Version);
            Assert.Null(agent.Command);
            Assert.Empty(agent.Outputs);
        });
    }

    [Theory]
    [InlineData("product-manager", 15, "")]
    [InlineData("technical-architect", 20, "product-manager")]
    [InlineData("frontend-developer", 25, "technical-architect")]
    [InlineData("backend-developer", 25, "technical-architect")]
    [InlineData("devops-engineer", 20, "technical-architect")]
    [InlineData("qa-engineer", 30, "backend-developer,frontend-developer")]
    [InlineData("site-reliability-engineer", 20, "devops-engineer,qa-engineer")]
    [InlineData("development-coordinator", 10, "site-reliability-engineer")]
    public void HaveTheSeedsDependenciesAndEstimates(string name, int minutes, string dependsOn)
    {
        var agent = Assert.Single(BuiltInAgents.All, agent => agent.Name == name);

        Assert.Equal(minutes, agent.EstimatedMinutes);
        Assert.Equal(dependsOn, string.Join(",", agent.DependsOn.OrderBy(d => d, System.StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("product-manager", "product.")]
    [InlineData("technical-architect", "api.")]
    [InlineData("frontend-developer", "ui.")]
    [InlineData("backend-developer", "database.")]
    [InlineData("devops-engineer", "infrastructure.")]
    [InlineData("qa-engineer", "testing.")]
    [InlineData("site-reliability-engineer", "monitoring.")]
    [InlineData("development-coordinator", "delivery.")]
    public void ReadTheirRequirementPrefixes(string name, string prefix)
    {
        var agent = Assert.Single(BuiltInAgents.All, agent => agent.Name == name);

        Assert.Contains(prefix, agent.Reads);
    }

    [Fact]
    public void ContainsOnlyTheBuiltInNames()
    {
        Assert.All(PipelineOrder, name => Assert.True(BuiltInAgents.Contains(name)));
        Assert.False(BuiltInAgents.Contains("search-indexer"));
        Assert.False(BuiltInAgents.Contains("Product-Manager"));
        Assert.False(BuiltInAgents.Contains(string.Empty));
    }
}
