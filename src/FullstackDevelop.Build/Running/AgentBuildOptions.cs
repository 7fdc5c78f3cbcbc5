using System.Collections.Generic;

namespace FullstackDevelop.Build.Running;

/// <summary>The settings of one build of the agents, from the project's <c>Fullstack*</c> MSBuild properties.</summary>
public sealed record AgentBuildOptions
{
    /// <summary>The compiled assembly that carries the requirements snapshot.</summary>
    public required string AssemblyPath { get; init; }

    /// <summary>The project directory, where command agents run.</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>The project's root namespace.</summary>
    public required string RootNamespace { get; init; }

    /// <summary>Where the artifacts go (<c>FullstackOutputPath</c>).</summary>
    public required string OutputFolder { get; init; }

    /// <summary>The build's own folder under <c>obj/</c>: state, report and command agents' scratch space.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>Where <c>fullstack-report.json</c> goes.</summary>
    public required string ReportPath { get; init; }

    /// <summary>The disk cache folder (<c>FullstackCacheFolder</c>); null for the user-level default.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>The disk cache's size cap in bytes.</summary>
    public long CacheMaxBytes { get; init; } = Core.Caching.DiskResultCache.DefaultMaxBytes;

    /// <summary>The most agents that run at once (<c>FullstackMaxParallelism</c>); null for the resource profile's limit.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>
    /// The render limit properties by name (<c>FullstackRenderLoopLimit</c> and the others of
    /// <see cref="Core.Templates.RenderLimitProperties.All"/>), as set; an unset one may be missing or empty.
    /// </summary>
    public IReadOnlyDictionary<string, string> RenderLimitProperties { get; init; } = new Dictionary<string, string>();

    /// <summary>The project file, where a problem with one of its properties is reported; null when not known.</summary>
    public string? ProjectFile { get; init; }

    /// <summary>
    /// <c>FullstackGitHubWorkflow</c>: <c>true</c> writes the CI workflow (the artifacts under <c>.github/</c>) to the
    /// repository root, where GitHub reads it; empty or <c>false</c> keeps it in the output folder.
    /// </summary>
    public string? GitHubWorkflow { get; init; }

    /// <summary>The project's <c>.scriban</c> files, which override or add templates.</summary>
    public IReadOnlyList<string> TemplateFiles { get; init; } = [];
}
