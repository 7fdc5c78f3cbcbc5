using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Planning;

/// <summary>The agent execution plan: the planner's output, which hosts emit or run.</summary>
/// <param name="ProjectName">The project's name.</param>
/// <param name="Agents">Every agent with its group: built-in agents in pipeline order, then custom agents by name.</param>
/// <param name="ParallelGroups">The topological levels, in execution order.</param>
/// <param name="CriticalPath">The longest chain of dependent agents.</param>
/// <param name="ResourceProfile">The resource limits for the project's scale.</param>
/// <param name="Patterns">The recognised reusable patterns.</param>
/// <param name="RequirementsHash">The SHA-256 of the canonical snapshot.</param>
public sealed record ExecutionPlan(
    string ProjectName,
    EquatableArray<PlannedAgent> Agents,
    EquatableArray<ParallelGroup> ParallelGroups,
    CriticalPath CriticalPath,
    ResourceProfile ResourceProfile,
    EquatableArray<RecognizedPattern> Patterns,
    string RequirementsHash);

/// <summary>An agent and the parallel group it runs in.</summary>
/// <param name="Definition">The agent.</param>
/// <param name="Group">Its 1-based parallel group.</param>
public sealed record PlannedAgent(AgentDefinition Definition, int Group);

/// <summary>Agents that can run at the same time.</summary>
/// <param name="Number">The 1-based group number.</param>
/// <param name="Agents">The agents' names, sorted.</param>
/// <param name="DurationMinutes">The longest estimate in the group.</param>
public sealed record ParallelGroup(int Number, EquatableArray<string> Agents, int DurationMinutes);

/// <summary>The longest chain of dependent agents.</summary>
/// <param name="Agents">The agents on it, first to last.</param>
/// <param name="LengthMinutes">The sum of their estimates.</param>
/// <param name="SequentialMinutes">The sum of every agent's estimate.</param>
public sealed record CriticalPath(EquatableArray<string> Agents, int LengthMinutes, int SequentialMinutes);

/// <summary>The resource limits of a scale, from the seed's table.</summary>
/// <param name="Scale">The scale.</param>
/// <param name="MaxConcurrentAgents">Agents that may run at once.</param>
/// <param name="MemoryPerAgentMegabytes">Memory per agent.</param>
/// <param name="CpuPerAgent">CPUs per agent.</param>
/// <param name="TotalProjectMemoryMegabytes">Memory for the whole run.</param>
public sealed record ResourceProfile(ProjectScale Scale, int MaxConcurrentAgents, int MemoryPerAgentMegabytes, double CpuPerAgent, int TotalProjectMemoryMegabytes);

/// <summary>How much a pattern saves.</summary>
public enum OptimizationPotential
{
    /// <summary>Some saving.</summary>
    Medium,

    /// <summary>A large saving.</summary>
    High,

    /// <summary>A very large saving.</summary>
    VeryHigh,
}

/// <summary>A reusable pattern recognised in the requirements.</summary>
/// <param name="Type">The pattern: <c>authentication</c> or <c>crud-operations</c>.</param>
/// <param name="Frequency">How many places use it.</param>
/// <param name="Potential">How much generating it once saves.</param>
/// <param name="MinimumHoursSaved">Lower estimate of the hours saved.</param>
/// <param name="MaximumHoursSaved">Upper estimate of the hours saved.</param>
public sealed record RecognizedPattern(string Type, int Frequency, OptimizationPotential Potential, double MinimumHoursSaved, double MaximumHoursSaved);
