using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Build.Tests.Running;

/// <summary>
/// A build after a change of one <c>Fullstack*</c> setting writes what a clean build with that setting writes: the
/// settings that decide where files go are obeyed at once, and the ones that only tune the run change no file.
/// </summary>
public sealed class AgentBuildSettingsTests : IDisposable
{
    private readonly TaskFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Settings => new() { "output path", "report path", "cache folder", "cache size", "parallelism", "render limits" };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Settings))]
    public async Task After_a_setting_changes_the_output_is_a_clean_builds_with_that_setting(string setting)
    {
        var before = _folder.Options;
        await BuildAsync(before);
        var after = setting switch
        {
            "output path" => before with { OutputFolder = _folder.Combine("generated") },
            "report path" => before with { ReportPath = _folder.Combine("reports", "agents.json") },
            "cache folder" => before with { CacheFolder = _folder.Combine("other-cache") },
            "cache size" => before with { CacheMaxBytes = 4096 },
            "parallelism" => before with { MaxParallelism = 1 },
            "render limits" => before with { RenderLimitProperties = new Dictionary<string, string> { [RenderLimitProperties.Loop] = "500000", [RenderLimitProperties.ObjectDepth] = "8" } },
            _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
        };

        var outcome = await BuildAsync(after);

        Assert.True(outcome.Succeeded);
        using var clean = new TaskFolder();
        // The same layout: the deployment files name the output folder relative to the project.
        var cleanOptions = clean.Options with { OutputFolder = clean.Combine(Path.GetFileName(after.OutputFolder)) };
        await BuildAsync(cleanOptions);
        Assert.Equal(FilesUnder(cleanOptions.OutputFolder), FilesUnder(after.OutputFolder));
        using var report = JsonDocument.Parse(File.ReadAllBytes(after.ReportPath));
        Assert.Equal(outcome.Result!.Agents.Count, report.RootElement.GetProperty("agents").GetArrayLength());

        // Only a new output folder has files to write; the other settings leave every file as it was.
        Assert.Equal(setting != "output path", report.RootElement.GetProperty("upToDate").GetBoolean());
        if (setting == "output path")
        {
            // The old folder's files are no longer produced there: removed as a clean would, the folder itself kept.
            Assert.Empty(Directory.EnumerateFileSystemEntries(before.OutputFolder));
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_file_edited_in_the_old_output_folder_stays_when_the_folder_moves()
    {
        var before = _folder.Options;
        await BuildAsync(before);
        var edited = Path.Combine(before.OutputFolder, "docs", "requirements.md");
        File.WriteAllText(edited, "# Our notes\n");
        var log = new RecordingBuildLog();

        await BuildAsync(before with { OutputFolder = _folder.Combine("generated") }, log);

        Assert.Equal("# Our notes\n", File.ReadAllText(edited));
        Assert.Equal(new[] { "docs/requirements.md" }, FilesUnder(before.OutputFolder).Select(file => file.Path));
        var warning = Assert.Single(log.Warnings);
        Assert.Equal((ArtifactWarningCodes.EditedStaleFileKept, edited), (warning.Code, warning.File));
    }

    private static Task<AgentBuildOutcome> BuildAsync(AgentBuildOptions options, RecordingBuildLog? log = null) =>
        AgentBuild.RunAsync(options, TaskFolder.Snapshot(SampleRequirements.Shop()), new MemoryResultCache(), new ParsedTemplateCache(256), log ?? new RecordingBuildLog(), CancellationToken.None);

    private static (string Path, string Text)[] FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(file)))
            .OrderBy(file => file.Item1, StringComparer.Ordinal)
            .ToArray();
}
