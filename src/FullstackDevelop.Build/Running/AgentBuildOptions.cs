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
    /// True (<c>FullstackMigrationsEnabled</c>, the default) to write the next migration script to
    /// <c>database/migrations/</c> when the schema changed; false to leave the folder alone.
    /// </summary>
    public bool WritesMigrations { get; init; } = true;

    /// <summary>
    /// <c>FullstackGitHubWorkflow</c>: <c>true</c> writes the CI workflow (the artifacts under <c>.github/</c>) to the
    /// repository root, where GitHub reads it; empty or <c>false</c> keeps it in the output folder.
    /// </summary>
    public string? GitHubWorkflow { get; init; }

    /// <summary>The project's <c>.scriban</c> files, which override or add templates.</summary>
    public IReadOnlyList<string> TemplateFiles { get; init; } = [];

    /// <summary>The remote cache's base URL (<c>FullstackRemoteCacheUrl</c> or <c>FULLSTACK_REMOTE_CACHE_URL</c>); empty or null for none.</summary>
    public string? RemoteCacheUrl { get; init; }

    /// <summary><c>true</c> to only read the remote cache (<c>FullstackRemoteCacheReadOnly</c>); empty or null for false.</summary>
    public string? RemoteCacheReadOnly { get; init; }

    /// <summary>The bearer token of the remote cache (<c>FULLSTACK_REMOTE_CACHE_TOKEN</c>); never logged.</summary>
    public string? RemoteCacheToken { get; init; }

    /// <summary>The key that signs and checks remote action entries (<c>FULLSTACK_REMOTE_CACHE_SIGNING_KEY</c>); never logged.</summary>
    public string? RemoteCacheSigningKey { get; init; }

    /// <summary>The longest one remote request may take; null for the default (15 s).</summary>
    public System.TimeSpan? RemoteCacheRequestTimeout { get; init; }

    /// <summary>The longest the end of the build waits for its uploads; null for the default (60 s).</summary>
    public System.TimeSpan? RemoteCacheUploadWait { get; init; }

    /// <summary>The project and output folders; never the remote cache's credentials, which a record would print.</summary>
    public override string ToString() => $"AgentBuildOptions {{ ProjectDirectory = {ProjectDirectory}, OutputFolder = {OutputFolder} }}";
}
