using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>The execution plan as the architecture document and the delivery report show it (<c>plan</c>).</summary>
/// <param name="Agents">Every agent in plan order.</param>
/// <param name="Groups">The parallel groups in execution order.</param>
/// <param name="CriticalPath">The agents of the longest chain, first to last.</param>
/// <param name="CriticalPathMinutes">The sum of their estimates.</param>
/// <param name="SequentialMinutes">The sum of every agent's estimate.</param>
/// <param name="MaxConcurrentAgents">The agents the resource profile lets run at once.</param>
/// <param name="Mermaid">The plan as a Mermaid flowchart.</param>
public sealed record ArtifactPlan(
    EquatableArray<ArtifactPlanAgent> Agents,
    EquatableArray<ArtifactPlanGroup> Groups,
    EquatableArray<string> CriticalPath,
    int CriticalPathMinutes,
    int SequentialMinutes,
    int MaxConcurrentAgents,
    string Mermaid);

/// <summary>An agent of the plan.</summary>
/// <param name="Name">Its name.</param>
/// <param name="DependsOn">The agents it waits for.</param>
/// <param name="Group">Its parallel group.</param>
/// <param name="EstimatedMinutes">Its estimate.</param>
/// <param name="IsBuiltIn">True for the eight built-in agents.</param>
/// <param name="Command">A custom agent's command, or null.</param>
/// <param name="Files">
/// The files it writes, relative to the artifacts folder: a built-in agent's artifact paths (a per-entity path keeps its
/// <c>{entity}</c>, <c>{entity-kebab}</c> or <c>{table}</c> token), a command agent's declared outputs.
/// </param>
public sealed record ArtifactPlanAgent(string Name, EquatableArray<string> DependsOn, int Group, int EstimatedMinutes, bool IsBuiltIn, string? Command, EquatableArray<string> Files);

/// <summary>A parallel group.</summary>
/// <param name="Number">Its 1-based number.</param>
/// <param name="Agents">Its agents, sorted.</param>
/// <param name="DurationMinutes">Its longest estimate.</param>
public sealed record ArtifactPlanGroup(int Number, EquatableArray<string> Agents, int DurationMinutes);
