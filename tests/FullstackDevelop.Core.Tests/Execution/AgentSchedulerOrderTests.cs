using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using Xunit;

namespace FullstackDevelop.Core.Tests.Execution;

public sealed class AgentSchedulerOrderTests
{
    [Fact(Timeout = 10_000)]
    public async Task NoAgentStartsBeforeEveryDependencyHasEnded()
    {
        var runner = new ScriptedRunner();
        foreach (var agent in BuiltInAgents.All)
        {
            runner.On(agent.Name, async (_, token) =>
            {
                await Task.Delay(5, token);
                return AgentOutcome.Success(ScriptedRunner.Hash(agent.Name));
            });
        }

        var result = await new AgentScheduler(runner, Agents.Options)
            .RunAsync(BuiltInAgents.All, ResourceProfiles.For(ProjectScale.Small), AgentHistory.Empty, CancellationToken.None)
            .Within();

        Assert.True(result.Succeeded);
        var events = runner.Events.ToList();
        foreach (var agent in BuiltInAgents.All)
        {
            foreach (var dependency in agent.DependsOn)
            {
                Assert.True(
                    events.IndexOf("end " + dependency) < events.IndexOf("start " + agent.Name),
                    $"{agent.Name} started before {dependency} ended: {string.Join(", ", events)}");
            }
        }

        Assert.Equal(BuiltInAgents.All.Select(agent => agent.Name), result.Agents.Select(agent => agent.Agent));
        Assert.All(result.Agents, agent => Assert.Equal(ScriptedRunner.Hash(agent.Agent), agent.OutputHash));
    }

    [Fact(Timeout = 10_000)]
    public async Task AnAgentStartsAsSoonAsItsDependenciesEndWhileAnEarlierGroupIsStillRunning()
    {
        // Groups: 1 = {slow, a}, 2 = {b}. Group by group, b would wait for slow.
        var slowMayEnd = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ScriptedRunner().On("slow", async (_, token) =>
        {
            await slowMayEnd.Task.WaitAsync(token);
            return AgentOutcome.Success("hash-slow");
        });

        var run = runner.RunAsync(Agents.Options, 3, Agents.Template("slow", 30), Agents.Template("a", 5), Agents.Template("b", 5, "a"));
        await runner.Ended("b").Within();

        Assert.Equal(0, runner.Events.Count(e => e == "end slow"));
        slowMayEnd.SetResult(true);
        var result = await run.Within();
        Assert.True(result.Succeeded);
        var b = result.Agents.Single(agent => agent.Agent == "b");
        var slow = result.Agents.Single(agent => agent.Agent == "slow");
        Assert.True(b.EndedAt <= slow.EndedAt);
    }

    [Fact(Timeout = 10_000)]
    public async Task NoMoreAgentsRunAtOnceThanTheProfileAllows()
    {
        var cap = 3;
        var firstWaveMayEnd = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ScriptedRunner();
        var names = Enumerable.Range(1, 10).Select(i => $"agent-{i:00}").ToArray();
        foreach (var name in names)
        {
            runner.On(name, async (_, token) =>
            {
                await firstWaveMayEnd.Task.WaitAsync(token);
                await Task.Delay(2, token);
                return AgentOutcome.Success(ScriptedRunner.Hash(name));
            });
        }

        var run = runner.RunAsync(Agents.Options, cap, names.Select(name => Agents.Template(name, 1)).ToArray());
        await WaitUntil(() => runner.Running >= cap);

        // Every slot is taken and held: give a wrong scheduler the time to start a fourth agent.
        await Task.Delay(50);
        Assert.Equal(cap, names.Sum(runner.CallsOf));
        firstWaveMayEnd.SetResult(true);
        var result = await run.Within();

        Assert.True(result.Succeeded);
        Assert.Equal(cap, runner.MaxRunning);
    }

    [Fact(Timeout = 10_000)]
    public async Task NoMoreAgentsRunAtOnceThanTheMachineHasCores()
    {
        var runner = new ScriptedRunner();
        var names = Enumerable.Range(1, 8).Select(i => $"agent-{i}").ToArray();
        foreach (var name in names)
        {
            runner.On(name, async (_, token) =>
            {
                await Task.Delay(10, token);
                return AgentOutcome.Success(ScriptedRunner.Hash(name));
            });
        }

        var result = await runner.RunAsync(Agents.Options with { ProcessorCount = 2 }, 12, names.Select(name => Agents.Template(name, 1)).ToArray()).Within();

        Assert.True(result.Succeeded);
        Assert.InRange(runner.MaxRunning, 1, 2);
    }

    [Fact]
    public void TheConcurrencyLimitIsTheSmallerOfTheProfileAndTheCores()
    {
        var small = ResourceProfiles.For(ProjectScale.Small);

        Assert.Equal(3, new AgentScheduler(new ScriptedRunner(), Agents.Options with { ProcessorCount = 16 }).ConcurrencyLimitFor(small));
        Assert.Equal(2, new AgentScheduler(new ScriptedRunner(), Agents.Options with { ProcessorCount = 2 }).ConcurrencyLimitFor(small));
        Assert.Equal(1, new AgentScheduler(new ScriptedRunner(), Agents.Options with { ProcessorCount = 0 }).ConcurrencyLimitFor(small));
    }

    [Fact(Timeout = 10_000)]
    public async Task ADependencyOutsideTheRunCountsAsDone()
    {
        // The host runs only the agents whose inputs changed; technical-architect's result came from the cache.
        var runner = new ScriptedRunner();

        var result = await runner.RunAsync(Agents.Options, 3, Agents.Template("frontend-developer", 25, "technical-architect")).Within();

        Assert.Equal(AgentRunStatus.Succeeded, Assert.Single(result.Agents).Status);
        Assert.Equal(1, runner.CallsOf("frontend-developer"));
    }

    [Fact]
    public async Task DuplicateNamesAndCyclesAreRejected()
    {
        var runner = new ScriptedRunner();

        var duplicate = await Assert.ThrowsAsync<ArgumentException>(() => runner.RunAsync(Agents.Options, 3, Agents.Template("a", 1), Agents.Template("a", 2)));
        var cycle = await Assert.ThrowsAsync<ArgumentException>(() => runner.RunAsync(Agents.Options, 3, Agents.Template("a", 1, "b"), Agents.Template("b", 1, "a")));

        Assert.Contains("'a'", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("a -> b -> a", cycle.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Events);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!condition())
        {
            await Task.Delay(1, timeout.Token);
        }
    }
}
