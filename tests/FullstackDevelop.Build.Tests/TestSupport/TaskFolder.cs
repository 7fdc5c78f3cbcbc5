using System;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Snapshot;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Build.Tests.TestSupport;

/// <summary>A temp project folder, deleted on dispose, with the task's options pointing into it and a cache of its own.</summary>
internal sealed class TaskFolder : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public TaskFolder()
    {
        Options = new AgentBuildOptions
        {
            AssemblyPath = _folder.Combine("bin", "Shop.dll"),
            ProjectDirectory = _folder.Path,
            RootNamespace = "Shop",
            OutputFolder = _folder.Combine("fullstack"),
            WorkingDirectory = _folder.Combine("obj", "fullstack"),
            ReportPath = _folder.Combine("obj", "fullstack-report.json"),
            CacheFolder = _folder.Combine("cache"),

            // The agents' tests compare the output folder with the agents' files; MigrationStepTests turn the scripts on.
            WritesMigrations = false,
        };
    }

    public AgentBuildOptions Options { get; set; }

    public string Combine(params string[] parts) => _folder.Combine(parts);

    /// <summary>The snapshot the generator would embed for <paramref name="requirements"/>.</summary>
    public static RequirementsSnapshot Snapshot(ProjectRequirements requirements)
    {
        var json = RequirementsJson.Write(requirements);
        return new RequirementsSnapshot(json, RequirementsHash.Compute(json), RequirementsJson.Read(json));
    }

    public void Dispose() => _folder.Dispose();
}
