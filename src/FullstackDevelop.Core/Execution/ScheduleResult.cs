using System.Linq;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Execution;

/// <summary>What a scheduled run did.</summary>
/// <param name="Agents">Every agent of the run, in the order given to the scheduler.</param>
/// <param name="Metrics">How well the run used its parallelism.</param>
public sealed record ScheduleResult(EquatableArray<AgentRunResult> Agents, ScheduleMetrics Metrics)
{
    /// <summary>True when every agent succeeded.</summary>
    public bool Succeeded => Agents.All(agent => agent.Status == AgentRunStatus.Succeeded);

    /// <summary>True when the run was cancelled before every agent finished.</summary>
    public bool WasCancelled => Agents.Any(agent => agent.Status == AgentRunStatus.Cancelled);
}
