using System;
using System.Linq;
using FullstackDevelop.Core.Execution;
using Xunit;

namespace FullstackDevelop.Core.Tests.Execution;

public sealed class AgentTimeoutPolicyTests
{
    private static readonly AgentTimeoutPolicy Defaults = new();

    [Fact]
    public void WithoutHistoryTheTimeoutIsTwiceTheEstimate()
    {
        Assert.Equal(TimeSpan.FromMinutes(50), Defaults.TimeoutFor(Agents.Template("backend-developer", 25), Array.Empty<TimeSpan>()));
    }

    [Fact]
    public void WithHistoryTheTimeoutIsThreeTimesThe95thPercentileWhateverTheEstimate()
    {
        // 20 runs of 1..20 s, shuffled: the 95th percentile (nearest rank 19 of 20) is 19 s.
        var history = Enumerable.Range(1, 20).Select(seconds => TimeSpan.FromSeconds(seconds)).OrderBy(duration => duration.Ticks % 7).ToList();

        Assert.Equal(TimeSpan.FromSeconds(57), Defaults.TimeoutFor(Agents.Template("backend-developer", 25), history));
    }

    [Fact]
    public void OneFreakSlowRunInTwentyDoesNotRaiseTheTimeout()
    {
        var history = Enumerable.Repeat(TimeSpan.FromSeconds(20), 19).Append(TimeSpan.FromHours(1)).ToList();

        Assert.Equal(TimeSpan.FromSeconds(60), Defaults.TimeoutFor(Agents.Template("qa-engineer", 30), history));
    }

    [Fact]
    public void TheTimeoutStaysBetweenTheFloorAndADay()
    {
        Assert.Equal(TimeSpan.FromDays(1), Defaults.TimeoutFor(Agents.Template("glacial", 100_000), Array.Empty<TimeSpan>()));
        Assert.Equal(TimeSpan.FromSeconds(30), Defaults.TimeoutFor(Agents.Template("fast", 10), new[] { TimeSpan.FromMilliseconds(4) }));
        Assert.Equal(TimeSpan.FromSeconds(30), Defaults.TimeoutFor(Agents.Template("unestimated", 0), Array.Empty<TimeSpan>()));
    }

    [Fact]
    public void EveryFactorIsConfigurable()
    {
        var policy = new AgentTimeoutPolicy { HistoryPercentile = 0.5, HistoryMultiplier = 2, EstimateMultiplier = 1.5, Minimum = TimeSpan.FromSeconds(1) };
        var history = new[] { TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(30) };

        Assert.Equal(TimeSpan.FromSeconds(8), policy.TimeoutFor(Agents.Template("a", 10), history));
        Assert.Equal(TimeSpan.FromMinutes(15), policy.TimeoutFor(Agents.Template("a", 10), Array.Empty<TimeSpan>()));
    }
}
