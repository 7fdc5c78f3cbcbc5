using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Planning;

public sealed class ExecutionPlannerTests
{
    private static readonly string[] BuiltInCriticalPath =
    {
        "product-manager", "technical-architect", "backend-developer", "qa-engineer", "site-reliability-engineer", "development-coordinator",
    };

    private static ExecutionPlan PlanOf(ProjectRequirements requirements)
    {
        var result = ExecutionPlanner.Plan(requirements);
        Assert.Empty(result.Problems);
        return Assert.IsType<ExecutionPlan>(result.Plan);
    }

    private static ParallelGroup Group(int number, int minutes, params string[] agents) => new(number, EquatableArray.Of(agents), minutes);

    [Fact]
    public void BuiltInAgentsFormTheSeedsSixParallelGroups()
    {
        var plan = PlanOf(Model.Requirements());

        Assert.Equal(
            EquatableArray.Of(
                Group(1, 15, "product-manager"),
                Group(2, 20, "technical-architect"),
                Group(3, 25, "backend-developer", "devops-engineer", "frontend-developer"),
                Group(4, 30, "qa-engineer"),
                Group(5, 20, "site-reliability-engineer"),
                Group(6, 10, "development-coordinator")),
            plan.ParallelGroups);
    }

    [Fact]
    public void BuiltInCriticalPathIs120MinutesOf165()
    {
        var plan = PlanOf(Model.Requirements());

        Assert.Equal(new CriticalPath(EquatableArray.Of(BuiltInCriticalPath), 120, 165), plan.CriticalPath);
    }

    [Fact]
    public void GroupDurationsAddUpToTheBuiltInCriticalPath()
    {
        var plan = PlanOf(Model.Requirements());

        Assert.Equal(plan.CriticalPath.LengthMinutes, plan.ParallelGroups.Sum(group => group.DurationMinutes));
    }

    [Fact]
    public void BuiltInAgentsArePlannedInPipelineOrderWithTheirGroups()
    {
        var plan = PlanOf(Model.Requirements());

        Assert.Equal(
            new[]
            {
                ("product-manager", 1), ("technical-architect", 2), ("frontend-developer", 3), ("backend-developer", 3),
                ("devops-engineer", 3), ("qa-engineer", 4), ("site-reliability-engineer", 5), ("development-coordinator", 6),
            },
            plan.Agents.Select(agent => (agent.Definition.Name, agent.Group)));
        Assert.Equal(BuiltInAgents.All, plan.Agents.Select(agent => agent.Definition));
    }

    [Fact]
    public void PlanCarriesTheProjectProfilePatternsAndHash()
    {
        var requirements = Model.Requirements() with
        {
            Project = new ProjectInfo("Bookstore", ProjectScale.Large, ScaleSource.Declared, 0, default),
            Features = EquatableArray.Of("user-authentication"),
        };

        var plan = PlanOf(requirements);

        Assert.Equal("Bookstore", plan.ProjectName);
        Assert.Equal(ResourceProfiles.For(ProjectScale.Large), plan.ResourceProfile);
        Assert.Equal(PatternRecognizer.Recognize(requirements), plan.Patterns);
        Assert.Equal("authentication", Assert.Single(plan.Patterns).Type);
        Assert.Equal(RequirementsHash.Compute(RequirementsJson.Write(requirements)), plan.RequirementsHash);
        Assert.Matches("^[0-9a-f]{64}$", plan.RequirementsHash);
    }

    [Fact]
    public void CustomAgentIsPlacedAfterItsDependency()
    {
        var plan = PlanOf(Model.Requirements(Model.CustomAgent("search-indexer", 15, "backend-developer")));

        Assert.Equal(Group(4, 30, "qa-engineer", "search-indexer"), plan.ParallelGroups[3]);
        var planned = plan.Agents[plan.Agents.Count - 1];
        Assert.Equal("search-indexer", planned.Definition.Name);
        Assert.Equal(4, planned.Group);
        Assert.False(planned.Definition.IsBuiltIn);
        Assert.Equal(BuiltInCriticalPath, plan.CriticalPath.Agents);
        Assert.Equal(180, plan.CriticalPath.SequentialMinutes);
    }

