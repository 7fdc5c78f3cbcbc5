using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Backend;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Running;

public sealed class ArtifactBuilderTests : IDisposable
{
    private static readonly string[] BuiltInNames = BuiltInAgents.All.Select(agent => agent.Name).ToArray();

    // The Bookstore sample declares one custom agent without a command: it runs, and writes nothing.
    private static readonly string[] AllNames = BuiltInNames.Append("search-indexer").ToArray();

    private static readonly ProjectRequirements Bookstore = BackendSamples.Bookstore;

    private readonly BuildSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact(Timeout = 30_000)]
    public async Task A_cold_run_runs_every_agent_and_produces_every_file_the_agents_render()
    {
        var result = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, new MemoryResultCache()));

        Assert.True(result.Succeeded);
        Assert.Equal(AllNames, result.Agents.Select(report => report.Agent));
        Assert.All(result.Agents, report =>
        {
            Assert.Equal("ran", report.Status);
            Assert.Null(report.CacheLevel);
            Assert.Equal(1, report.Attempts);
            Assert.Equal(report.UnitCount, report.RenderedUnits.Count);
            Assert.Equal(TimeSpan.Zero, report.TimeSaved);
            Assert.Null(report.ErrorCode);
            Assert.True(CacheKeyBuilder.IsWellFormed(report.CacheKey!));
        });
        Assert.Equal((AllNames.Length, 0, 0, 0.0), (result.RanCount, result.ReusedCount, result.NotDoneCount, result.CacheHitRatio));
        Assert.Equal("full_rebuild", result.Delta.Strategy.ToLabel());
        Assert.Empty(result.Conflicts);

        // Every file each built-in agent renders, with the same bytes, and nothing else.
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var agent in BuiltInNames)
        {
            var files = AgentSamples.Render(agent, Bookstore);
            Assert.Equal(files.Keys.OrderBy(path => path, StringComparer.Ordinal), result.AgentFiles[agent].Keys.OrderBy(path => path, StringComparer.Ordinal));
            Assert.Equal(files.Count, BuildSandbox.ReportOf(result, agent).FileCount);
            foreach (var file in files)
            {
                expected.Add(file.Key, file.Value);
            }
        }

        // The sample's custom template agent writes its index and one mapping per entity under search/.
        Assert.Equal(expected.Keys, result.Files.Keys.Where(path => !path.StartsWith("search/", StringComparison.Ordinal)).OrderBy(path => path, StringComparer.Ordinal));
        Assert.All(expected, file => Assert.Equal(file.Value, Encoding.UTF8.GetString(result.Files[file.Key])));
        Assert.Equal(1 + Bookstore.Entities.Count, BuildSandbox.ReportOf(result, "search-indexer").FileCount);
        Assert.Equal(result.AgentFiles["search-indexer"].Keys.OrderBy(path => path, StringComparer.Ordinal), result.Files.Keys.Where(path => path.StartsWith("search/", StringComparison.Ordinal)).OrderBy(path => path, StringComparer.Ordinal));

        // The per-entity agents have one unit for their project files and one per entity.
        var entities = Bookstore.Entities.Count;
        Assert.Equal(1 + entities, BuildSandbox.ReportOf(result, "frontend-developer").UnitCount);
        Assert.Equal(new[] { "project" }.Concat(Bookstore.Entities.Select(entity => "entity:" + entity.Name)), BuildSandbox.ReportOf(result, "backend-developer").RenderedUnits);
        Assert.Equal(1, BuildSandbox.ReportOf(result, "devops-engineer").UnitCount);
    }

    [Fact(Timeout = 30_000)]
    public async Task The_same_request_again_comes_from_the_memory_cache_then_from_the_disk_cache_with_the_same_bytes()
    {
        var memory = new MemoryResultCache();
        var cold = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory));
        var warm = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory));

        // A new build process: nothing in memory, the same disk cache folder.
        var fresh = new MemoryResultCache();
        var restored = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, fresh));

        foreach (var (result, level) in new[] { (warm, "memory"), (restored, "disk") })
        {
            Assert.True(result.Succeeded);
            Assert.All(result.Agents, report =>
            {
                Assert.Equal("cached", report.Status);
                Assert.Equal(level, report.CacheLevel);
                Assert.Empty(report.RenderedUnits);
                Assert.Equal(BuildSandbox.ReportOf(cold, report.Agent).CacheKey, report.CacheKey);
                Assert.Equal(BuildSandbox.ReportOf(cold, report.Agent).OutputHash, report.OutputHash);
                Assert.Equal(BuildSandbox.ReportOf(cold, report.Agent).FileCount, report.FileCount);
            });
            Assert.Equal((0, AllNames.Length, 1.0), (result.RanCount, result.ReusedCount, result.CacheHitRatio));
            Assert.True(result.TimeSaved > TimeSpan.Zero);
            Assert.Equal(cold.Files.Keys.OrderBy(path => path, StringComparer.Ordinal), result.Files.Keys.OrderBy(path => path, StringComparer.Ordinal));
            Assert.All(cold.Files, file => Assert.Equal(file.Value, result.Files[file.Key]));
        }

        // The disk hits were promoted to the new memory cache.
        Assert.True(fresh.Count >= AllNames.Length);
    }

    [Fact(Timeout = 30_000)]
    public async Task The_disk_cache_is_only_reached_when_memory_misses()
    {
        var memory = new MemoryResultCache();
        await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory));

        // The same memory cache over an empty disk cache: every agent still comes from memory.
        var warm = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory, _sandbox.Combine("other-cache")));

        Assert.All(warm.Agents, report => Assert.Equal(("cached", "memory"), (report.Status, report.CacheLevel)));
    }

    [Fact(Timeout = 30_000)]
    public async Task An_agent_whose_previous_files_are_in_place_under_its_key_is_up_to_date_and_nothing_is_rendered()
    {
        var cold = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, new MemoryResultCache()));
        var previous = InMemoryPreviousOutputs.Of(cold);

        // No cache can serve this build: a fresh memory cache over an empty disk cache, and fresh parsed templates.
        var memory = new MemoryResultCache();
        var request = _sandbox.Request(Bookstore, memory, _sandbox.Combine("empty-cache")) with { PreviousOutputs = previous, PreviousRequirements = Bookstore, History = cold.History };
        var result = await BuildSandbox.BuildAsync(request);

        Assert.True(result.Succeeded);
        Assert.All(result.Agents, report =>
        {
            Assert.Equal(("up-to-date", "output"), (report.Status, report.CacheLevel));
            Assert.Empty(report.RenderedUnits);

            // The files carry no duration: what they saved is the agent's run in the cold build.
            Assert.Equal(Assert.Single(cold.History.DurationsOf(report.Agent)), report.TimeSaved);
            Assert.Equal(BuildSandbox.ReportOf(cold, report.Agent).OutputHash, report.OutputHash);
        });
        Assert.Equal((0, 1.0), (result.RanCount, result.CacheHitRatio));
        Assert.Equal(0, request.TemplateCache.ParseCount);
        Assert.Equal(0, memory.Count);
        Assert.All(cold.Files, file => Assert.Equal(file.Value, result.Files[file.Key]));

        // Each agent was looked up once, under the key of the cold run.
        Assert.Equal(
            cold.Agents.Select(report => (report.Agent, report.CacheKey!)).OrderBy(lookup => lookup.Agent, StringComparer.Ordinal),
            previous.Lookups.OrderBy(lookup => lookup.Agent, StringComparer.Ordinal));
        Assert.Equal("incremental", result.Delta.Strategy.ToLabel());
        Assert.Empty(result.Delta.ChangedKeys);
    }

    [Fact(Timeout = 30_000)]
    public async Task The_previous_files_are_looked_at_before_the_caches()
    {
        var memory = new MemoryResultCache();
        var cold = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory));

        // The memory cache holds every result too, but the files in place win.
        var result = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory) with { PreviousOutputs = InMemoryPreviousOutputs.Of(cold) });

        Assert.All(result.Agents, report => Assert.Equal(("up-to-date", "output"), (report.Status, report.CacheLevel)));
    }

    [Fact(Timeout = 30_000)]
    public async Task An_agent_whose_previous_files_were_edited_is_not_up_to_date_and_its_dependents_still_are()
    {
        var cold = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, new MemoryResultCache()));
        var previous = InMemoryPreviousOutputs.Of(cold).Edit("devops-engineer");

        var request = _sandbox.Request(Bookstore, new MemoryResultCache(), _sandbox.Combine("empty-cache")) with { PreviousOutputs = previous };
        var result = await BuildSandbox.BuildAsync(request);

        var reports = BuildSandbox.Reports(result);
        Assert.Equal(("ran", 1), (reports["devops-engineer"].Status, reports["devops-engineer"].RenderedUnits.Count));

        // It rendered the same files again, so its dependents' keys did not change.
        Assert.Equal(BuildSandbox.ReportOf(cold, "devops-engineer").OutputHash, reports["devops-engineer"].OutputHash);
        Assert.All(AllNames.Where(name => name != "devops-engineer"), name => Assert.Equal("up-to-date", reports[name].Status));
    }

    [Fact(Timeout = 30_000)]
    public async Task Changing_one_entitys_field_re_renders_that_entitys_units_and_the_project_units_that_list_the_entities()
    {
        var memory = new MemoryResultCache();
        var cold = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory));
        var edited = BuildSandbox.WithField(Bookstore, "Category", "Name", field => field with { MaxLength = 80 });

        var result = await BuildSandbox.BuildAsync(_sandbox.Request(edited, memory) with { PreviousRequirements = Bookstore });

        Assert.True(result.Succeeded);
        Assert.Equal(new[] { "entities.Category" }, result.Delta.ChangedKeys);
        var reports = BuildSandbox.Reports(result);
        foreach (var perEntity in new[] { "product-manager", "frontend-developer", "backend-developer", "qa-engineer" })
        {
            Assert.Equal("ran", reports[perEntity].Status);
            Assert.Equal(new[] { "project", "entity:Category" }, reports[perEntity].RenderedUnits);
            Assert.Equal(1 + Bookstore.Entities.Count, reports[perEntity].UnitCount);
        }

        Assert.Equal(new[] { "project" }, reports["technical-architect"].RenderedUnits);

        // The agents downstream of changed outputs have new keys, but render nothing of their own and produce the same
        // files (no unit of theirs reads entities); the coordinator, whose upstream output did not change, is not run.
        foreach (var name in new[] { "devops-engineer", "site-reliability-engineer" })
        {
            Assert.Equal(("ran", 0), (reports[name].Status, reports[name].RenderedUnits.Count));
            Assert.Equal(BuildSandbox.ReportOf(cold, name).OutputHash, reports[name].OutputHash);
        }

        // The sample's template agent renders the changed entity's mapping and its index, which lists the entities.
        Assert.Equal(new[] { "entity:Category", "project" }, reports["search-indexer"].RenderedUnits.OrderBy(unit => unit, StringComparer.Ordinal));

        Assert.Equal(("cached", "memory"), (reports["development-coordinator"].Status, reports["development-coordinator"].CacheLevel));
        Assert.Equal(BuildSandbox.ReportOf(cold, "development-coordinator").CacheKey, reports["development-coordinator"].CacheKey);

        // Only project files and the Category's own files changed; no other entity's file was touched.
        var changed = cold.Files.Keys.Where(path => !cold.Files[path].AsSpan().SequenceEqual(result.Files[path])).ToList();
        Assert.Contains("database/tables/Categories.sql", changed);
        Assert.Contains("frontend/src/api/category.ts", changed);
        Assert.Contains("80", Encoding.UTF8.GetString(result.Files["database/tables/Categories.sql"]), StringComparison.Ordinal);
        var otherEntityFiles = BuiltInAgentArtifacts.All
            .Where(artifact => artifact.Scope == ArtifactScope.Entity)
            .SelectMany(artifact => AgentSamples.Model(Bookstore).Entities.Where(entity => entity.Name != "Category").Select(artifact.PathFor))
            .ToList();
        Assert.NotEmpty(otherEntityFiles);
        Assert.All(otherEntityFiles, path => Assert.DoesNotContain(path, changed));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_ui_change_re_runs_the_frontend_and_stops_where_outputs_stop_changing()
    {
        var memory = new MemoryResultCache();
        var cold = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory));
        var light = BuildSandbox.WithRequirement(Bookstore, "ui.theme", "light");

        var result = await BuildSandbox.BuildAsync(_sandbox.Request(light, memory) with { PreviousRequirements = Bookstore });

        Assert.Equal(new[] { "ui.theme" }, result.Delta.ChangedKeys);
        Assert.Equal("incremental", result.Delta.Strategy.ToLabel());
        var reports = BuildSandbox.Reports(result);
        var before = BuildSandbox.Reports(cold);

        // The frontend reads ui.: it renders its project files again (the theme), not its entity files.
        Assert.Equal("ran", reports["frontend-developer"].Status);
        Assert.Equal(new[] { "project" }, reports["frontend-developer"].RenderedUnits);
        Assert.NotEqual(before["frontend-developer"].OutputHash, reports["frontend-developer"].OutputHash);
        Assert.NotEqual(before["frontend-developer"].CacheKey, reports["frontend-developer"].CacheKey);

        // The QA engineer's upstream output changed, so its key did: it ran, but every unit of its own came from the
        // cache (no template of it reads the frontend's files) and its output is the same.
        Assert.Equal(("ran", 0), (reports["qa-engineer"].Status, reports["qa-engineer"].RenderedUnits.Count));
        Assert.NotEqual(before["qa-engineer"].CacheKey, reports["qa-engineer"].CacheKey);
        Assert.Equal(before["qa-engineer"].OutputHash, reports["qa-engineer"].OutputHash);

        // Early cutoff: everything downstream of the QA engineer, and every agent off the frontend's path, keeps its key.
        foreach (var name in new[] { "site-reliability-engineer", "development-coordinator", "product-manager", "technical-architect", "backend-developer", "devops-engineer", "search-indexer" })
        {
            Assert.Equal(("cached", "memory"), (reports[name].Status, reports[name].CacheLevel));
            Assert.Equal(before[name].CacheKey, reports[name].CacheKey);
        }

        Assert.Equal(2, result.RanCount);
        var changed = cold.Files.Keys.Where(path => !cold.Files[path].AsSpan().SequenceEqual(result.Files[path]));
        Assert.Equal(new[] { "frontend/src/theme.ts" }, changed);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_frontend_that_re_renders_the_same_files_leaves_every_downstream_agent_up_to_date()
    {
        // A project theme that reads no requirement: a ui. change re-renders it, to the same text.
        var catalog = BuildSandbox.Catalog.With(new[] { new TemplateSource("frontend-theme", "export const fixed = 1;\n", "templates/frontend-theme.scriban", IsBuiltIn: false) });
        var cold = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, new MemoryResultCache()) with { Catalog = catalog });
        var light = BuildSandbox.WithRequirement(Bookstore, "ui.theme", "light");

        var request = _sandbox.Request(light, new MemoryResultCache()) with
        {
            Catalog = catalog,
            PreviousRequirements = Bookstore,
            PreviousOutputs = InMemoryPreviousOutputs.Of(cold),
        };
        var result = await BuildSandbox.BuildAsync(request);

        var reports = BuildSandbox.Reports(result);
        var before = BuildSandbox.Reports(cold);
        Assert.Equal("ran", reports["frontend-developer"].Status);
        Assert.Equal(new[] { "project" }, reports["frontend-developer"].RenderedUnits);
        Assert.NotEqual(before["frontend-developer"].CacheKey, reports["frontend-developer"].CacheKey);
        Assert.Equal(before["frontend-developer"].OutputHash, reports["frontend-developer"].OutputHash);
        Assert.Contains("qa-engineer", result.Delta.Downstream);
        Assert.All(AllNames.Where(name => name != "frontend-developer"), name =>
        {
            Assert.Equal("up-to-date", reports[name].Status);
            Assert.Equal(before[name].CacheKey, reports[name].CacheKey);
        });
        Assert.Equal(1, result.RanCount);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_template_error_fails_its_agent_with_FSD2101_skips_its_dependents_and_the_other_agents_complete()
    {
        var broken = BuildSandbox.Catalog.With(new[] { new TemplateSource("frontend-theme", "{{ if }}", "templates/frontend-theme.scriban", IsBuiltIn: false) });
        var memory = new MemoryResultCache();

        var result = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory) with { Catalog = broken });

        Assert.False(result.Succeeded);
        var reports = BuildSandbox.Reports(result);
        var failed = reports["frontend-developer"];
        Assert.Equal(("failed", AgentFailureCodes.TemplateFailed, 1), (failed.Status, failed.ErrorCode, failed.Attempts));
        Assert.Contains("templates/frontend-theme.scriban(", failed.Output, StringComparison.Ordinal);
        Assert.Null(failed.OutputHash);
        foreach (var skipped in new[] { "qa-engineer", "site-reliability-engineer", "development-coordinator" })
        {
            Assert.Equal(("skipped", AgentErrorCodes.DependencyFailed, 0), (reports[skipped].Status, reports[skipped].ErrorCode, reports[skipped].Attempts));
            Assert.Contains("'frontend-developer'", reports[skipped].Output, StringComparison.Ordinal);
        }

        foreach (var completed in new[] { "product-manager", "technical-architect", "backend-developer", "devops-engineer", "search-indexer" })
        {
            Assert.Equal("ran", reports[completed].Status);
            Assert.Contains(completed, result.AgentFiles.Keys);
        }

        Assert.Equal((5, 0, 4), (result.RanCount, result.ReusedCount, result.NotDoneCount));
        Assert.DoesNotContain(result.Files.Keys, path => path.StartsWith("frontend/", StringComparison.Ordinal));
        Assert.DoesNotContain("docs/test-plan.md", result.Files.Keys);
        Assert.Contains("database/schema.sql", result.Files.Keys);
        Assert.Contains("deploy/Dockerfile", result.Files.Keys);
        Assert.False(result.AgentFiles.ContainsKey("frontend-developer"));

        // The frontend's units that did render were kept: with the template fixed, only the broken unit renders.
        var fixedRun = await BuildSandbox.BuildAsync(_sandbox.Request(Bookstore, memory));
        Assert.True(fixedRun.Succeeded);
        Assert.Equal(new[] { "project" }, BuildSandbox.ReportOf(fixedRun, "frontend-developer").RenderedUnits);
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task Two_agents_that_write_the_same_path_are_a_conflict_and_the_first_in_plan_order_keeps_the_file()
    {
        Shell.SkipOnWindows();
        var requirements = BuildSandbox.WithAgents(
            Bookstore,
            BuildSandbox.Command(
                "spec-writer",
                "mkdir -p \"$FULLSTACK_OUTPUT_DIR/docs\" && printf 'custom spec' > \"$FULLSTACK_OUTPUT_DIR/docs/requirements.md\" && printf 'notes' > \"$FULLSTACK_OUTPUT_DIR/docs/notes.md\"",
                "docs/requirements.md",
                "docs/notes.md"));

        var result = await BuildSandbox.BuildAsync(_sandbox.Request(requirements, new MemoryResultCache()));

        Assert.True(result.Succeeded);
        Assert.Equal(new[] { "docs/requirements.md" }, result.Conflicts);
        Assert.Equal(AgentSamples.Render("product-manager", Bookstore)["docs/requirements.md"], Encoding.UTF8.GetString(result.Files["docs/requirements.md"]));
        Assert.Equal("notes", Encoding.UTF8.GetString(result.Files["docs/notes.md"]));
        Assert.Equal(new[] { "docs/notes.md", "docs/requirements.md" }, result.AgentFiles["spec-writer"].Keys.OrderBy(path => path, StringComparer.Ordinal));
        Assert.Equal(("ran", 2), (BuildSandbox.ReportOf(result, "spec-writer").Status, BuildSandbox.ReportOf(result, "spec-writer").FileCount));
    }

    [Fact(Timeout = 30_000)]
    public async Task Requirements_that_do_not_plan_are_an_argument_error()
    {
        var cyclic = Bookstore with
        {
            Agents = EquatableArray.Of(
                new CustomAgentInfo("a", EquatableArray.Of("b"), default, "1.0.0", 1, null, default),
                new CustomAgentInfo("b", EquatableArray.Of("a"), default, "1.0.0", 1, null, default)),
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => BuildSandbox.BuildAsync(_sandbox.Request(cyclic, new MemoryResultCache())));

        Assert.Contains("do not make a plan", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Only_agents_that_did_their_work_add_a_duration_to_the_history()
    {
        var request = _sandbox.Request(Bookstore, new MemoryResultCache());

        var first = await BuildSandbox.BuildAsync(request);
        var second = await BuildSandbox.BuildAsync(request with { History = first.History });

        Assert.All(AllNames, name => Assert.Single(first.History.DurationsOf(name)));

        // Every result of the second build came from the memory cache in a millisecond: recording that would shrink
        // the agents' adaptive timeouts below what a real run needs.
        Assert.All(second.Agents, agent => Assert.Equal("cached", agent.Status));
        Assert.All(AllNames, name => Assert.Equal(first.History.DurationsOf(name), second.History.DurationsOf(name)));
        Assert.Empty(request.History.DurationsOf("frontend-developer"));
    }
}
