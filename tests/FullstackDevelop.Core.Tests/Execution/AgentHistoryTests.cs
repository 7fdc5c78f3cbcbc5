using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;
using Xunit;

namespace FullstackDevelop.Core.Tests.Execution;

public sealed class AgentHistoryTests
{
    private static AgentRunResult Run(string agent, AgentRunStatus status, int seconds) =>
        new(agent, status, 1, null, null, TimeSpan.FromSeconds(seconds), null, null, null, null);

    private static ScheduleResult Result(params AgentRunResult[] agents) =>
        new(EquatableArray.Of(agents), new ScheduleMetrics(TimeSpan.Zero, TimeSpan.Zero, 1));

    [Fact]
    public void RecordingKeepsTheDurationsOfSuccessfulRunsOnly()
    {
        var history = AgentHistory.Empty
            .Record(Result(Run("a", AgentRunStatus.Succeeded, 3), Run("b", AgentRunStatus.Failed, 9), Run("c", AgentRunStatus.TimedOut, 60)))
            .Record(Result(Run("a", AgentRunStatus.Succeeded, 4), Run("b", AgentRunStatus.Succeeded, 5), Run("c", AgentRunStatus.Cancelled, 1)));

        Assert.Equal(new[] { TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4) }, history.DurationsOf("a"));
        Assert.Equal(new[] { TimeSpan.FromSeconds(5) }, history.DurationsOf("b"));
        Assert.Empty(history.DurationsOf("c"));
        Assert.Equal(new[] { "a", "b" }, history.Durations.Keys.OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public void OnlyTheNewestSamplesAreKept()
    {
        var history = Enumerable.Range(1, AgentHistory.SamplesKept + 5)
            .Aggregate(AgentHistory.Empty, (current, seconds) => current.Record(Result(Run("a", AgentRunStatus.Succeeded, seconds))));

        Assert.Equal(Enumerable.Range(6, AgentHistory.SamplesKept).Select(seconds => TimeSpan.FromSeconds(seconds)), history.DurationsOf("a"));
    }

    [Fact]
    public void APersistedHistoryLoadsTrimmedToTheNewestSamples()
    {
        var persisted = new Dictionary<string, IReadOnlyList<TimeSpan>> { ["a"] = Enumerable.Range(1, 30).Select(seconds => TimeSpan.FromSeconds(seconds)).ToList() };

        var history = new AgentHistory(persisted);

        Assert.Equal(TimeSpan.FromSeconds(11), history.DurationsOf("a")[0]);
        Assert.Equal(AgentHistory.SamplesKept, history.DurationsOf("a").Count);
    }
}
