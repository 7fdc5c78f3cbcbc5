using System;
using System.Collections.Generic;

namespace FullstackDevelop.Planning;

/// <summary>A set of agents whose dependencies are all in earlier groups, so they can run at the same time.</summary>
public sealed class ParallelGroup
{
    /// <summary>Creates a group; generated code calls this.</summary>
    public ParallelGroup(int number, IReadOnlyList<string> agents, TimeSpan duration)
    {
        Number = number;
        Agents = agents;
        Duration = duration;
    }

    /// <summary>The 1-based group number, in execution order.</summary>
    public int Number { get; }

    /// <summary>The names of the agents in the group, in alphabetical order.</summary>
    public IReadOnlyList<string> Agents { get; }

    /// <summary>The longest estimated duration among the group's agents.</summary>
    public TimeSpan Duration { get; }

    /// <inheritdoc/>
    public override string ToString() => Number + ": " + string.Join(", ", Agents);
}
