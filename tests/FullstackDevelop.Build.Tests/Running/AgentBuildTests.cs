using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.State;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Build.Tests.Running;

public sealed class AgentBuildTests : IDisposable
{
    private static readonly string[] Agents = BuiltInAgents.All.Select(agent => agent.Name).ToArray();

    // Set on the output files between builds, so a rewrite, however quick, shows as a new timestamp.
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static readonly EntityInfo Author = new(
        "Author",
        "Authors",
        EquatableArray.Of(new FieldInfo("Id", "int32", true, true, null, default), new FieldInfo("Name", "string", false, true, 120, default)),
        default);

    private readonly TaskFolder _folder = new();
    private readonly AgentBuildOptions _options;

    public AgentBuildTests()
    {
        _options = _folder.Options;
    }

    public void Dispose() => _folder.Dispose();

    private string StatePath => Path.Combine(_options.WorkingDirectory, AgentBuild.StateFileName);

    private string OutputPath(string relativePath) => Path.Combine(_options.OutputFolder, relativePath.Replace('/', Path.DirectorySeparatorChar));

    // Fresh in-process caches by default: a new build process, as MSBuild would start, with the same disk cache.
    private Task<AgentBuildOutcome> BuildAsync(ProjectRequirements requirements, RecordingBuildLog? log = null, MemoryResultCache? memory = null, AgentBuildOptions? options = null) =>
        AgentBuild.RunAsync(options ?? _options, TaskFolder.Snapshot(requirements), memory ?? new MemoryResultCache(), new ParsedTemplateCache(256), log ?? new RecordingBuildLog(), CancellationToken.None);

    private Dictionary<string, byte[]> OutputFiles() =>
        Directory.EnumerateFiles(_options.OutputFolder, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(_options.OutputFolder, file).Replace(Path.DirectorySeparatorChar, '/'),
            File.ReadAllBytes,
            StringComparer.Ordinal);

    private JsonDocument Report() => JsonDocument.Parse(File.ReadAllBytes(_options.ReportPath));

    private static Dictionary<string, JsonElement> AgentsOf(JsonDocument report) =>
        report.RootElement.GetProperty("agents").EnumerateArray().ToDictionary(agent => agent.GetProperty("name").GetString()!, StringComparer.Ordinal);

