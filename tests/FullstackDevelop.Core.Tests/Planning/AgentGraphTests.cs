using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Planning;

public sealed class AgentGraphTests
{
    private static readonly string[] BuiltInCriticalPath =
    {
        "product-manager", "technical-architect", "backend-developer", "qa-engineer", "site-reliability-engineer", "development-coordinator",
    };

    // a (10); b (5) and c (30) depend on a; d (10) depends on b and c.
    private static AgentDefinition[] Diamond() => new[]
    {
        Model.Definition("a", 10),
        Model.Definition("b", 5, "a"),
        Model.Definition("c", 30, "a"),
        Model.Definition("d", 10, "b", "c"),
    };

    [Fact]
    public void BuiltInAgentsHaveSixLevels()
    {
        var levels = new AgentGraph(BuiltInAgents.All).Levels();

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["product-manager"] = 1,
                ["technical-architect"] = 2,
                ["frontend-developer"] = 3,
                ["backend-developer"] = 3,
                ["devops-engineer"] = 3,
                ["qa-engineer"] = 4,
                ["site-reliability-engineer"] = 5,
                ["development-coordinator"] = 6,
            },
            levels.OrderBy(pair => pair.Key, System.StringComparer.Ordinal).ToDictionary(pair => pair.Key, pair => pair.Value));
    }

    [Fact]
    public void BuiltInCriticalPathBreaksTheFrontendBackendTieByName()
    {
        var (agents, length) = new AgentGraph(BuiltInAgents.All).CriticalPath();

        Assert.Equal(BuiltInCriticalPath, agents);
        Assert.Equal(120, length);
    }

    [Fact]
    public void BuiltInAgentsHaveNoCycle()
    {
        Assert.Null(new AgentGraph(BuiltInAgents.All).FindCycle());
    }

    [Fact]
    public void DiamondLevelsFollowTheDeepestDependency()
    {
        var levels = new AgentGraph(Diamond()).Levels();

        Assert.Equal(1, levels["a"]);
        Assert.Equal(2, levels["b"]);
        Assert.Equal(2, levels["c"]);
        Assert.Equal(3, levels["d"]);
    }

    [Fact]
    public void LevelIsOneMoreThanTheDeepestDependencyNotTheFirst()
    {
        var levels = new AgentGraph(new[]
        {
            Model.Definition("a", 1),
            Model.Definition("b", 1, "a"),
            Model.Definition("c", 1, "b"),
            Model.Definition("d", 1, "a", "c"),
        }).Levels();

        Assert.Equal(4, levels["d"]);
    }

    [Fact]
    public void DiamondCriticalPathTakesTheLongerBranch()
    {
        var (agents, length) = new AgentGraph(Diamond()).CriticalPath();

        Assert.Equal(new[] { "a", "c", "d" }, agents);
        Assert.Equal(50, length);
    }

    [Fact]
    public void CriticalPathDoesNotDependOnDeclarationOrder()
    {
        var forward = new AgentGraph(Diamond());
        var backward = new AgentGraph(Diamond().Reverse());

        Assert.Equal(forward.CriticalPath().Agents, backward.CriticalPath().Agents);
        Assert.Equal(forward.Levels().OrderBy(p => p.Key, System.StringComparer.Ordinal), backward.Levels().OrderBy(p => p.Key, System.StringComparer.Ordinal));
    }

    [Fact]
    public void CriticalPathEndsAtTheAgentThatFinishesLast()
    {
        var (agents, length) = new AgentGraph(new[]
        {
            Model.Definition("long", 100),
            Model.Definition("short", 10),
            Model.Definition("after-short", 20, "short"),
        }).CriticalPath();

        Assert.Equal(new[] { "long" }, agents);
        Assert.Equal(100, length);
    }

    [Fact]
    public void EqualFinishTimesBreakTiesByOrdinalName()
    {
        var (agents, length) = new AgentGraph(new[] { Model.Definition("zed", 10), Model.Definition("alpha", 10) }).CriticalPath();

        Assert.Equal(new[] { "alpha" }, agents);
        Assert.Equal(10, length);
    }

    [Fact]
    public void EmptyGraphHasAnEmptyCriticalPath()
    {
        var graph = new AgentGraph(Enumerable.Empty<AgentDefinition>());

        var (agents, length) = graph.CriticalPath();

        Assert.Empty(agents);
        Assert.Equal(0, length);
        Assert.Empty(graph.Levels());
        Assert.Null(graph.FindCycle());
    }

    [Fact]
    public void TwoAgentCycleStartsAtTheSmallestName()
    {
        var cycle = new AgentGraph(new[] { Model.Definition("zeta", 5, "alpha"), Model.Definition("alpha", 5, "zeta") }).FindCycle();

        Assert.Equal(new[] { "alpha", "zeta", "alpha" }, cycle);
    }

    [Fact]
    public void CycleIsWrittenInDependencyDirection()
    {
        // c depends on a, a depends on b, b depends on c.
        var cycle = new AgentGraph(new[]
        {
            Model.Definition("c", 5, "a"),
            Model.Definition("a", 5, "b"),
            Model.Definition("b", 5, "c"),
        }).FindCycle();

        Assert.Equal(new[] { "a", "b", "c", "a" }, cycle);
    }

    [Fact]
    public void CycleReachedThroughAnotherAgentIsRotatedToItsSmallestName()
    {
        // "aa" is not on the cycle c -> d -> b -> c but is visited first.
        var cycle = new AgentGraph(new[]
        {
            Model.Definition("aa", 5, "c"),
            Model.Definition("b", 5, "c"),
            Model.Definition("c", 5, "d"),
            Model.Definition("d", 5, "b"),
        }).FindCycle();

        Assert.Equal(new[] { "b", "c", "d", "b" }, cycle);
    }

    [Fact]
    public void SelfDependencyIsACycleOfOne()
    {
        var cycle = new AgentGraph(new[] { Model.Definition("loop", 5, "loop") }).FindCycle();

        Assert.Equal(new[] { "loop", "loop" }, cycle);
    }

    [Fact]
    public void CycleDoesNotDependOnDeclarationOrder()
    {
        var agents = new[]
        {
            Model.Definition("m", 5, "x"),
            Model.Definition("x", 5, "k"),
            Model.Definition("k", 5, "m"),
            Model.Definition("free", 5),
        };

        var forward = new AgentGraph(agents).FindCycle();
        var backward = new AgentGraph(agents.Reverse()).FindCycle();

        Assert.Equal(new[] { "k", "m", "x", "k" }, forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void SharedDependenciesAreNotACycle()
    {
        Assert.Null(new AgentGraph(Diamond()).FindCycle());
    }
}