    [Fact]
    public void CustomAgentWithoutDependenciesJoinsTheFirstGroup()
    {
        var plan = PlanOf(Model.Requirements(Model.CustomAgent("license-checker", 5)));

        Assert.Equal(Group(1, 15, "license-checker", "product-manager"), plan.ParallelGroups[0]);
    }

    [Fact]
    public void LongCustomAgentMovesTheCriticalPathAndGroupDuration()
    {
        var plan = PlanOf(Model.Requirements(Model.CustomAgent("search-indexer", 100, "backend-developer")));

        Assert.Equal(100, plan.ParallelGroups[3].DurationMinutes);
        Assert.Equal(
            new CriticalPath(EquatableArray.Of("product-manager", "technical-architect", "backend-developer", "search-indexer"), 160, 265),
            plan.CriticalPath);
    }

    [Fact]
    public void CustomAgentAfterTheCoordinatorAddsAGroup()
    {
        var plan = PlanOf(Model.Requirements(Model.CustomAgent("release-notes", 7, "development-coordinator")));

        Assert.Equal(7, plan.ParallelGroups.Count);
        Assert.Equal(Group(7, 7, "release-notes"), plan.ParallelGroups[6]);
        Assert.Equal(BuiltInCriticalPath.Append("release-notes"), plan.CriticalPath.Agents);
        Assert.Equal(127, plan.CriticalPath.LengthMinutes);
    }

    [Fact]
    public void DiamondOfCustomAgentsGetsLevelsAndTheLongerBranch()
    {
        var plan = PlanOf(Model.Requirements(
            Model.CustomAgent("diamond-a", 10, "development-coordinator"),
            Model.CustomAgent("diamond-b", 5, "diamond-a"),
            Model.CustomAgent("diamond-c", 30, "diamond-a"),
            Model.CustomAgent("diamond-d", 10, "diamond-b", "diamond-c")));

        Assert.Equal(
            new[] { Group(7, 10, "diamond-a"), Group(8, 30, "diamond-b", "diamond-c"), Group(9, 10, "diamond-d") },
            plan.ParallelGroups.Skip(6));
        Assert.Equal(BuiltInCriticalPath.Concat(new[] { "diamond-a", "diamond-c", "diamond-d" }), plan.CriticalPath.Agents);
        Assert.Equal(170, plan.CriticalPath.LengthMinutes);
        Assert.Equal(220, plan.CriticalPath.SequentialMinutes);
    }

    [Fact]
    public void CustomAgentsFollowTheBuiltInAgentsInTheOrderOfTheRequirements()
    {
        var plan = PlanOf(Model.Requirements(Model.CustomAgent("alpha", 5), Model.CustomAgent("beta", 5, "alpha")));

        Assert.Equal(new[] { "alpha", "beta" }, plan.Agents.Skip(8).Select(agent => agent.Definition.Name));
        Assert.Equal(new[] { 1, 2 }, plan.Agents.Skip(8).Select(agent => agent.Group));
    }

