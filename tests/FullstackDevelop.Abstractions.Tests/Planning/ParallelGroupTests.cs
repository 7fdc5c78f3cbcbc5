using System;
using FullstackDevelop.Planning;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests.Planning;

public sealed class ParallelGroupTests
{
    private static readonly string[] DevelopmentAgents = { "backend-developer", "devops-engineer", "frontend-developer" };

    [Fact]
    public void ToStringShowsTheNumberAndTheAgents()
    {
        var group = new ParallelGroup(3, DevelopmentAgents, TimeSpan.FromMinutes(25));

        Assert.Equal("3: backend-developer, devops-engineer, frontend-developer", group.ToString());
    }

    [Fact]
    public void ToStringOfASingleAgentGroupHasNoSeparator()
    {
        Assert.Equal("1: product-manager", new ParallelGroup(1, new[] { "product-manager" }, TimeSpan.FromMinutes(15)).ToString());
    }

    [Fact]
    public void KeepsItsConstructorArguments()
    {
        var group = new ParallelGroup(3, DevelopmentAgents, TimeSpan.FromMinutes(25));

        Assert.Equal(3, group.Number);
        Assert.Same(DevelopmentAgents, group.Agents);
        Assert.Equal(TimeSpan.FromMinutes(25), group.Duration);
    }
}
