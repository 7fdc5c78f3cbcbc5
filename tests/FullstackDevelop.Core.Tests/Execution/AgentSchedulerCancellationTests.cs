using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Execution;
using Xunit;

namespace FullstackDevelop.Core.Tests.Execution;

public sealed class AgentSchedulerCancellationTests
{
    [Fact(Timeout = 10_000)]
    public async Task CancellingStopsRunningAgentsStartsNoMoreAndReportsEveryUnfinishedAgentCancelled()
    {
        // The clock never moves: an end that waited for any timer would not come.
        var runner = new ScriptedRunner().On("long", Agents.Hang);
        using var build = new CancellationTokenSource();
        var run = new AgentScheduler(runner, Agents.Options with { TimeProvider = new WatchedClock() }).RunAsync(
            new[] { Agents.Template("quick", 1), Agents.Template("long", 1), Agents.Template("after-long", 1, "long") },
            Agents.Profile(3),
            AgentHistory.Empty,
            build.Token);
        await runner.Started("long").Within();
        await runner.Ended("quick").Within();

        build.Cancel();
        var result = await run.Within();

        var byName = result.Agents.ToDictionary(agent => agent.Agent);
        Assert.True(result.WasCancelled);
        Assert.False(result.Succeeded);
        Assert.Equal(AgentRunStatus.Succeeded, byName["quick"].Status);
        Assert.Equal((AgentRunStatus.Cancelled, 1), (byName["long"].Status, byName["long"].Attempts));
        Assert.NotNull(byName["long"].EndedAt);
        Assert.Equal((AgentRunStatus.Cancelled, 0, (DateTimeOffset?)null), (byName["after-long"].Status, byName["after-long"].Attempts, byName["after-long"].StartedAt));
        Assert.Equal(0, runner.CallsOf("after-long"));
    }

    [Fact(Timeout = 10_000)]
    public async Task CancellingCutsARetryDelayShort()
    {
        var runner = new ScriptedRunner().On("tool", (_, _) => Task.FromResult(AgentOutcome.Failure("NET01", "timeout talking to the registry", isRetryable: true)));
        var clock = new WatchedClock();
        var options = Agents.Options with { Retries = new CommandRetryPolicy { BaseDelay = TimeSpan.FromHours(1), UseJitter = false }, TimeProvider = clock };
        using var build = new CancellationTokenSource();
        var run = new AgentScheduler(runner, options).RunAsync(new[] { Agents.Command("tool", 1) }, Agents.Profile(3), AgentHistory.Empty, build.Token);
        await clock.Armed(TimeSpan.FromHours(1)).Within();

        build.Cancel();
        var result = await run.Within();

        Assert.Equal((AgentRunStatus.Cancelled, 1), (result.Agents[0].Status, result.Agents[0].Attempts));
    }

    [Fact(Timeout = 10_000)]
    public async Task ARunCancelledBeforeItStartsRunsNothing()
    {
        var runner = new ScriptedRunner();

        var result = await new AgentScheduler(runner, Agents.Options)
            .RunAsync(new[] { Agents.Template("a", 1), Agents.Template("b", 1, "a") }, Agents.Profile(3), AgentHistory.Empty, new CancellationToken(canceled: true))
            .Within();

        Assert.All(result.Agents, agent => Assert.Equal(AgentRunStatus.Cancelled, agent.Status));
        Assert.Empty(runner.Events);
        Assert.Equal(TimeSpan.Zero, result.Metrics.Makespan);
    }
}
