using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Execution;

/// <summary>
/// The durations of each agent's recent successful runs, newest last, from which the scheduler derives
/// timeouts (<see cref="AgentTimeoutPolicy"/>). The host persists it between builds.
/// </summary>
public sealed class AgentHistory
{
    /// <summary>How many durations are kept per agent: enough for a 95th percentile, few enough to follow a project that grows.</summary>
    public const int SamplesKept = 20;

    /// <summary>Creates a history from persisted durations; each agent keeps its newest <see cref="SamplesKept"/>.</summary>
    /// <param name="durations">Each agent's durations, oldest first.</param>
    public AgentHistory(IReadOnlyDictionary<string, IReadOnlyList<TimeSpan>> durations)
    {
        Durations = durations.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<TimeSpan>)Newest(pair.Value), StringComparer.Ordinal);
    }

    /// <summary>A history with no runs.</summary>
    public static AgentHistory Empty { get; } = new(new Dictionary<string, IReadOnlyList<TimeSpan>>());

    /// <summary>Each agent's durations, oldest first: what the host persists.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TimeSpan>> Durations { get; }

    /// <summary>The durations of <paramref name="agent"/>'s recorded runs, oldest first; empty when it has none.</summary>
    public IReadOnlyList<TimeSpan> DurationsOf(string agent) =>
        Durations.TryGetValue(agent, out var durations) ? durations : Array.Empty<TimeSpan>();

    /// <summary>
    /// This history plus the durations of the agents that succeeded in <paramref name="result"/>.
    /// Failed, timed-out and cancelled runs are left out: they say nothing about how long the work takes.
    /// </summary>
    public AgentHistory Record(ScheduleResult result)
    {
        var durations = Durations.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        foreach (var agent in result.Agents.Where(agent => agent.Status == AgentRunStatus.Succeeded))
        {
            durations[agent.Agent] = DurationsOf(agent.Agent).Concat(new[] { agent.Duration }).ToList();
        }

        return new AgentHistory(durations);
    }

    private static List<TimeSpan> Newest(IReadOnlyList<TimeSpan> durations) =>
        durations.Skip(Math.Max(0, durations.Count - SamplesKept)).ToList();
}
