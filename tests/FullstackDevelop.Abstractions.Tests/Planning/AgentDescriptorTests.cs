using System;
using FullstackDevelop.Planning;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests.Planning;

public sealed class AgentDescriptorTests
{
    private static readonly string[] DependsOn = { "backend-developer" };
    private static readonly string[] Reads = { "search." };
    private static readonly string[] Outputs = { "search/index.json" };

    [Fact]
    public void KeepsItsConstructorArguments()
    {
        var agent = new AgentDescriptor("search-indexer", DependsOn, Reads, 4, TimeSpan.FromMinutes(15), "2.0.0", false, "node index.js", Outputs);

        Assert.Equal("search-indexer", agent.Name);
        Assert.Same(DependsOn, agent.DependsOn);
        Assert.Same(Reads, agent.Reads);
        Assert.Equal(4, agent.ParallelGroup);
        Assert.Equal(TimeSpan.FromMinutes(15), agent.EstimatedDuration);
        Assert.Equal("2.0.0", agent.Version);
        Assert.False(agent.IsBuiltIn);
        Assert.Equal("node index.js", agent.Command);
        Assert.Same(Outputs, agent.Outputs);
    }

    [Fact]
    public void ToStringIsTheName()
    {
        var agent = new AgentDescriptor("qa-engineer", DependsOn, Reads, 4, TimeSpan.FromMinutes(30), "1.0.0", true, null, Array.Empty<string>());

        Assert.Equal("qa-engineer", agent.ToString());
    }
}
