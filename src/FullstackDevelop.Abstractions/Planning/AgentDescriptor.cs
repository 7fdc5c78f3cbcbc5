using System;
using System.Collections.Generic;

namespace FullstackDevelop.Planning;

/// <summary>One agent of the execution plan, built-in or custom.</summary>
public sealed class AgentDescriptor
{
    /// <summary>Creates a descriptor; generated code calls this.</summary>
    public AgentDescriptor(
        string name,
        IReadOnlyList<string> dependsOn,
        IReadOnlyList<string> reads,
        int parallelGroup,
        TimeSpan estimatedDuration,
        string version,
        bool isBuiltIn,
        string? command,
        IReadOnlyList<string> outputs)
    {
        Name = name;
        DependsOn = dependsOn;
        Reads = reads;
        ParallelGroup = parallelGroup;
        EstimatedDuration = estimatedDuration;
        Version = version;
        IsBuiltIn = isBuiltIn;
        Command = command;
        Outputs = outputs;
    }

    /// <summary>The agent's name, such as <c>backend-developer</c>.</summary>
    public string Name { get; }

    /// <summary>The agents that must finish before this one starts.</summary>
    public IReadOnlyList<string> DependsOn { get; }

    /// <summary>The requirement key prefixes the agent reads.</summary>
    public IReadOnlyList<string> Reads { get; }

    /// <summary>The 1-based parallel group (topological level) the agent runs in.</summary>
    public int ParallelGroup { get; }

    /// <summary>The estimated duration used for scheduling and the critical path.</summary>
    public TimeSpan EstimatedDuration { get; }

    /// <summary>The agent's version; part of its cache key.</summary>
    public string Version { get; }

    /// <summary>True for the eight agents that ship with FullstackDevelop.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>The command a command agent runs, or <see langword="null"/> for a template agent.</summary>
    public string? Command { get; }

    /// <summary>The files a command agent declares it writes.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
