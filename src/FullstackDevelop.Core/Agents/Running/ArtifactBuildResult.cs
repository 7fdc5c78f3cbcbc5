using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>What <see cref="ArtifactBuilder"/> did: the delta, each agent's report, the files and the run's metrics.</summary>
/// <param name="Plan">The plan the agents ran by.</param>
/// <param name="Delta">What changed since the previous build.</param>
/// <param name="Agents">Every agent's report, in plan order.</param>
/// <param name="Files">The files of every agent that succeeded, by path in the output folder.</param>
/// <param name="AgentFiles">The paths each agent that succeeded produced, by agent, so the next build can find them.</param>
/// <param name="Metrics">How well the run used its parallelism.</param>
/// <param name="History">The agents' durations with this run's added, for the next build's timeouts.</param>
/// <param name="Conflicts">Paths two agents both produced; the first agent in plan order keeps the file.</param>
public sealed record ArtifactBuildResult(
    ExecutionPlan Plan,
    ProjectDelta Delta,
    EquatableArray<AgentReport> Agents,
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> AgentFiles,
    ScheduleMetrics Metrics,
    AgentHistory History,
    EquatableArray<string> Conflicts)
{
    /// <summary>True when every agent produced its files.</summary>
    public bool Succeeded => Agents.All(agent => agent.Succeeded);

    /// <summary>The agents that did their work in this build.</summary>
    public int RanCount => Agents.Count(agent => agent.Status == "ran");

    /// <summary>The agents whose result was reused.</summary>
    public int ReusedCount => Agents.Count(agent => agent.WasReused);

    /// <summary>The agents that did not produce files: failed, timed out, skipped or cancelled.</summary>
    public int NotDoneCount => Agents.Count(agent => !agent.Succeeded);

    /// <summary>Reused results among the agents that produced files: 1 when nothing had to run, 0 on a cold build.</summary>
    public double CacheHitRatio
    {
        get
        {
            var done = Agents.Count(agent => agent.Succeeded);
            return done == 0 ? 0 : (double)ReusedCount / done;
        }
    }

    /// <summary>What the reused results took when they were produced: the time this build did not spend.</summary>
    public TimeSpan TimeSaved => new(Agents.Sum(agent => agent.TimeSaved.Ticks));
}
