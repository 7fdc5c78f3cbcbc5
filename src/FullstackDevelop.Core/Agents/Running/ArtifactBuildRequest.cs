using System;
using System.Collections.Generic;
using FullstackDevelop.Core.Agents.Layout;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>What a build gives <see cref="ArtifactBuilder"/>.</summary>
public sealed record ArtifactBuildRequest
{
    /// <summary>This build's requirements, from the snapshot in the compiled assembly.</summary>
    public required ProjectRequirements Requirements { get; init; }

    /// <summary>The snapshot's content hash, which the plan carries.</summary>
    public required string RequirementsHash { get; init; }

    /// <summary>The previous build's requirements, for delta analysis; null for a first build.</summary>
    public ProjectRequirements? PreviousRequirements { get; init; }

    /// <summary>The project's root namespace, as the generated backend uses it.</summary>
    public required string RootNamespace { get; init; }

    /// <summary>
    /// Where the project and the output folder sit in the repository, for the deployment files' paths; null for a project at
    /// the repository root named after <see cref="RootNamespace"/>, writing to <c>fullstack/</c>.
    /// </summary>
    public ArtifactLayout? Layout { get; init; }

    /// <summary>The app's project file relative to the output folder (<see cref="RelativeProjectFile"/>); null for the default layout.</summary>
    public string? ProjectFile { get; init; }

    /// <summary>The project directory, where command agents run.</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>A folder of the build's own (under <c>obj/</c>), where command agents write before their files are collected.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The templates: the built-in catalog with the project's overrides.</summary>
    public required TemplateCatalog Catalog { get; init; }

    /// <summary>The parsed templates, shared by the builds of one process.</summary>
    public ParsedTemplateCache TemplateCache { get; init; } = ParsedTemplateCache.Shared;

    /// <summary>
    /// The floors of the render limits (from the <c>FullstackRender*Limit</c> properties), which grow with each unit's
    /// model. Not part of any key: a render that succeeds is the same under any limits, and a failed one is not cached.
    /// </summary>
    public RenderLimits RenderLimits { get; init; } = RenderLimits.Default;

    /// <summary>The agent result cache.</summary>
    public required AgentResultCache Cache { get; init; }

    /// <summary>The previous build's files, looked at before the cache; null when there are none.</summary>
    public IPreviousOutputs? PreviousOutputs { get; init; }

    /// <summary>The agents' past durations, for their timeouts.</summary>
    public AgentHistory History { get; init; } = AgentHistory.Empty;

    /// <summary>The scheduler's settings.</summary>
    public SchedulerOptions Scheduler { get; init; } = new();

    /// <summary>The most agents that run at once, below the resource profile's limit; null for no further limit.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>Each command agent's <see cref="Running.CommandFiles"/>, by agent name (<see cref="CommandFiles.OfAgents"/>).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> CommandFiles { get; init; }

    /// <summary>The tool named in cache keys and generated files.</summary>
    public required GeneratorTool Tool { get; init; }

    /// <summary>The clock of cached results' timestamps.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;
}