    [Fact]
    public void UnknownDependencyIsFsd0012ListingEveryAgent()
    {
        var result = ExecutionPlanner.Plan(Model.Requirements(Model.CustomAgent("search-indexer", 15, "backend-dev")));

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.UnknownAgentDependency, problem.Descriptor);
        Assert.Equal(ProblemSubject.AgentNamed("search-indexer"), problem.Subject);
        Assert.Equal(
            EquatableArray.Of(
                "search-indexer",
                "backend-dev",
                "'backend-developer', 'development-coordinator', 'devops-engineer', 'frontend-developer', 'product-manager', " +
                "'qa-engineer', 'search-indexer', 'site-reliability-engineer', 'technical-architect'"),
            problem.Arguments);
        Assert.StartsWith("Agent 'search-indexer' depends on 'backend-dev', which is not an agent: use one of 'backend-developer', ", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void EveryUnknownDependencyIsReported()
    {
        var result = ExecutionPlanner.Plan(Model.Requirements(
            Model.CustomAgent("alpha", 5, "ghost", "phantom"),
            Model.CustomAgent("beta", 5, "alpha", "spirit")));

        Assert.Null(result.Plan);
        Assert.Equal(
            new[] { ("alpha", "ghost"), ("alpha", "phantom"), ("beta", "spirit") },
            result.Problems.Select(problem => (problem.Arguments[0], problem.Arguments[1])));
        Assert.All(result.Problems, problem => Assert.Same(ProblemCatalog.UnknownAgentDependency, problem.Descriptor));
    }

    [Fact]
    public void CycleIsFsd0013NamingTheCycleFromTheSmallestName()
    {
        var result = ExecutionPlanner.Plan(Model.Requirements(
            Model.CustomAgent("x-agent", 5, "y-agent"),
            Model.CustomAgent("y-agent", 5, "x-agent")));

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.AgentDependencyCycle, problem.Descriptor);
        Assert.Equal(ProblemSubject.AgentNamed("x-agent"), problem.Subject);
        Assert.Equal(EquatableArray.Of("x-agent -> y-agent -> x-agent"), problem.Arguments);
        Assert.Equal("Agents depend on each other in a cycle: x-agent -> y-agent -> x-agent; remove one of these dependencies", problem.Message);
    }

    [Fact]
    public void CycleThroughBuiltInDependenciesNamesOnlyTheCustomAgents()
    {
        var result = ExecutionPlanner.Plan(Model.Requirements(
            Model.CustomAgent("zulu", 5, "qa-engineer", "mike"),
            Model.CustomAgent("mike", 5, "kilo"),
            Model.CustomAgent("kilo", 5, "zulu")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(EquatableArray.Of("kilo -> zulu -> mike -> kilo"), problem.Arguments);
        Assert.Equal(ProblemSubject.AgentNamed("kilo"), problem.Subject);
    }

    [Fact]
    public void UnknownDependenciesAreReportedBeforeCycles()
    {
        var result = ExecutionPlanner.Plan(Model.Requirements(
            Model.CustomAgent("x-agent", 5, "y-agent"),
            Model.CustomAgent("y-agent", 5, "x-agent", "ghost")));

        Assert.Equal("FSD0012", Assert.Single(result.Problems).Descriptor.Id);
    }

    [Fact]
    public void PlanDoesNotDependOnDeclarationOrder()
    {
        var (ordered, shuffled) = CanonicalSamples.OrderedAndShuffled();

        var first = PlanOf(RequirementsBuilder.Build(ordered).Requirements!);
        var second = PlanOf(RequirementsBuilder.Build(shuffled).Requirements!);

        Assert.Equal(first, second);
        Assert.Equal(
            new[] { ("docs-writer", 7), ("search-indexer", 4) },
            first.Agents.Skip(8).Select(agent => (agent.Definition.Name, agent.Group)));
    }

    [Fact]
    public void ProblemsDoNotDependOnDeclarationOrder()
    {
        var agents = new[]
        {
            Declare.Agent("x-agent", 5, "z-agent"),
            Declare.Agent("y-agent", 5, "x-agent"),
            Declare.Agent("z-agent", 5, "y-agent"),
            Declare.Agent("w-agent", 5, "ghost"),
        };

        var first = ExecutionPlanner.Plan(RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), agents: agents)).Requirements!);
        var second = ExecutionPlanner.Plan(RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), agents: agents.Reverse())).Requirements!);

        Assert.Equal(first, second);

        var withoutGhost = agents.Take(3).ToArray();
        var cycleFirst = ExecutionPlanner.Plan(RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), agents: withoutGhost)).Requirements!);
        var cycleSecond = ExecutionPlanner.Plan(RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), agents: withoutGhost.Reverse())).Requirements!);

        Assert.Equal(cycleFirst, cycleSecond);
        Assert.Equal(EquatableArray.Of("x-agent -> z-agent -> y-agent -> x-agent"), Assert.Single(cycleFirst.Problems).Arguments);
    }
}
