using System;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Tests.Execution;

/// <summary>Agents, profiles and options for scheduler tests.</summary>
internal static class Agents
{
    /// <summary>Plenty of cores, so only the profile limits concurrency.</summary>
    public static readonly SchedulerOptions Options = new() { ProcessorCount = 64 };

    public static AgentDefinition Template(string name, int minutes, params string[] dependsOn) =>
        new(name, EquatableArray.Of(dependsOn), default, minutes, "1.0.0", false, null, default);

    public static AgentDefinition Command(string name, int minutes, params string[] dependsOn) =>
        Template(name, minutes, dependsOn) with { Command = "tool " + name };

    public static ResourceProfile Profile(int maxConcurrentAgents) => ResourceProfiles.For(ProjectScale.Small) with { MaxConcurrentAgents = maxConcurrentAgents };

    public static Task<ScheduleResult> RunAsync(this ScriptedRunner runner, SchedulerOptions options, int maxConcurrentAgents, params AgentDefinition[] agents) =>
        new AgentScheduler(runner, options).RunAsync(agents, Profile(maxConcurrentAgents), AgentHistory.Empty, CancellationToken.None);

    /// <summary>Waits for <paramref name="task"/>, failing the test instead of hanging it.</summary>
    public static Task<T> Within<T>(this Task<T> task, int seconds = 5) => task.WaitAsync(TimeSpan.FromSeconds(seconds));

    /// <summary>Waits for <paramref name="task"/>, failing the test instead of hanging it.</summary>
    public static Task Within(this Task task, int seconds = 5) => task.WaitAsync(TimeSpan.FromSeconds(seconds));

    /// <summary>A script that runs until cancelled.</summary>
    public static async Task<AgentOutcome> Hang(int attempt, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable: an infinite delay ended");
    }
}
