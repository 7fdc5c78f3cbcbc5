using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Core.Execution;
using Xunit;

namespace FullstackDevelop.Core.Tests.Execution;

public sealed class AgentSchedulerRetryTests
{
    private static SchedulerOptions RetryOptions(TimeSpan baseDelay, int maxRetryAttempts = 3, int breakerMinimumThroughput = 10) => Agents.Options with
    {
        Retries = new CommandRetryPolicy
        {
            MaxRetryAttempts = maxRetryAttempts,
            BaseDelay = baseDelay,
            UseJitter = false,
            BreakerFailureRatio = 1,
            BreakerMinimumThroughput = breakerMinimumThroughput,
        },
    };

    private static AgentOutcome Transient(string agent) => AgentOutcome.Failure("NET01", agent + ": connection reset", isRetryable: true);

    [Fact(Timeout = 10_000)]
    public async Task ACommandAgentThatFailsTwiceIsRetriedWithExponentialBackoffAndSucceedsOnTheThirdAttempt()
    {
        var clock = new WatchedClock();
        var attemptStarts = new ConcurrentQueue<TimeSpan>();
        var runner = new ScriptedRunner().On("npm-build", (attempt, _) =>
        {
            attemptStarts.Enqueue(clock.Elapsed);
            return Task.FromResult(attempt < 3 ? Transient("npm-build") : AgentOutcome.Success("hash-bundle"));
        });

        var run = runner.RunAsync(RetryOptions(TimeSpan.FromMilliseconds(40)) with { TimeProvider = clock }, 3, Agents.Command("npm-build", 2));

        // The clock moves only once each delay is armed, so every attempt starts exactly when its delay ends.
        await clock.Armed(TimeSpan.FromMilliseconds(40)).Within();
        clock.Advance(TimeSpan.FromMilliseconds(40));
        await clock.Armed(TimeSpan.FromMilliseconds(80)).Within();
        clock.Advance(TimeSpan.FromMilliseconds(80));
        var result = await run.Within();

        var agent = Assert.Single(result.Agents);
        Assert.Equal((AgentRunStatus.Succeeded, 3, "hash-bundle"), (agent.Status, agent.Attempts, agent.OutputHash));
        Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(120) }, attemptStarts.ToArray());
    }

    [Fact(Timeout = 10_000)]
    public async Task ACommandAgentGivesUpAfterItsRetriesWithTheLastFailure()
    {
        var runner = new ScriptedRunner().On("flaky", (_, _) => Task.FromResult(Transient("flaky")));

        var result = await runner.RunAsync(RetryOptions(TimeSpan.FromMilliseconds(1), maxRetryAttempts: 2), 3, Agents.Command("flaky", 2)).Within();

        var agent = Assert.Single(result.Agents);
        Assert.Equal((AgentRunStatus.Failed, 3, "NET01", "flaky: connection reset"), (agent.Status, agent.Attempts, agent.ErrorCode, agent.Output));
    }

    [Fact(Timeout = 10_000)]
    public async Task APermanentFailureOfACommandAgentIsNotRetried()
    {
        var runner = new ScriptedRunner().On("lint", (_, _) => Task.FromResult(AgentOutcome.Failure("EXIT2", "3 errors", isRetryable: false)));

        var result = await runner.RunAsync(RetryOptions(TimeSpan.FromMilliseconds(1)), 3, Agents.Command("lint", 1)).Within();

        Assert.Equal((AgentRunStatus.Failed, 1), (result.Agents[0].Status, result.Agents[0].Attempts));
    }

    [Fact(Timeout = 10_000)]
    public async Task ATemplateAgentIsNotRetriedEvenForARetryableFailure()
    {
        var runner = new ScriptedRunner().On("architect", (_, _) => Task.FromResult(Transient("architect")));

        var result = await runner.RunAsync(RetryOptions(TimeSpan.FromMilliseconds(1)), 3, Agents.Template("architect", 20)).Within();

        var agent = Assert.Single(result.Agents);
        Assert.Equal((AgentRunStatus.Failed, 1, "NET01"), (agent.Status, agent.Attempts, agent.ErrorCode));
        Assert.Equal(1, runner.CallsOf("architect"));
    }

    [Fact(Timeout = 10_000)]
    public async Task RepeatedTransientFailuresOpenTheBreakerWhichThenRefusesOtherCommandAgentsButNotTemplateAgents()
    {
        // One at a time, in name order: a-flaky fails three times and opens the breaker, then b-tool and c-template run.
        var runner = new ScriptedRunner().On("a-flaky", (_, _) => Task.FromResult(Transient("a-flaky")));
        var options = RetryOptions(TimeSpan.FromMilliseconds(1), maxRetryAttempts: 10, breakerMinimumThroughput: 3) with { ProcessorCount = 1 };

        var result = await runner.RunAsync(options, 3, Agents.Command("a-flaky", 1), Agents.Command("b-tool", 1), Agents.Template("c-template", 1)).Within();

        var byName = result.Agents.ToDictionary(agent => agent.Agent);
        Assert.Equal((AgentRunStatus.Failed, 3, AgentErrorCodes.CircuitOpen, "a-flaky: connection reset"), (byName["a-flaky"].Status, byName["a-flaky"].Attempts, byName["a-flaky"].ErrorCode, byName["a-flaky"].Output));
        Assert.Equal((AgentRunStatus.Failed, 0, AgentErrorCodes.CircuitOpen), (byName["b-tool"].Status, byName["b-tool"].Attempts, byName["b-tool"].ErrorCode));
        Assert.Contains("circuit breaker", byName["b-tool"].Output, StringComparison.Ordinal);
        Assert.Equal(0, runner.CallsOf("b-tool"));
        Assert.Equal(AgentRunStatus.Succeeded, byName["c-template"].Status);
    }
}
