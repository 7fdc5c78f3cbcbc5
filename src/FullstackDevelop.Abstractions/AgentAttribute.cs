using System;

namespace FullstackDevelop;

/// <summary>
/// Declares a custom agent that joins the eight built-in agents in the execution plan. It runs
/// after the agents it depends on, reads the requirement keys under its prefixes, and either renders
/// templates or runs <see cref="Command"/>, which writes the files listed in <see cref="Outputs"/>.
/// </summary>
/// <example><code>[assembly: Agent("search-indexer", DependsOn = new[] { "backend-developer" }, Reads = new[] { "search." }, Command = "node tools/index.js", Outputs = new[] { "search/index.json" })]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class AgentAttribute : Attribute
{
    /// <summary>Declares a custom agent.</summary>
    /// <param name="name">The agent's name in lower-case kebab case, unique among all agents.</param>
    public AgentAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The agent's name.</summary>
    public string Name { get; }

    /// <summary>Names of the agents that must finish before this one starts.</summary>
    public string[]? DependsOn { get; set; }

    /// <summary>Requirement key prefixes the agent reads, such as <c>"search."</c>; a change under them re-runs it.</summary>
    public string[]? Reads { get; set; }

    /// <summary>The agent's version; raising it invalidates the agent's cached results.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>Estimated duration in minutes, used for the critical path until the agent has a recorded history.</summary>
    public int EstimatedMinutes { get; set; } = 10;

    /// <summary>A command line to run, from the project directory; when empty the agent renders templates only.</summary>
    public string? Command { get; set; }

    /// <summary>Files the command writes, relative to the output folder. Required when <see cref="Command"/> is set.</summary>
    public string[]? Outputs { get; set; }
}