    private void AgeEveryOutputFile()
    {
        foreach (var file in Directory.EnumerateFiles(_options.OutputFolder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task A_cold_build_writes_the_files_the_state_and_the_report()
    {
        var log = new RecordingBuildLog();

        var outcome = await BuildAsync(SampleRequirements.Shop(), log);

        Assert.True(outcome.Succeeded);
        Assert.Empty(log.Errors);
        Assert.Empty(log.Warnings);
        var result = outcome.Result!;
        var onDisk = OutputFiles();
        Assert.Equal(result.Files.Keys.OrderBy(path => path, StringComparer.Ordinal), onDisk.Keys.OrderBy(path => path, StringComparer.Ordinal));
        Assert.All(result.Files, file => Assert.Equal(file.Value, onDisk[file.Key]));
        foreach (var expected in new[] { "docs/requirements.md", "frontend/src/theme.ts", "frontend/src/pages/BookPage.tsx", "database/tables/Books.sql", "deploy/Dockerfile", "docs/delivery-report.md" })
        {
            Assert.Contains(expected, onDisk.Keys);
        }

        // The state: each agent's key, output hash and files, and a record of every file written.
        var state = new BuildStateStore(StatePath).Load();
        Assert.NotNull(state);
        Assert.Equal(SampleRequirements.ShopJson(), state.SnapshotJson);
        Assert.Equal(Agents.OrderBy(name => name, StringComparer.Ordinal), state.Agents.Keys.OrderBy(name => name, StringComparer.Ordinal));
        Assert.All(result.Agents, report =>
        {
            Assert.Equal(report.CacheKey, state.Agents[report.Agent].CacheKey);
            Assert.Equal(report.OutputHash, state.Agents[report.Agent].OutputHash);
            Assert.Equal(result.AgentFiles[report.Agent].Keys.OrderBy(path => path, StringComparer.Ordinal), state.Agents[report.Agent].Files);
            Assert.Single(state.History.DurationsOf(report.Agent));
        });
        Assert.Equal(onDisk.ToDictionary(file => file.Key, file => ContentHash.Of(file.Value)).OrderBy(pair => pair.Key, StringComparer.Ordinal), state.WrittenFiles.OrderBy(pair => pair.Key, StringComparer.Ordinal));

        // The report.
        using var report = Report();
        var root = report.RootElement;
        Assert.Equal("Shop", root.GetProperty("project").GetString());
        Assert.Equal("full_rebuild", root.GetProperty("strategy").GetString());
        Assert.Equal((Agents.Length, 0, 0), (root.GetProperty("agentsRun").GetInt32(), root.GetProperty("agentsReused").GetInt32(), root.GetProperty("agentsNotDone").GetInt32()));
        Assert.Equal(0, root.GetProperty("cacheHitRatio").GetDouble());
        var efficiency = root.GetProperty("parallelEfficiency").GetDouble();
        Assert.InRange(efficiency, double.Epsilon, 1.0);
        Assert.Equal(Math.Round(result.Metrics.ParallelEfficiency, 4), efficiency);
        Assert.True(root.GetProperty("makespanMilliseconds").GetDouble() >= root.GetProperty("criticalPathMilliseconds").GetDouble());
        Assert.Equal((onDisk.Count, 0, 0), (root.GetProperty("files").GetProperty("written").GetInt32(), root.GetProperty("files").GetProperty("unchanged").GetInt32(), root.GetProperty("files").GetProperty("deleted").GetInt32()));
        var agents = AgentsOf(report);
        Assert.Equal(Agents, agents.Keys);
        Assert.All(result.Agents, expected =>
        {
            var agent = agents[expected.Agent];
            Assert.Equal("ran", agent.GetProperty("status").GetString());
            Assert.Equal("none", agent.GetProperty("cacheLevel").GetString());
            Assert.Equal(1, agent.GetProperty("attempts").GetInt32());
            Assert.Equal(expected.FileCount, agent.GetProperty("files").GetInt32());
            Assert.Equal(expected.UnitCount, agent.GetProperty("renderedUnits").GetArrayLength());
            Assert.Equal(expected.CacheKey, agent.GetProperty("cacheKey").GetString());
            Assert.Equal(JsonValueKind.Null, agent.GetProperty("errorCode").ValueKind);
        });
        Assert.Equal(new[] { "project", "entity:Book" }, agents["frontend-developer"].GetProperty("renderedUnits").EnumerateArray().Select(unit => unit.GetString()));

        // MSBuild's clean learns of every file, the state and the report.
        Assert.Equal(
            onDisk.Keys.Select(OutputPath).Append(StatePath).Append(_options.ReportPath).OrderBy(path => path, StringComparer.Ordinal),
            outcome.FileWrites.OrderBy(path => path, StringComparer.Ordinal));
        Assert.Contains(log.Messages, message => message.Important && message.Text.Contains(Agents.Length + " agents run, 0 reused", StringComparison.Ordinal));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_second_build_finds_every_agent_up_to_date_and_rewrites_nothing()
    {
        await BuildAsync(SampleRequirements.Shop());
        var before = OutputFiles();
        AgeEveryOutputFile();

        // A new build process, and a disk cache the first build never wrote: only the output folder can serve it.
        var outcome = await BuildAsync(SampleRequirements.Shop(), options: _options with { CacheFolder = _folder.Combine("other-cache") });

        Assert.True(outcome.Succeeded);
        Assert.All(outcome.Result!.Agents, agent => Assert.Equal(("up-to-date", "output"), (agent.Status, agent.CacheLevel)));
        var after = OutputFiles();
        Assert.Equal(before.Keys.OrderBy(path => path, StringComparer.Ordinal), after.Keys.OrderBy(path => path, StringComparer.Ordinal));
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.All(Directory.EnumerateFiles(_options.OutputFolder, "*", SearchOption.AllDirectories), file => Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(file)));
        var otherCache = _folder.Combine("other-cache");
        Assert.False(Directory.Exists(otherCache) && Directory.EnumerateFiles(otherCache, "*", SearchOption.AllDirectories).Any());

        using var report = Report();
        var root = report.RootElement;
        Assert.Equal("incremental", root.GetProperty("strategy").GetString());
        Assert.Equal((0, Agents.Length, 1.0), (root.GetProperty("agentsRun").GetInt32(), root.GetProperty("agentsReused").GetInt32(), root.GetProperty("cacheHitRatio").GetDouble()));
        Assert.Equal((0, before.Count, 0), (root.GetProperty("files").GetProperty("written").GetInt32(), root.GetProperty("files").GetProperty("unchanged").GetInt32(), root.GetProperty("files").GetProperty("deleted").GetInt32()));
        Assert.All(AgentsOf(report).Values, agent =>
        {
            Assert.Equal("up-to-date", agent.GetProperty("status").GetString());
            Assert.Equal("output", agent.GetProperty("cacheLevel").GetString());
            Assert.Equal(0, agent.GetProperty("renderedUnits").GetArrayLength());
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task A_build_with_the_inputs_of_the_last_clean_build_asks_no_agent_and_keeps_the_state_as_it_was()
    {
        await BuildAsync(SampleRequirements.Shop());
        var state = File.ReadAllBytes(StatePath);
        File.SetLastWriteTimeUtc(StatePath, LongAgo);

        var outcome = await BuildAsync(SampleRequirements.Shop());

        Assert.True(outcome.Succeeded);
        Assert.All(outcome.Result!.Agents, agent => Assert.Equal(("up-to-date", 0), (agent.Status, agent.Attempts)));
        Assert.NotNull(new BuildStateStore(StatePath).Load()!.InputsHash);
        Assert.Equal(state, File.ReadAllBytes(StatePath));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(StatePath));
        Assert.Contains(StatePath, outcome.FileWrites);
        Assert.Contains(OutputPath("docs/requirements.md"), outcome.FileWrites);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_touched_file_or_a_new_template_makes_the_agents_look_again()
    {
        await BuildAsync(SampleRequirements.Shop());
        File.Delete(OutputPath("docs/requirements.md"));

        var restored = await BuildAsync(SampleRequirements.Shop());

        Assert.True(File.Exists(OutputPath("docs/requirements.md")));
        Assert.Equal(1, restored.Result!.Agents.Single(agent => agent.Agent == "product-manager").Attempts);

        var template = _folder.Combine("frontend-theme.scriban");
        File.WriteAllText(template, "// {{ project.name }} keeps its own theme\n");
        var withTemplate = await BuildAsync(SampleRequirements.Shop(), options: _options with { TemplateFiles = [template] });

        Assert.Equal("ran", withTemplate.Result!.Agents.Single(agent => agent.Agent == "frontend-developer").Status);
        Assert.Equal("// Shop keeps its own theme\n", File.ReadAllText(OutputPath("frontend/src/theme.ts")));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_build_that_kept_an_edited_file_is_not_skipped_next_time_so_its_warning_shows_again()
    {
        await BuildAsync(SampleRequirements.Shop());
        File.WriteAllText(OutputPath("docs/requirements.md"), "# Our own notes\n");
        await BuildAsync(SampleRequirements.Shop());
        Assert.Null(new BuildStateStore(StatePath).Load()!.InputsHash);
        var log = new RecordingBuildLog();

        await BuildAsync(SampleRequirements.Shop(), log);

        Assert.Equal(ArtifactWarningCodes.EditedFileKept, Assert.Single(log.Warnings).Code);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_wiped_output_folder_is_restored_from_the_disk_cache()
    {
        await BuildAsync(SampleRequirements.Shop());
        var before = OutputFiles();
        Directory.Delete(_options.OutputFolder, recursive: true);

        var outcome = await BuildAsync(SampleRequirements.Shop());

        Assert.All(outcome.Result!.Agents, agent => Assert.Equal(("cached", "disk"), (agent.Status, agent.CacheLevel)));
        var after = OutputFiles();
        Assert.Equal(before.Count, after.Count);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact(Timeout = 30_000)]
    public async Task The_generated_test_project_references_the_project_file_by_its_path_from_the_output_folder()
    {
        // The project two folders above the output folder, under another name than the root namespace.
        var projectFile = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(_options.OutputFolder).TrimEnd(Path.DirectorySeparatorChar)))!, "Api", "Shop.Web.csproj");
        var expected = "../../" + string.Join('/', Path.GetRelativePath(_options.OutputFolder, projectFile).Split(Path.DirectorySeparatorChar));

        var outcome = await BuildAsync(SampleRequirements.Shop(), options: _options with { ProjectFile = projectFile });

        Assert.True(outcome.Succeeded);
        var project = System.Xml.Linq.XDocument.Load(OutputPath("tests/ApiTests/ApiTests.csproj"));
        Assert.Equal(expected, Assert.Single(project.Descendants("ProjectReference")).Attribute("Include")?.Value);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), project.ToString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_file_the_build_wrote_and_no_longer_produces_is_removed()
    {
        var withAuthor = SampleRequirements.Shop() with { Entities = EquatableArray.Of(Author, SampleRequirements.Shop().Entities[0]) };
        await BuildAsync(withAuthor);
        Assert.True(File.Exists(OutputPath("database/tables/Authors.sql")));
        Assert.True(File.Exists(OutputPath("frontend/src/pages/AuthorPage.tsx")));

        var outcome = await BuildAsync(SampleRequirements.Shop());

        Assert.True(outcome.Succeeded);
        var stale = new[] { "database/tables/Authors.sql", "frontend/src/pages/AuthorPage.tsx", "frontend/src/api/author.ts", "docs/user-stories/author.md", "tests/api/author.http", "tests/ApiTests/AuthorApiTests.cs" };
        Assert.All(stale, path => Assert.False(File.Exists(OutputPath(path)), path));
        Assert.True(File.Exists(OutputPath("database/tables/Books.sql")));
        var state = new BuildStateStore(StatePath).Load()!;
        Assert.All(stale, path => Assert.DoesNotContain(path, state.WrittenFiles.Keys));
        Assert.All(stale, path => Assert.DoesNotContain(OutputPath(path), outcome.FileWrites));
        using var report = Report();
        Assert.Equal(stale.Length, report.RootElement.GetProperty("files").GetProperty("deleted").GetInt32());
    }

    [Fact(Timeout = 30_000)]
    public async Task A_file_the_user_edited_is_kept_and_the_new_version_goes_beside_it()
    {
        await BuildAsync(SampleRequirements.Shop("dark"));
        const string Edited = "// my own theme\nexport const themeMode = 'dark';\n";
        File.WriteAllText(OutputPath("frontend/src/theme.ts"), Edited);
        var log = new RecordingBuildLog();

        var outcome = await BuildAsync(SampleRequirements.Shop("light"), log);

        Assert.True(outcome.Succeeded);
        Assert.Empty(log.Errors);
        Assert.Equal(Edited, File.ReadAllText(OutputPath("frontend/src/theme.ts")));
        var generated = File.ReadAllBytes(OutputPath("frontend/src/theme.generated.ts"));
        Assert.Equal(outcome.Result!.Files["frontend/src/theme.ts"], generated);
        Assert.Contains("'light'", Encoding.UTF8.GetString(generated), StringComparison.Ordinal);
        var warning = Assert.Single(log.Warnings);
        Assert.Equal((ArtifactWarningCodes.EditedFileKept, OutputPath("frontend/src/theme.ts")), (warning.Code, warning.File));
        Assert.Contains("theme.generated.ts", warning.Text, StringComparison.Ordinal);
        Assert.Contains(OutputPath("frontend/src/theme.generated.ts"), outcome.FileWrites);

        // The edited file is not the frontend's output, so the next build cannot take its files as up to date.
        var again = await BuildAsync(SampleRequirements.Shop("light"));
        var frontend = again.Result!.Agents.Single(agent => agent.Agent == "frontend-developer");
        Assert.Equal(("cached", "disk"), (frontend.Status, frontend.CacheLevel));
        Assert.Equal(Edited, File.ReadAllText(OutputPath("frontend/src/theme.ts")));
        Assert.All(again.Result.Agents.Where(agent => agent.Agent != "frontend-developer"), agent => Assert.Equal("up-to-date", agent.Status));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_failed_agent_fails_the_build_with_its_code_and_the_other_agents_files_are_written()
    {
        var template = _folder.Combine("Templates", "frontend-theme.scriban");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);
        File.WriteAllText(template, "{{ if }}");
        var log = new RecordingBuildLog();

        var outcome = await BuildAsync(SampleRequirements.Shop(), log, options: _options with { TemplateFiles = [template] });

        Assert.False(outcome.Succeeded);
        var failed = Assert.Single(log.Errors, error => error.Code == AgentFailureCodes.TemplateFailed);
        Assert.Contains("'frontend-developer' failed", failed.Text, StringComparison.Ordinal);
        Assert.Contains(template, failed.Text, StringComparison.Ordinal);
        Assert.Equal(
            new[] { "development-coordinator", "qa-engineer", "site-reliability-engineer" },
            log.Errors.Where(error => error.Code == AgentErrorCodes.DependencyFailed).Select(error => error.Text.Split('\'')[1]).OrderBy(name => name, StringComparer.Ordinal));
        Assert.Equal(4, log.Errors.Count);

        var onDisk = OutputFiles();
        foreach (var written in new[] { "docs/requirements.md", "api/openapi.yaml", "database/schema.sql", "deploy/Dockerfile" })
        {
            Assert.Contains(written, onDisk.Keys);
        }

        Assert.DoesNotContain(onDisk.Keys, path => path.StartsWith("frontend/", StringComparison.Ordinal));
        Assert.DoesNotContain("docs/test-plan.md", onDisk.Keys);

        using var report = Report();
        var agents = AgentsOf(report);
        Assert.Equal(("failed", AgentFailureCodes.TemplateFailed), (agents["frontend-developer"].GetProperty("status").GetString(), agents["frontend-developer"].GetProperty("errorCode").GetString()));
        Assert.Equal("skipped", agents["qa-engineer"].GetProperty("status").GetString());
        Assert.Equal(4, report.RootElement.GetProperty("agentsNotDone").GetInt32());
        var state = new BuildStateStore(StatePath).Load()!;
        Assert.DoesNotContain("frontend-developer", state.Agents.Keys);
        Assert.Contains("backend-developer", state.Agents.Keys);
    }

    [Fact(Timeout = 30_000)]
    public async Task After_a_failed_build_the_failed_agents_earlier_files_stay_in_place()
    {
        await BuildAsync(SampleRequirements.Shop());
        var theme = File.ReadAllBytes(OutputPath("frontend/src/theme.ts"));
        var template = _folder.Combine("frontend-theme.scriban");
        File.WriteAllText(template, "{{ if }}");

        var outcome = await BuildAsync(SampleRequirements.Shop("light"), options: _options with { TemplateFiles = [template] });

        Assert.False(outcome.Succeeded);
        Assert.Equal(theme, File.ReadAllBytes(OutputPath("frontend/src/theme.ts")));
        Assert.True(File.Exists(OutputPath("docs/test-plan.md")));
        var state = new BuildStateStore(StatePath).Load()!;
        Assert.Equal(ContentHash.Of(theme), state.WrittenFiles["frontend/src/theme.ts"]);
        Assert.Contains(OutputPath("frontend/src/theme.ts"), outcome.FileWrites);

        // The next good build takes over again, and finds the kept files its own.
        var recovered = await BuildAsync(SampleRequirements.Shop("light"));
        Assert.True(recovered.Succeeded);
        Assert.Contains("'light'", File.ReadAllText(OutputPath("frontend/src/theme.ts")), StringComparison.Ordinal);
        Assert.False(File.Exists(OutputPath("frontend/src/theme.generated.ts")));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_template_file_that_cannot_be_read_is_a_warning_and_the_built_in_template_is_used()
    {
        var missing = _folder.Combine("Templates", "frontend-theme.scriban");
        var log = new RecordingBuildLog();

        var outcome = await BuildAsync(SampleRequirements.Shop(), log, options: _options with { TemplateFiles = [missing] });

        Assert.True(outcome.Succeeded);
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(("FSD1205", missing), (warning.Code, warning.File));
        Assert.Contains("'dark'", File.ReadAllText(OutputPath("frontend/src/theme.ts")), StringComparison.Ordinal);
    }
}
