using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Execution;

/// <summary>How well a run used its parallelism.</summary>
/// <param name="Makespan">From the first agent's start to the last agent's end.</param>
/// <param name="CriticalPathLowerBound">
/// The longest chain of dependent agents, by their actual durations: no schedule of this run, however
/// parallel, could have finished sooner.
/// </param>
/// <param name="ParallelEfficiency">
/// <see cref="CriticalPathLowerBound"/> ÷ <see cref="Makespan"/>: 1 when the run was as fast as its dependencies
/// allow, lower when agents waited for a free slot or for the scheduler. 1 when no agent ran.
/// </param>
public sealed record ScheduleMetrics(TimeSpan Makespan, TimeSpan CriticalPathLowerBound, double ParallelEfficiency)
{
    internal static ScheduleMetrics Measure(RunGraph graph, IReadOnlyDictionary<string, AgentRunResult> results)
    {
        var ran = results.Values.Where(result => result.StartedAt is not null && result.EndedAt is not null).ToList();
        var makespan = ran.Count == 0 ? TimeSpan.Zero : ran.Max(result => result.EndedAt!.Value) - ran.Min(result => result.StartedAt!.Value);
        var finish = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var lowerBound = graph.Agents.Select(agent => FinishOf(agent.Name, graph, results, finish)).DefaultIfEmpty(TimeSpan.Zero).Max();
        var efficiency = makespan > TimeSpan.Zero ? (double)lowerBound.Ticks / makespan.Ticks : 1;
        return new ScheduleMetrics(makespan, lowerBound, efficiency);
    }

    // The earliest an agent could have ended had it started the moment its dependencies ended.
    private static TimeSpan FinishOf(string name, RunGraph graph, IReadOnlyDictionary<string, AgentRunResult> results, Dictionary<string, TimeSpan> finish)
    {
        if (finish.TryGetValue(name, out var known))
        {
            return known;
        }

        var start = graph.DependenciesOf(name).Select(dependency => FinishOf(dependency, graph, results, finish)).DefaultIfEmpty(TimeSpan.Zero).Max();
        var end = start + results[name].Duration;
        finish[name] = end;
        return end;
    }
}
