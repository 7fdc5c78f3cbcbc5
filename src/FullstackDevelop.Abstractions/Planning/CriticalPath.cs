using System;
using System.Collections.Generic;

namespace FullstackDevelop.Planning;

/// <summary>The longest chain of dependent agents: the shortest time the whole plan can take.</summary>
public sealed class CriticalPath
{
    /// <summary>Creates a critical path; generated code calls this.</summary>
    public CriticalPath(IReadOnlyList<string> agents, TimeSpan length, TimeSpan sequentialSum)
    {
        Agents = agents;
        Length = length;
        SequentialSum = sequentialSum;
    }

    /// <summary>The agents on the path, first to last.</summary>
    public IReadOnlyList<string> Agents { get; }

    /// <summary>The sum of the estimated durations along the path.</summary>
    public TimeSpan Length { get; }

    /// <summary>The sum of every agent's estimated duration: what running them one after another would take.</summary>
    public TimeSpan SequentialSum { get; }

    /// <summary>How many times faster unlimited parallel execution is than sequential execution.</summary>
    public double Speedup => Length == TimeSpan.Zero ? 1d : SequentialSum.TotalMinutes / Length.TotalMinutes;

    /// <inheritdoc/>
    public override string ToString() => string.Join(" -> ", Agents);
}
