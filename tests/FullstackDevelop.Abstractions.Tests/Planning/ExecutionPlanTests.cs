using System;
using FullstackDevelop.Planning;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests.Planning;

public sealed class ExecutionPlanTests
{
    private const string Mermaid = "graph TD\n    subgraph group1[\"Group 1\"]\n        product_manager[\"product-manager (15 min)\"]\n    end\n";

    private static ExecutionPlan Create(string mermaid, out AgentDescriptor agent, out ParallelGroup group, out CriticalPath path, out ResourceProfile profile, out DetectedPattern pattern)
    {
        agent = new AgentDescriptor("product-manager", Array.Empty<string>(), new[] { "product." }, 1, TimeSpan.FromMinutes(15), "1.0.0", true, null, Array.Empty<string>());
        group = new ParallelGroup(1, new[] { "product-manager" }, TimeSpan.FromMinutes(15));
        path = new CriticalPath(new[] { "product-manager" }, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
        profile = new ResourceProfile(ProjectScale.Small, 3, 512, 0.5, 2048);
        pattern = new DetectedPattern("authentication", 1, OptimizationPotential.High, 2, 4);
        return new ExecutionPlan("Bookstore", new[] { agent }, new[] { group }, path, profile, new[] { pattern }, "abc123", mermaid);
    }

    [Fact]
    public void ToMermaidReturnsTheDiagramItWasGiven()
    {
        var plan = Create(Mermaid, out _, out _, out _, out _, out _);

        Assert.Equal(Mermaid, plan.ToMermaid());
    }

    [Fact]
    public void ToMermaidOfAnotherDiagramIsThatDiagram()
    {
        var plan = Create("graph TD\n", out _, out _, out _, out _, out _);

        Assert.Equal("graph TD\n", plan.ToMermaid());
    }

    [Fact]
    public void KeepsItsConstructorArguments()
    {
        var plan = Create(Mermaid, out var agent, out var group, out var path, out var profile, out var pattern);

        Assert.Equal("Bookstore", plan.ProjectName);
        Assert.Same(agent, Assert.Single(plan.Agents));
        Assert.Same(group, Assert.Single(plan.ParallelGroups));
        Assert.Same(path, plan.CriticalPath);
        Assert.Same(profile, plan.ResourceProfile);
        Assert.Same(pattern, Assert.Single(plan.Patterns));
        Assert.Equal("abc123", plan.RequirementsHash);
    }
}
