using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Build.Tests.Running;

/// <summary>
/// The build engine follows the key catalog: a declared key no template reads re-runs no agent and rewrites no file;
/// a catalog key re-runs the agents that read it, and only the files it changes differ.
/// </summary>
public sealed class AgentBuildCatalogKeyTests : IDisposable
{
    private readonly TaskFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_key_no_template_reads_reruns_no_agent_and_leaves_every_file_as_it_was()
    {
        await BuildAsync(SampleRequirements.Shop());
        var before = OutputFiles();

        var outcome = await BuildAsync(With(SampleRequirements.Shop(), "ui.density", "compact"));

        Assert.True(outcome.Succeeded);
        Assert.All(outcome.Result!.Agents, agent => Assert.Equal("up-to-date", agent.Status));
        var after = OutputFiles();
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact]
    public async Task A_catalog_key_reruns_the_agent_that_reads_it_and_changes_only_its_files()
    {
        await BuildAsync(SampleRequirements.Shop());
        var before = OutputFiles();

        var outcome = await BuildAsync(With(SampleRequirements.Shop(), "ui.primary-color", "#3355ff"));

        Assert.True(outcome.Succeeded);
        Assert.Equal("ran", outcome.Result!.Agents.Single(agent => agent.Agent == "frontend-developer").Status);
        Assert.All(outcome.Result.Agents.Where(agent => agent.Agent is "product-manager" or "technical-architect" or "backend-developer" or "devops-engineer"), agent => Assert.Equal("up-to-date", agent.Status));
        var after = OutputFiles();
        Assert.Equal(new[] { "frontend/src/theme.ts" }, after.Keys.Where(path => !before[path].SequenceEqual(after[path])));
    }

    private static ProjectRequirements With(ProjectRequirements requirements, string key, string value) =>
        requirements with { Requirements = EquatableArray.From(requirements.Requirements.Append(new RequirementEntry(key, value)).OrderBy(entry => entry.Key, StringComparer.Ordinal)) };

    private Task<AgentBuildOutcome> BuildAsync(ProjectRequirements requirements) =>
        AgentBuild.RunAsync(_folder.Options, TaskFolder.Snapshot(requirements), new MemoryResultCache(), new ParsedTemplateCache(256), new RecordingBuildLog(), CancellationToken.None);

    private Dictionary<string, byte[]> OutputFiles() =>
        Directory.EnumerateFiles(_folder.Options.OutputFolder, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(_folder.Options.OutputFolder, file).Replace(Path.DirectorySeparatorChar, '/'),
            File.ReadAllBytes,
            StringComparer.Ordinal);
}
