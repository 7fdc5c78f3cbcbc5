using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Backend;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Core.Tests.Agents.Running;

/// <summary>
/// A temp folder for runs of <see cref="ArtifactBuilder"/>: the project directory, the working directory and a disk
/// cache of their own, deleted on dispose. Each request gets the memory cache it is given, so a test decides which
/// runs share one (the same build process) and which do not (a new process on the same machine).
/// </summary>
internal sealed class BuildSandbox : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public string ProjectDirectory => _folder.Path;

    public string WorkingDirectory => _folder.Combine("obj");

    public string CacheFolder => _folder.Combine("cache");

    public string Combine(params string[] parts) => _folder.Combine(parts);

    /// <summary>The built-in templates with the Bookstore sample's, which its custom template agent renders.</summary>
    public static readonly TemplateCatalog Catalog = TemplateCatalog.BuiltIn.With(
        System.IO.Directory.GetFiles(RepositoryPaths.Combine("samples", "Bookstore", "Templates"), "*.scriban")
            .Select(path => new TemplateSource(TemplateCatalog.NameOf(path), System.IO.File.ReadAllText(path), path, IsBuiltIn: false)));

    /// <summary>A request as the build task makes it, with the built-in templates, the sample's templates and the sample tool.</summary>
    public ArtifactBuildRequest Request(ProjectRequirements requirements, MemoryResultCache memory, string? cacheFolder = null) => new()
    {
        Requirements = requirements,
        RequirementsHash = RequirementsHash.Compute(RequirementsJson.Write(requirements)),
        RootNamespace = BackendSamples.Build(requirements).Settings.Prefix,
        ProjectDirectory = ProjectDirectory,
        WorkingDirectory = WorkingDirectory,
        Catalog = Catalog,
        TemplateCache = new ParsedTemplateCache(256),
        Cache = new AgentResultCache(memory, new DiskResultCache(cacheFolder ?? CacheFolder)),
        Tool = AgentSamples.Tool,
        CommandFiles = CommandFiles.OfAgents(requirements.Agents, ProjectDirectory),
    };

    public static Task<ArtifactBuildResult> BuildAsync(ArtifactBuildRequest request) => ArtifactBuilder.BuildAsync(request, CancellationToken.None);

    /// <summary>The requirements with <paramref name="entity"/>'s field <paramref name="field"/> changed by <paramref name="change"/>.</summary>
    public static ProjectRequirements WithField(ProjectRequirements requirements, string entity, string field, Func<FieldInfo, FieldInfo> change) => requirements with
    {
        Entities = EquatableArray.From(requirements.Entities.Select(candidate => candidate.Name != entity
            ? candidate
            : candidate with { Fields = EquatableArray.From(candidate.Fields.Select(info => info.Name == field ? change(info) : info)) })),
    };

    /// <summary>The requirements with the requirement <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public static ProjectRequirements WithRequirement(ProjectRequirements requirements, string key, string value) => requirements with
    {
        Requirements = EquatableArray.From(requirements.Requirements
            .Where(entry => entry.Key != key)
            .Append(new RequirementEntry(key, value))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)),
    };

    /// <summary>The requirements with <paramref name="agents"/> added to the custom agents.</summary>
    public static ProjectRequirements WithAgents(ProjectRequirements requirements, params CustomAgentInfo[] agents) => requirements with
    {
        Agents = EquatableArray.From(requirements.Agents.Concat(agents).OrderBy(agent => agent.Name, StringComparer.Ordinal)),
    };

    /// <summary>A custom command agent that depends on nothing.</summary>
    public static CustomAgentInfo Command(string name, string command, params string[] outputs) =>
        new(name, default, default, "1.0.0", 1, command, EquatableArray.From(outputs.OrderBy(output => output, StringComparer.Ordinal)));

    /// <summary>The report of <paramref name="agent"/>.</summary>
    public static AgentReport ReportOf(ArtifactBuildResult result, string agent) => result.Agents.Single(report => report.Agent == agent);

    /// <summary>Each agent's report, by name.</summary>
    public static Dictionary<string, AgentReport> Reports(ArtifactBuildResult result) => result.Agents.ToDictionary(report => report.Agent, StringComparer.Ordinal);

    public void Dispose() => _folder.Dispose();
}
