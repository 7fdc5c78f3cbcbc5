using System;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;
using Xunit;

namespace FullstackDevelop.Core.Tests.Execution;

public sealed class ScheduleMetricsTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    // Each agent takes exactly its estimate on the fake clock.
    private static ScriptedRunner TakesItsEstimate(WatchedClock clock, params AgentDefinition[] agents)
    {
        var runner = new ScriptedRunner();
        foreach (var agent in agents)
        {
            runner.On(agent.Name, (_, _) =>
            {
                clock.Advance(TimeSpan.FromMinutes(agent.EstimatedMinutes));
                return Task.FromResult(AgentOutcome.Success(ScriptedRunner.Hash(agent.Name)));
            });
        }

        return runner;
    }

    [Fact(Timeout = 10_000)]
    public async Task OneAtATimeTheMakespanIsTheSumAndTheLowerBoundTheLongestChain()
    {
        // a (10) -> b (20), and c (5) on its own, one slot: a, then b (the longer chain ahead), then c.
        var clock = new WatchedClock();
        var agents = new[] { Agents.Template("a", 10), Agents.Template("b", 20, "a"), Agents.Template("c", 5) };
        var runner = TakesItsEstimate(clock, agents);

        var result = await runner.RunAsync(Agents.Options with { ProcessorCount = 1, TimeProvider = clock }, 3, agents).Within();

        Assert.Equal(new[] { "start a", "end a", "start b", "end b", "start c", "end c" }, runner.Events);
        Assert.Equal(
            new[] { (0, 10), (10, 30), (30, 35) },
            result.Agents.Select(agent => ((int)(agent.StartedAt!.Value - clock.Start).TotalMinutes, (int)(agent.EndedAt!.Value - clock.Start).TotalMinutes)));
        Assert.Equal(new[] { 10 * Minute, 20 * Minute, 5 * Minute }, result.Agents.Select(agent => agent.Duration));
        Assert.Equal(new ScheduleMetrics(35 * Minute, 30 * Minute, 30.0 / 35.0), result.Metrics);
    }

    [Fact(Timeout = 10_000)]
    public async Task ASingleChainIsPerfectlyEfficient()
    {
        var clock = new WatchedClock();
        var agents = new[] { Agents.Template("a", 3), Agents.Template("b", 4, "a"), Agents.Template("c", 5, "b") };

        var result = await TakesItsEstimate(clock, agents).RunAsync(Agents.Options with { TimeProvider = clock }, 3, agents).Within();

        Assert.Equal(new ScheduleMetrics(12 * Minute, 12 * Minute, 1.0), result.Metrics);
    }

    [Fact(Timeout = 10_000)]
    public async Task ASkippedAgentAddsNothingToTheLowerBound()
    {
        var clock = new WatchedClock();
        var agents = new[] { Agents.Template("a", 10), Agents.Template("b", 20, "a"), Agents.Template("c", 5) };
        var runner = TakesItsEstimate(clock, agents).On("a", (_, _) =>
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            return Task.FromResult(AgentOutcome.Failure("E1", "broken", isRetryable: false));
        });

        var result = await runner.RunAsync(Agents.Options with { ProcessorCount = 1, TimeProvider = clock }, 3, agents).Within();

        Assert.Equal(new ScheduleMetrics(15 * Minute, 10 * Minute, 10.0 / 15.0), result.Metrics);
    }
}
