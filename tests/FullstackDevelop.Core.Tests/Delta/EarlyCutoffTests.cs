using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Delta;
using Xunit;

namespace FullstackDevelop.Core.Tests.Delta;

public sealed class EarlyCutoffTests
{
    private static readonly ProjectDelta UiChange = DeltaAnalyzer.Analyze(
        DeltaSamples.Shop(),
        DeltaSamples.Shop().With("ui.theme", "dark"),
        DeltaSamples.PlanOf(DeltaSamples.Shop()));

    [Fact]
    public void DirectlyAffectedAgentAlwaysRuns()
    {
        Assert.True(UiChange.MustRun(DeltaSamples.BuiltIn("frontend-developer"), Array.Empty<string>()));
    }

    [Fact]
    public void DownstreamAgentWhoseUpstreamReRanWithTheSameOutputDoesNotRun()
    {
        Assert.Contains("qa-engineer", UiChange.Downstream);
        Assert.False(UiChange.MustRun(DeltaSamples.BuiltIn("qa-engineer"), Array.Empty<string>()));
    }

    [Fact]
    public void DownstreamAgentRunsWhenADependencysOutputChanged()
    {
        Assert.True(UiChange.MustRun(DeltaSamples.BuiltIn("qa-engineer"), new[] { "frontend-developer" }));
    }

    [Fact]
    public void ChangedOutputOfAnAgentItDoesNotDependOnDirectlyDoesNotMakeItRun()
    {
        Assert.False(UiChange.MustRun(DeltaSamples.BuiltIn("site-reliability-engineer"), new[] { "frontend-developer" }));
    }

    [Fact]
    public void WithoutPreviousStateEveryAgentRuns()
    {
        var delta = DeltaAnalyzer.Analyze(null, DeltaSamples.Shop(), DeltaSamples.PlanOf(DeltaSamples.Shop()));

        Assert.All(DeltaSamples.PlanOf(DeltaSamples.Shop()).Agents, agent => Assert.True(delta.MustRun(agent.Definition, Array.Empty<string>())));
    }

    [Theory]
    [InlineData("", "frontend-developer")]
    [InlineData("frontend-developer", "frontend-developer,qa-engineer")]
    [InlineData("frontend-developer,qa-engineer", "frontend-developer,qa-engineer,site-reliability-engineer")]
    [InlineData("frontend-developer,qa-engineer,site-reliability-engineer", "development-coordinator,frontend-developer,qa-engineer,site-reliability-engineer")]
    public void ARunStopsWhereOutputsStopChanging(string agentsWhoseOutputChanges, string expectedRuns)
    {
        var changes = new HashSet<string>(agentsWhoseOutputChanges.Split(','), StringComparer.Ordinal);
        var changedOutputs = new HashSet<string>(StringComparer.Ordinal);
        var ran = new List<string>();

        foreach (var planned in DeltaSamples.PlanOf(DeltaSamples.Shop()).Agents.OrderBy(agent => agent.Group))
        {
            if (UiChange.MustRun(planned.Definition, changedOutputs))
            {
                ran.Add(planned.Definition.Name);
                if (changes.Contains(planned.Definition.Name))
                {
                    changedOutputs.Add(planned.Definition.Name);
                }
            }
        }

        Assert.Equal(expectedRuns.Split(','), ran.OrderBy(name => name, StringComparer.Ordinal));
    }
}
