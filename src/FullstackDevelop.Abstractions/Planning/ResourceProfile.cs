namespace FullstackDevelop.Planning;

/// <summary>The resource limits agents run with, chosen from the project's scale.</summary>
public sealed class ResourceProfile
{
    /// <summary>Creates a profile; generated code calls this.</summary>
    public ResourceProfile(ProjectScale scale, int maxConcurrentAgents, int memoryPerAgentMegabytes, double cpuPerAgent, int totalProjectMemoryMegabytes)
    {
        Scale = scale;
        MaxConcurrentAgents = maxConcurrentAgents;
        MemoryPerAgentMegabytes = memoryPerAgentMegabytes;
        CpuPerAgent = cpuPerAgent;
        TotalProjectMemoryMegabytes = totalProjectMemoryMegabytes;
    }

    /// <summary>The scale the profile belongs to.</summary>
    public ProjectScale Scale { get; }

    /// <summary>How many agents may run at once.</summary>
    public int MaxConcurrentAgents { get; }

    /// <summary>Memory available to one agent, in megabytes.</summary>
    public int MemoryPerAgentMegabytes { get; }

    /// <summary>CPUs available to one agent.</summary>
    public double CpuPerAgent { get; }

    /// <summary>Memory available to the whole run, in megabytes.</summary>
    public int TotalProjectMemoryMegabytes { get; }
}
