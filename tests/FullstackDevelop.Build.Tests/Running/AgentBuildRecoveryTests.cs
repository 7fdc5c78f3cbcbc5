using System;
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
/// Builds that must say and restore the truth: a build with nothing to do reports so, files deleted or edited behind the
/// build's back are restored or kept by the edited-file policy, a lost state is recovered from the files themselves, and
/// damaged cache entries are reported as they are repaired.
/// </summary>
public sealed class AgentBuildRecoveryTests : IDisposable
{
    // Set on the report between builds, so a rewrite, however quick, shows as a new timestamp.
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly TaskFolder _folder = new();
    private readonly AgentBuildOptions _options;

    public AgentBuildRecoveryTests()
    {
        _options = _folder.Options;
    }

    public void Dispose() => _folder.Dispose();

    private string StatePath => Path.Combine(_options.WorkingDirectory, AgentBuild.StateFileName);

    private string OutputPath(string relativePath) => Path.Combine(_options.OutputFolder, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private Task<AgentBuildOutcome> BuildAsync(string theme = "dark", RecordingBuildLog? log = null) =>
        AgentBuild.RunAsync(_options, TaskFolder.Snapshot(SampleRequirements.Shop(theme)), new MemoryResultCache(), new ParsedTemplateCache(256), log ?? new RecordingBuildLog(), CancellationToken.None);

    private JsonElement Report() => JsonDocument.Parse(File.ReadAllBytes(_options.ReportPath)).RootElement.Clone();

    private string[] OutputFiles() =>
        Directory.EnumerateFiles(_options.OutputFolder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(_options.OutputFolder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();

    [Fact(Timeout = 30_000)]
    public async Task A_build_with_nothing_to_do_says_up_to_date_in_one_line_and_rewrites_the_report()
    {
        await BuildAsync();
        var files = OutputFiles();
        File.SetLastWriteTimeUtc(_options.ReportPath, LongAgo);
        var log = new RecordingBuildLog();

        await BuildAsync(log: log);

        var important = Assert.Single(log.Messages, message => message.Important);
        Assert.Equal($"FullstackDevelop: up to date: 0 agents run, {files.Length} files unchanged; report {_options.ReportPath}", important.Text);
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(_options.ReportPath));
        var report = Report();
        Assert.True(report.GetProperty("upToDate").GetBoolean());
        Assert.Equal(0, report.GetProperty("agentsRun").GetInt32());
        Assert.Equal(0, report.GetProperty("cacheRepairs").GetInt32());
        Assert.Equal(files.Length, report.GetProperty("files").GetProperty("unchanged").GetInt32());
    }

    [Fact(Timeout = 30_000)]
    public async Task A_build_that_writes_says_how_many_files_it_wrote_and_is_not_up_to_date()
    {
        await BuildAsync();
        File.Delete(OutputPath("docs/requirements.md"));
        var log = new RecordingBuildLog();

        await BuildAsync(log: log);

        var important = Assert.Single(log.Messages, message => message.Important);
        Assert.Contains("files 1 written, ", important.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("up to date", important.Text, StringComparison.Ordinal);
        Assert.False(Report().GetProperty("upToDate").GetBoolean());
    }

    [Fact(Timeout = 30_000)]
    public async Task A_deleted_file_is_restored_and_an_edited_one_is_kept_with_its_new_version_beside_it()
    {
        await BuildAsync();
        var original = File.ReadAllBytes(OutputPath("docs/requirements.md"));
        File.Delete(OutputPath("docs/requirements.md"));
        File.WriteAllText(OutputPath("deploy/Dockerfile"), "FROM scratch\n");
        var log = new RecordingBuildLog();

        await BuildAsync(log: log);

        Assert.Equal(original, File.ReadAllBytes(OutputPath("docs/requirements.md")));
        Assert.Equal("FROM scratch\n", File.ReadAllText(OutputPath("deploy/Dockerfile")));
        Assert.True(File.Exists(OutputPath("deploy/Dockerfile.generated")));
        var warning = Assert.Single(log.Warnings);
        Assert.Equal((ArtifactWarningCodes.EditedFileKept, OutputPath("deploy/Dockerfile")), (warning.Code, warning.File));
    }

    [Fact(Timeout = 30_000)]
    public async Task Without_a_state_a_file_with_exactly_the_content_the_build_would_write_is_adopted_and_only_a_differing_one_is_kept()
    {
        await BuildAsync("dark");
        var files = OutputFiles();
        File.Delete(StatePath);
        var adopting = new RecordingBuildLog();

        await BuildAsync("dark", adopting);

        Assert.Empty(adopting.Warnings);
        Assert.Equal(files, OutputFiles());
        Assert.Equal(files, new Build.State.BuildStateStore(StatePath).Load()!.WrittenFiles.Keys.OrderBy(path => path, StringComparer.Ordinal));

        // The adopted files are the build's again: a change overwrites them, without a warning.
        var changing = new RecordingBuildLog();
        await BuildAsync("light", changing);
        Assert.Empty(changing.Warnings);
        Assert.Contains("'light'", File.ReadAllText(OutputPath("frontend/src/theme.ts")), StringComparison.Ordinal);

        // With the state lost again, a file that differs from what the build would write may be the user's: kept.
        File.Delete(StatePath);
        var keeping = new RecordingBuildLog();
        await BuildAsync("dark", keeping);
        var warning = Assert.Single(keeping.Warnings);
        Assert.Equal((ArtifactWarningCodes.EditedFileKept, OutputPath("frontend/src/theme.ts")), (warning.Code, warning.File));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_damaged_cache_entry_is_logged_once_with_its_key_and_counted_in_the_report_and_the_summary()
    {
        await BuildAsync();
        var key = Report().GetProperty("agents").EnumerateArray().Single(agent => agent.GetProperty("name").GetString() == "product-manager").GetProperty("cacheKey").GetString()!;
        var entry = Path.Combine(_options.CacheFolder!, "ac", key);
        File.WriteAllText(entry, "{ not a manifest");

        // Without the output folder and the state, every agent asks the disk cache.
        Directory.Delete(_options.OutputFolder, recursive: true);
        File.Delete(StatePath);
        var log = new RecordingBuildLog();
        var outcome = await BuildAsync(log: log);

        Assert.True(outcome.Succeeded);
        var repair = Assert.Single(log.Messages, message => message.Text.Contains("damaged disk cache entry", StringComparison.Ordinal));
        Assert.False(repair.Important);
        Assert.Contains(key, repair.Text, StringComparison.Ordinal);
        Assert.Contains("manifest could not be read", repair.Text, StringComparison.Ordinal);
        Assert.Equal(1, Report().GetProperty("cacheRepairs").GetInt32());
        Assert.Contains("; 1 damaged cache entries repaired; ", Assert.Single(log.Messages, message => message.Important).Text, StringComparison.Ordinal);
        Assert.Empty(log.Warnings);
    }
}
