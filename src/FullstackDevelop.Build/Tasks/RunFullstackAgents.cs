using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Core.Templates;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace FullstackDevelop.Build.Tasks;

/// <summary>
/// The MSBuild task of FullstackDevelop: runs the agents whose inputs changed and writes their artifacts. All the work
/// is in <see cref="AgentBuild"/>; this class maps MSBuild's parameters, logger and cancellation onto it.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "MSBuild never disposes a task; the source has no timer, so there is nothing to release.")]
public sealed class RunFullstackAgents : MSBuildTask, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The compiled assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The project directory.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The project file (<c>$(MSBuildProjectFullPath)</c>): the deployment files build it, the generated test project references it, and warnings about its properties point at it.</summary>
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary>The root namespace.</summary>
    public string RootNamespace { get; set; } = string.Empty;

    /// <summary>The artifacts' folder.</summary>
    [Required]
    public string OutputFolder { get; set; } = string.Empty;

    /// <summary>The task's folder under <c>obj/</c>.</summary>
    [Required]
    public string WorkingDirectory { get; set; } = string.Empty;

    /// <summary>Where the report goes.</summary>
    [Required]
    public string ReportPath { get; set; } = string.Empty;

    /// <summary>The disk cache folder; empty for the user-level default.</summary>
    public string CacheFolder { get; set; } = string.Empty;

    /// <summary>The disk cache's size cap in megabytes; 0 for the default.</summary>
    public int CacheSizeMegabytes { get; set; }

    /// <summary>The most agents at once; 0 for the resource profile's limit.</summary>
    public int MaxParallelism { get; set; }

    /// <summary>The floor of the render loop limit (<c>FullstackRenderLoopLimit</c>); empty for the default.</summary>
    public string RenderLoopLimit { get; set; } = string.Empty;

    /// <summary>The floor of the render output limit (<c>FullstackRenderOutputLimit</c>); empty for the default.</summary>
    public string RenderOutputLimit { get; set; } = string.Empty;

    /// <summary>The render recursion limit (<c>FullstackRenderRecursionLimit</c>); empty for the default.</summary>
    public string RenderRecursionLimit { get; set; } = string.Empty;

    /// <summary>The render object depth limit (<c>FullstackRenderObjectDepthLimit</c>); empty for the default.</summary>
    public string RenderObjectDepthLimit { get; set; } = string.Empty;

    /// <summary>The remote cache's base URL (<c>FullstackRemoteCacheUrl</c>); empty for <c>FULLSTACK_REMOTE_CACHE_URL</c>, itself empty for none.</summary>
    public string RemoteCacheUrl { get; set; } = string.Empty;

    /// <summary><c>true</c> to only read the remote cache (<c>FullstackRemoteCacheReadOnly</c>); empty for <c>FULLSTACK_REMOTE_CACHE_READ_ONLY</c>.</summary>
    public string RemoteCacheReadOnly { get; set; } = string.Empty;

    /// <summary>Whether the build writes migration scripts (<c>FullstackMigrationsEnabled</c>); true by default.</summary>
    public bool MigrationsEnabled { get; set; } = true;

    /// <summary><c>FullstackGitHubWorkflow</c>: true writes the CI workflow to the repository's <c>.github/workflows/</c>.</summary>
    public string GitHubWorkflow { get; set; } = string.Empty;

    /// <summary>The project's template files.</summary>
    public ITaskItem[] Templates { get; set; } = [];

    /// <summary>Every file the task wrote or keeps, for <c>FileWrites</c>.</summary>
    [Output]
    public ITaskItem[] FileWrites { get; private set; } = [];

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            var outcome = AgentBuild.RunAsync(ReadOptions(), new TaskBuildLog(Log), _cancellation.Token).GetAwaiter().GetResult();
            FileWrites = outcome.FileWrites.Select(path => (ITaskItem)new Microsoft.Build.Utilities.TaskItem(path)).ToArray();
            return outcome.Succeeded && !Log.HasLoggedErrors;
        }
        catch (OperationCanceledException)
        {
            Log.LogMessage(MessageImportance.High, "FullstackDevelop: the agents' run was cancelled.");
            return false;
        }
    }

    /// <summary>The build's options from the task's parameters and, for the remote cache, the environment.</summary>
    internal AgentBuildOptions ReadOptions() => new()
    {
        AssemblyPath = AssemblyPath,
        ProjectDirectory = ProjectDirectory,
        RootNamespace = RootNamespace,
        OutputFolder = OutputFolder,
        WorkingDirectory = WorkingDirectory,
        ReportPath = ReportPath,
        CacheFolder = string.IsNullOrWhiteSpace(CacheFolder) ? null : CacheFolder,
        CacheMaxBytes = CacheSizeMegabytes > 0 ? CacheSizeMegabytes * 1024L * 1024L : Core.Caching.DiskResultCache.DefaultMaxBytes,
        MaxParallelism = MaxParallelism > 0 ? MaxParallelism : null,
        GitHubWorkflow = GitHubWorkflow,
        TemplateFiles = Templates.Select(item => item.GetMetadata("FullPath")).ToList(),
        WritesMigrations = MigrationsEnabled,

        // Strings, not ints: MSBuild would fail the build on "2e6" before the task could say which property is wrong.
        RenderLimitProperties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RenderLimitProperties.Loop] = RenderLoopLimit,
            [RenderLimitProperties.Output] = RenderOutputLimit,
            [RenderLimitProperties.Recursion] = RenderRecursionLimit,
            [RenderLimitProperties.ObjectDepth] = RenderObjectDepthLimit,
        },
        // Not ProjectFileOfTaskNode: that is the file that calls the task, the package's targets file.
        ProjectFile = string.IsNullOrWhiteSpace(ProjectFile) ? null : ProjectFile,

        // The secrets come from the environment only: a task parameter would be printed by MSBuild's detailed logs.
        RemoteCacheUrl = OrEnvironment(RemoteCacheUrl, "FULLSTACK_REMOTE_CACHE_URL"),
        RemoteCacheReadOnly = OrEnvironment(RemoteCacheReadOnly, "FULLSTACK_REMOTE_CACHE_READ_ONLY"),
        RemoteCacheToken = Environment.GetEnvironmentVariable("FULLSTACK_REMOTE_CACHE_TOKEN"),
        RemoteCacheSigningKey = Environment.GetEnvironmentVariable("FULLSTACK_REMOTE_CACHE_SIGNING_KEY"),
    };

    // CI sets an absent secret to the empty string, which means "not set" here as it does for the property.
    private static string? OrEnvironment(string property, string variable) =>
        string.IsNullOrWhiteSpace(property) ? Environment.GetEnvironmentVariable(variable) : property;
}
