using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Execution;
using Xunit;

namespace FullstackDevelop.Core.Tests.Execution;

public sealed class AgentSchedulerFailureTests
{
    private static readonly SchedulerOptions ShortTimeouts = Agents.Options with
    {
        Timeouts = new AgentTimeoutPolicy { Minimum = TimeSpan.FromMilliseconds(1), EstimateMultiplier = 0.001 },
    };

    [Fact(Timeout = 10_000)]
    public async Task AFailingAgentSkipsItsDependentsTransitivelyWhileIndependentAgentsFinish()
    {
        var runner = new ScriptedRunner().On("backend", (_, _) => Task.FromResult(AgentOutcome.Failure("SQL42", "relation \"books\" already exists", isRetryable: false)));

        var result = await runner.RunAsync(
            Agents.Options,
            3,
            Agents.Template("architect", 5),
            Agents.Template("backend", 5, "architect"),
            Agents.Template("qa", 5, "backend"),
            Agents.Template("sre", 5, "qa"),
            Agents.Template("frontend", 5, "architect"),
            Agents.Template("docs", 5)).Within();

        var byName = result.Agents.ToDictionary(agent => agent.Agent);
        Assert.False(result.Succeeded);
        Assert.False(result.WasCancelled);
        Assert.Equal((AgentRunStatus.Failed, 1, "SQL42", "relation \"books\" already exists"), (byName["backend"].Status, byName["backend"].Attempts, byName["backend"].ErrorCode, byName["backend"].Output));
        foreach (var skipped in new[] { "qa", "sre" })
        {
            Assert.Equal((AgentRunStatus.Skipped, 0, AgentErrorCodes.DependencyFailed, "backend"), (byName[skipped].Status, byName[skipped].Attempts, byName[skipped].ErrorCode, byName[skipped].BlockedBy));
            Assert.Contains("'backend'", byName[skipped].Output, StringComparison.Ordinal);
            Assert.Null(byName[skipped].StartedAt);
            Assert.Equal(0, runner.CallsOf(skipped));
        }

        foreach (var succeeded in new[] { "architect", "frontend", "docs" })
        {
            Assert.Equal(AgentRunStatus.Succeeded, byName[succeeded].Status);
            Assert.Equal(ScriptedRunner.Hash(succeeded), byName[succeeded].OutputHash);
        }
    }

    [Fact(Timeout = 10_000)]
    public async Task ARunnerThatThrowsFailsItsAgentOnly()
    {
        var runner = new ScriptedRunner().On("broken", (_, _) => throw new InvalidOperationException("template 'x' not found"));

        var result = await runner.RunAsync(Agents.Options, 3, Agents.Template("broken", 1), Agents.Template("fine", 1)).Within();

        var broken = result.Agents[0];
        Assert.Equal((AgentRunStatus.Failed, AgentErrorCodes.RunnerCrashed), (broken.Status, broken.ErrorCode));
        Assert.Contains("template 'x' not found", broken.Output, StringComparison.Ordinal);
        Assert.Equal(AgentRunStatus.Succeeded, result.Agents[1].Status);
    }

    [Fact(Timeout = 10_000)]
    public async Task AnAgentWithoutHistoryTimesOutAfterItsEstimateTimesTheFactor()
    {
        // 1 minute × 0.001 = 60 ms.
        var clock = new WatchedClock();
        var runner = new ScriptedRunner().On("hangs", Agents.Hang);

        var run = runner.RunAsync(ShortTimeouts with { TimeProvider = clock }, 3, Agents.Template("hangs", 1), Agents.Template("after", 1, "hangs"));
        await clock.Armed(TimeSpan.FromMilliseconds(60)).Within();
        clock.Advance(TimeSpan.FromMilliseconds(60));
        var result = await run.Within();

        var hangs = result.Agents[0];
        Assert.Equal((AgentRunStatus.TimedOut, AgentErrorCodes.TimedOut, 1), (hangs.Status, hangs.ErrorCode, hangs.Attempts));
        Assert.Contains("00:00:00.06", hangs.Output, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMilliseconds(60), hangs.Duration);
        Assert.Equal((AgentRunStatus.Skipped, "hangs"), (result.Agents[1].Status, result.Agents[1].BlockedBy));
        Assert.Contains("timed out", result.Agents[1].Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 10_000)]
    public async Task AnAgentWithHistoryTimesOutAfterItsPercentileTimesTheFactorAndATimeoutIsNotRetried()
    {
        // The estimate alone would allow 2 hours; the history (p95 of 10, 20, 20 ms, × 3) allows 60 ms.
        var clock = new WatchedClock();
        var runner = new ScriptedRunner().On("tool", Agents.Hang);
        var history = new AgentHistory(new Dictionary<string, IReadOnlyList<TimeSpan>>
        {
            ["tool"] = new[] { TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20) },
        });
        var options = Agents.Options with
        {
            Timeouts = new AgentTimeoutPolicy { Minimum = TimeSpan.FromMilliseconds(1) },
            Retries = new CommandRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(1) },
            TimeProvider = clock,
        };

        var run = new AgentScheduler(runner, options).RunAsync(new[] { Agents.Command("tool", 60) }, Agents.Profile(3), history, CancellationToken.None);
        await clock.Armed(TimeSpan.FromMilliseconds(60)).Within();
        clock.Advance(TimeSpan.FromMilliseconds(60));
        var result = await run.Within();

        var tool = Assert.Single(result.Agents);
        Assert.Equal((AgentRunStatus.TimedOut, AgentErrorCodes.TimedOut, 1), (tool.Status, tool.ErrorCode, tool.Attempts));
        Assert.Contains("00:00:00.06", tool.Output, StringComparison.Ordinal);
        Assert.Equal(1, runner.CallsOf("tool"));
    }

    [Fact(Timeout = 10_000)]
    public async Task AResultThatArrivesAfterTheTimeoutIsATimeout()
    {
        // This runner ignores its token and answers only once the timeout has passed.
        var clock = new WatchedClock();
        var timeoutPassed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ScriptedRunner().On("deaf", async (_, _) =>
        {
            await timeoutPassed.Task;
            return AgentOutcome.Success("late");
        });

        var run = runner.RunAsync(ShortTimeouts with { TimeProvider = clock }, 3, Agents.Template("deaf", 1));
        await clock.Armed(TimeSpan.FromMilliseconds(60)).Within();
        clock.Advance(TimeSpan.FromMilliseconds(60));
        timeoutPassed.SetResult(true);
        var result = await run.Within();

        var deaf = Assert.Single(result.Agents);
        Assert.Equal(AgentRunStatus.TimedOut, deaf.Status);
        Assert.Null(deaf.OutputHash);
    }
}
