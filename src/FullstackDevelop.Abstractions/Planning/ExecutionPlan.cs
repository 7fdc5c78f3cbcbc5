using System.Collections.Generic;

namespace FullstackDevelop.Planning;

/// <summary>
/// The typed agent execution plan the generator builds from the requirement attributes: which
/// agents run, in which parallel groups, along which critical path, with which resources.
/// </summary>
public sealed class ExecutionPlan
{
    private readonly string _mermaid;

    /// <summary>Creates a plan; generated code calls this.</summary>
    public ExecutionPlan(
        string projectName,
        IReadOnlyList<AgentDescriptor> agents,
        IReadOnlyList<ParallelGroup> parallelGroups,
        CriticalPath criticalPath,
        ResourceProfile resourceProfile,
        IReadOnlyList<DetectedPattern> patterns,
        string requirementsHash,
        string mermaid)
    {
        ProjectName = projectName;
        Agents = agents;
        ParallelGroups = parallelGroups;
        CriticalPath = criticalPath;
        ResourceProfile = resourceProfile;
        Patterns = patterns;
        RequirementsHash = requirementsHash;
        _mermaid = mermaid;
    }

    /// <summary>The project's name.</summary>
    public string ProjectName { get; }

    /// <summary>Every agent: the built-in agents in pipeline order, then custom agents in name order.</summary>
    public IReadOnlyList<AgentDescriptor> Agents { get; }

    /// <summary>The groups of agents that run at the same time, in execution order.</summary>
    public IReadOnlyList<ParallelGroup> ParallelGroups { get; }

    /// <summary>The longest chain of dependent agents.</summary>
    public CriticalPath CriticalPath { get; }

    /// <summary>The resource limits for the project's scale.</summary>
    public ResourceProfile ResourceProfile { get; }

    /// <summary>The reusable patterns recognised in the requirements.</summary>
    public IReadOnlyList<DetectedPattern> Patterns { get; }

    /// <summary>The SHA-256 of the canonical requirements snapshot, in lower-case hex.</summary>
    public string RequirementsHash { get; }

    /// <summary>The agent dependency graph as a Mermaid <c>graph TD</c> diagram, one subgraph per parallel group.</summary>
    public string ToMermaid() => _mermaid;
}
