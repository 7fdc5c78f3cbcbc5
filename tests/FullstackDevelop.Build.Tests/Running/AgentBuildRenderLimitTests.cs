using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Build.Tests.Running;

/// <summary>
/// The <c>FullstackRender*Limit</c> properties reach the agents' renders: a value the task cannot use is a warning, and
/// a unit that failed on a limit is not cached, so the build after the limit is raised renders it and succeeds.
/// </summary>
public sealed class AgentBuildRenderLimitTests : IDisposable
{
    // Overrides the product manager's project-wide template with one that loops 150,000 times: past the floor of a small model.
    private const string LongLoop = "{{ for i in 1..150000 }}{{ end }}# Requirements of {{ project.name }}\n";

    private readonly TaskFolder _folder = new();
    private readonly MemoryResultCache _memory = new();

    public void Dispose() => _folder.Dispose();

    [Fact(Timeout = 60_000)]
    public async Task A_unit_that_hit_a_limit_is_rendered_again_once_the_limit_is_raised()
    {
        var options = WithLongLoop(_folder);

        var log = new RecordingBuildLog();
        var failed = await BuildAsync(options, _memory, log);

        Assert.False(failed.Succeeded);
        var error = Assert.Single(log.Errors, error => error.Code == AgentFailureCodes.TemplateFailed);
        Assert.Contains("product-manager", error.Text, StringComparison.Ordinal);
        Assert.Contains("The render hit the loop limit of 100,000 iterations", error.Text, StringComparison.Ordinal);
        Assert.Contains("<FullstackRenderLoopLimit>200000</FullstackRenderLoopLimit>", error.Text, StringComparison.Ordinal);

        var raised = options with { RenderLimitProperties = new Dictionary<string, string> { [RenderLimitProperties.Loop] = "200000" } };
        var retried = await BuildAsync(raised, _memory, new RecordingBuildLog());

        Assert.True(retried.Succeeded);
        var productManager = retried.Result!.Agents.Single(agent => agent.Agent == "product-manager");
        Assert.Equal("ran", productManager.Status);
        Assert.Contains(Core.Agents.Rendering.AgentUnit.ProjectUnitName, productManager.RenderedUnits);
        var spec = File.ReadAllText(Path.Combine(raised.OutputFolder, "docs", "requirements.md"));
        Assert.Equal("# Requirements of Shop\n", spec);

        // The build that recovered writes what a clean build with the raised limit writes.
        using var clean = new TaskFolder();
        var cleanOptions = WithLongLoop(clean) with { RenderLimitProperties = raised.RenderLimitProperties };
        Assert.True((await BuildAsync(cleanOptions, new MemoryResultCache(), new RecordingBuildLog())).Succeeded);
        Assert.Equal(FilesUnder(cleanOptions.OutputFolder), FilesUnder(raised.OutputFolder));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_property_that_is_not_a_positive_whole_number_is_a_warning_at_the_project_file_and_keeps_the_default()
    {
        var project = _folder.Combine("Shop.csproj");
        var options = WithLongLoop(_folder) with
        {
            ProjectFile = project,
            RenderLimitProperties = new Dictionary<string, string> { [RenderLimitProperties.Loop] = "2e6", [RenderLimitProperties.Output] = string.Empty },
        };
        var log = new RecordingBuildLog();

        var outcome = await BuildAsync(options, _memory, log);

        var warning = Assert.Single(log.Warnings);
        Assert.Equal(("FSD1206", project), (warning.Code, warning.File));
        Assert.Equal(
            "The property FullstackRenderLoopLimit is '2e6', which is not a whole number from 1 to 2147483647, so the default 100000 is used: set it to a whole number such as 200000, or remove it",
            warning.Text);

        // The default stays in force: the long loop still stops at it.
        Assert.False(outcome.Succeeded);
        Assert.Contains("loop limit of 100,000", Assert.Single(log.Errors, error => error.Code == AgentFailureCodes.TemplateFailed).Text, StringComparison.Ordinal);
    }

    private static AgentBuildOptions WithLongLoop(TaskFolder folder)
    {
        var template = folder.Combine("Templates", "product-requirements-spec.scriban");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);
        File.WriteAllText(template, LongLoop);
        return folder.Options with { TemplateFiles = [template] };
    }

    private static Task<AgentBuildOutcome> BuildAsync(AgentBuildOptions options, MemoryResultCache memory, RecordingBuildLog log) =>
        AgentBuild.RunAsync(options, TaskFolder.Snapshot(SampleRequirements.Shop()), memory, new ParsedTemplateCache(256), log, CancellationToken.None);

    private static (string Path, string Text)[] FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(file)))
            .OrderBy(file => file.Item1, StringComparer.Ordinal)
            .ToArray();
}
