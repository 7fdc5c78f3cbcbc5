using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Delta;

/// <summary>What changed since the previous build and which agents that affects.</summary>
/// <param name="ChangedKeys">The <see cref="RequirementKeys"/> added, removed or changed, sorted.</param>
/// <param name="DirectlyAffected">The agents that read a changed key (every agent when there is no previous build), sorted.</param>
/// <param name="Downstream">The agents that depend, transitively, on a directly affected agent and are not directly affected themselves, sorted.</param>
/// <param name="Strategy">The seed's optimisation strategy.</param>
/// <param name="EstimatedMinutesSaved">The estimates of the agents that are neither directly affected nor downstream.</param>
public sealed record ProjectDelta(
    EquatableArray<string> ChangedKeys,
    EquatableArray<string> DirectlyAffected,
    EquatableArray<string> Downstream,
    RebuildStrategy Strategy,
    int EstimatedMinutesSaved)
{
    /// <summary>
    /// Early cutoff: whether <paramref name="agent"/> must run in this build. It must when it is directly
    /// affected, or when one of its dependencies produced a different output than last time; a downstream
    /// agent whose upstream agents re-ran and produced the same output reuses its previous result.
    /// </summary>
    /// <param name="agent">The agent.</param>
    /// <param name="agentsWithChangedOutput">The agents of this build whose output differs from the previous build's.</param>
    public bool MustRun(AgentDefinition agent, IEnumerable<string> agentsWithChangedOutput)
    {
        if (DirectlyAffected.Contains(agent.Name, StringComparer.Ordinal))
        {
            return true;
        }

        var changed = new HashSet<string>(agentsWithChangedOutput, StringComparer.Ordinal);
        return agent.DependsOn.Any(changed.Contains);
    }
}
