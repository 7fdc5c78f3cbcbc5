using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Planning;

/// <summary>An agent the planner schedules: one of the built-in agents or a custom one.</summary>
/// <param name="Name">Its name.</param>
/// <param name="DependsOn">The agents that must finish first, sorted.</param>
/// <param name="Reads">The requirement key prefixes it reads, sorted.</param>
/// <param name="EstimatedMinutes">Its estimated duration.</param>
/// <param name="Version">Its version.</param>
/// <param name="IsBuiltIn">True for the eight built-in agents.</param>
/// <param name="Command">The command a command agent runs.</param>
/// <param name="Outputs">The files a command agent writes.</param>
/// <param name="Templates">The templates a custom template agent renders; empty for the built-in agents, whose files are <see cref="Agents.BuiltInAgentArtifacts"/>.</param>
public sealed record AgentDefinition(
    string Name,
    EquatableArray<string> DependsOn,
    EquatableArray<string> Reads,
    int EstimatedMinutes,
    string Version,
    bool IsBuiltIn,
    string? Command,
    EquatableArray<string> Outputs,
    EquatableArray<CustomAgentTemplate> Templates = default);
