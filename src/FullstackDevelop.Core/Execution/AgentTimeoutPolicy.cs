using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Execution;

/// <summary>
/// How long one attempt of an agent may run before it is stopped as timed out:
/// <list type="bullet">
/// <item>with recorded durations, <see cref="HistoryMultiplier"/> × their <see cref="HistoryPercentile"/> (nearest rank);</item>
/// <item>without, <see cref="EstimateMultiplier"/> × the agent's <see cref="AgentDefinition.EstimatedMinutes"/>;</item>
/// <item>never less than <see cref="Minimum"/>, nor more than a day: no build step should take longer.</item>
/// </list>
/// A high percentile rather than the maximum lets one freak slow run age out; the multiplier leaves room for a
/// slower machine or a cold disk; the floor keeps an agent whose history is a few milliseconds from timing out on noise.
/// </summary>
public sealed record AgentTimeoutPolicy
{
    private static readonly TimeSpan Maximum = TimeSpan.FromDays(1);

    /// <summary>The percentile of the recorded durations the timeout scales, in (0, 1]. Default 0.95.</summary>
    public double HistoryPercentile { get; init; } = 0.95;

    /// <summary>The factor applied to that percentile. Default 3.</summary>
    public double HistoryMultiplier { get; init; } = 3;

    /// <summary>The factor applied to the estimate when the agent has no history. Default 2.</summary>
    public double EstimateMultiplier { get; init; } = 2;

    /// <summary>The shortest timeout. Default 30 seconds.</summary>
    public TimeSpan Minimum { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The timeout of one attempt of <paramref name="agent"/>, given its recorded durations.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="history">Its recorded durations, in any order; empty when it has none.</param>
    public TimeSpan TimeoutFor(AgentDefinition agent, IReadOnlyList<TimeSpan> history)
    {
        var timeout = history.Count > 0
            ? TimeSpan.FromTicks((long)(HistoryMultiplier * Percentile(history).Ticks))
            : TimeSpan.FromMinutes(EstimateMultiplier * agent.EstimatedMinutes);
        return timeout < Minimum ? Minimum : timeout > Maximum ? Maximum : timeout;
    }

    private TimeSpan Percentile(IReadOnlyList<TimeSpan> history)
    {
        var sorted = history.OrderBy(duration => duration).ToList();
        var rank = (int)Math.Ceiling(HistoryPercentile * sorted.Count);
        return sorted[Math.Min(Math.Max(rank, 1), sorted.Count) - 1];
    }
}
