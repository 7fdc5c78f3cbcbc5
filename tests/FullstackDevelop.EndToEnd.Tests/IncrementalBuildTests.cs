using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// Incremental builds under a real <c>dotnet build</c> end as a clean build would: deleted output is restored, a build
/// that does not run the agents keeps their state, settings and a command agent's script invalidate what they feed,
/// damaged cache entries are repaired and said, a multi-targeted project runs the agents once, and a build with nothing
/// to do says so and rewrites its report.
/// </summary>
[Collection(UsesPackedPackage.Name)]
public sealed class IncrementalBuildTests
{
    // Set on the report between builds, so a rewrite, however quick, shows as a new timestamp.
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static readonly Regex SummaryLine = new(@"FullstackDevelop: (up to date: )?\d+ agents run", RegexOptions.CultureInvariant);

    private readonly PackedPackage _package;

    public IncrementalBuildTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public async Task Deleted_output_is_restored_a_disabled_build_keeps_the_state_and_settings_and_scripts_invalidate()
    {
        using var project = new AgentProject(_package);
        await project.BuildAsync();
        var clean = project.OutputFiles();

        // Nothing changed: one line says so, and the report is this build's.
        File.SetLastWriteTimeUtc(project.ReportPath, LongAgo);
        var noOp = await project.BuildAsync();
        Assert.Equal($"FullstackDevelop: up to date: 0 agents run, {clean.Count} files unchanged", Assert.Single(SummaryLines(noOp.Output)).Split(';')[0]);
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(project.ReportPath));
        Assert.True(project.Report().UpToDate);

        // One deleted file, then the whole folder: each is written again as it was, though no source changed.
        File.Delete(Path.Combine(project.OutputFolder, "docs", "requirements.md"));
        await project.BuildAsync();
        AssertSameFiles(clean, project.OutputFiles());
        project.Delete("fullstack");
        var restored = await project.BuildAsync();
        AssertSameFiles(clean, project.OutputFiles());
        Assert.False(project.Report().UpToDate);
        Assert.Contains($"files {clean.Count} written, 0 unchanged, 0 deleted", Assert.Single(SummaryLines(restored.Output)), StringComparison.Ordinal);

        // A build that does not run the agents leaves their state, so the next change is the build's to write.
        var disabled = await project.BuildWithAsync("-p:FullstackAgentsEnabled=false");
        Assert.Empty(SummaryLines(disabled.Output));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(project.ReportPath)!, "state.json")));
        project.SetRequirements(AgentProject.Theme, " public string? Isbn { get; set; }");
        var changed = await project.BuildAsync();
        Assert.DoesNotContain("FSD1201", changed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(project.OutputFiles().Keys, path => path.Contains(".generated", StringComparison.Ordinal));
        Assert.Contains("Isbn", Encoding.UTF8.GetString(project.OutputFiles()["database/tables/Products.sql"]), StringComparison.Ordinal);

        // A Fullstack* property: the artifacts move to the new folder and leave the old one as a clean would. The agents that
        // read the layout (the deployment keys' agents: their files name paths from the output folder) run again; every
        // other agent's files come from the cache as they were.
        var beforeMove = project.OutputFiles();
        var moved = await project.BuildWithAsync("-p:FullstackOutputPath=generated/");
        Assert.Equal(new[] { "devops-engineer", "site-reliability-engineer" }, project.Report().AgentsWithStatus("ran").OrderBy(agent => agent, StringComparer.Ordinal));
        Assert.False(project.Report().UpToDate);
        var movedFiles = AgentProject.FilesUnder(Path.Combine(project.Root, "generated"));
        Assert.Equal(beforeMove.Keys, movedFiles.Keys);
        AssertSameFiles(WithoutLayoutPaths(beforeMove), WithoutLayoutPaths(movedFiles));
        Assert.Empty(project.OutputFiles());
        Assert.Single(SummaryLines(moved.Output));

        // The command agent's script is part of its key: editing it re-runs the agent, and only it.
        project.Write("tools/prices.sh", """
            mkdir -p "$FULLSTACK_OUTPUT_DIR/prices"
            printf '{"currency":"USD"}\n' > "$FULLSTACK_OUTPUT_DIR/prices/feed.json"
            """);
        await project.BuildAsync();
        var report = project.Report();
        Assert.Equal("ran", report.StatusOf("price-feed"));
        Assert.Equal(new[] { "price-feed" }, report.AgentsWithStatus("ran"));
        Assert.Equal("{\"currency\":\"USD\"}\n", Encoding.UTF8.GetString(project.OutputFiles()["prices/feed.json"]));
        Assert.Empty(AgentProject.FilesUnder(Path.Combine(project.Root, "generated")));

        // Damaged disk cache entries are a miss, repaired, and said: one line each, counted in the summary and the report.
        var current = project.OutputFiles();
        var manifests = Directory.GetFiles(Path.Combine(project.CacheFolder, "ac"), "*", SearchOption.AllDirectories);
        Assert.NotEmpty(manifests);
        foreach (var manifest in manifests)
        {
            File.WriteAllText(manifest, "{ not a manifest");
        }

        project.Delete("fullstack");
        var repaired = await project.BuildAsync();
        AssertSameFiles(current, project.OutputFiles());
        var repairLines = Regex.Count(repaired.Output, "FullstackDevelop: repaired the damaged disk cache entry ");
        Assert.InRange(repairLines, 1, manifests.Length);
        Assert.Equal(repairLines, project.Report().CacheRepairs);
        Assert.Contains($"; {repairLines} damaged cache entries repaired", Assert.Single(SummaryLines(repaired.Output)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_targeted_project_runs_the_agents_once_per_build_in_its_first_frameworks_inner_build()
    {
        using var project = new AgentProject(_package, null, "net8.0", "net10.0");

        var cold = await project.BuildAsync();

        Assert.Single(SummaryLines(cold.Output));
        Assert.Single(Regex.Matches(cold.Output, "FullstackDevelop: price-feed: ran"));
        Assert.Equal("ran", project.Report().StatusOf("price-feed"));
        Assert.False(File.Exists(Path.Combine(project.Root, "obj", "Debug", "net10.0", "fullstack", "fullstack-report.json")));
        Assert.True(File.Exists(Path.Combine(project.Root, "bin", "Debug", "net10.0", "Shop.dll")));

        var again = await project.BuildAsync();
        Assert.StartsWith("FullstackDevelop: up to date: 0 agents run", Assert.Single(SummaryLines(again.Output)), StringComparison.Ordinal);
    }

    private static string[] SummaryLines(string output) =>
        output.Split('\n').Select(line => line.Trim()).Where(line => SummaryLine.IsMatch(line)).Select(line => line[line.IndexOf("FullstackDevelop:", StringComparison.Ordinal)..]).ToArray();

    // The files whose content does not name paths from the output folder (the deployment files, the CI workflow and the API tests do).
    private static SortedDictionary<string, byte[]> WithoutLayoutPaths(SortedDictionary<string, byte[]> files) =>
        new(files.Where(file => !new[] { "deploy/", ".github/", "tests/ApiTests/" }.Any(folder => file.Key.StartsWith(folder, StringComparison.Ordinal))).ToDictionary(file => file.Key, file => file.Value), StringComparer.Ordinal);

    private static void AssertSameFiles(System.Collections.Generic.SortedDictionary<string, byte[]> expected, System.Collections.Generic.SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), file.Key));
    }
}
