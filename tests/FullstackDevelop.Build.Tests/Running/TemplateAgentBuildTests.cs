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

/// <summary>A custom template agent in the engine the task runs: what it writes, what it renders again, and that an incremental build writes what a clean one does.</summary>
public sealed class TemplateAgentBuildTests : IDisposable
{
    private const string IndexTemplate = "{{ for e in entities }}{{ e.name }}\n{{ end }}{{ for u in upstream }}{{ u.agent }} {{ u.path }}\n{{ end }}";
    private const string EntityTemplate = "{{ entity.name }}: {{ for f in entity.fields }}{{ f.name }} {{ end }}";

    private static readonly EntityInfo Author = new(
        "Author",
        "Authors",
        EquatableArray.Of(new FieldInfo("Id", "int32", true, true, null, default), new FieldInfo("Name", "string", false, true, 120, default)),
        default);

    private readonly List<TaskFolder> _folders = new();

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
    }

    private static ProjectRequirements Requirements(bool bookHasSubtitle = false)
    {
        var shop = SampleRequirements.Shop();
        var book = shop.Entities[0];
        if (bookHasSubtitle)
        {
            book = book with { Fields = EquatableArray.From(book.Fields.Append(new FieldInfo("Subtitle", "string", false, false, 200, default))) };
        }

        return shop with
        {
            Entities = EquatableArray.Of(Author, book),
            Agents = EquatableArray.Of(new CustomAgentInfo(
                "search-indexer",
                EquatableArray.Of("technical-architect"),
                EquatableArray.Of("search."),
                "1.0.0",
                5,
                null,
                default,
                EquatableArray.Of(new CustomAgentTemplate("search-entity", "search/entities/{entity-kebab}.txt", true), new CustomAgentTemplate("search-index", "search/index.txt", false)))),
        };
    }

    private TaskFolder NewFolder(string entityTemplate = EntityTemplate)
    {
        var folder = new TaskFolder();
        _folders.Add(folder);
        Directory.CreateDirectory(folder.Combine("Templates"));
        File.WriteAllText(folder.Combine("Templates", "search-index.scriban"), IndexTemplate);
        File.WriteAllText(folder.Combine("Templates", "search-entity.scriban"), entityTemplate);
        return folder;
    }

    private static AgentBuildOptions OptionsOf(TaskFolder folder) =>
        folder.Options with { TemplateFiles = [folder.Combine("Templates", "search-index.scriban"), folder.Combine("Templates", "search-entity.scriban")] };

    private static Task<AgentBuildOutcome> BuildAsync(TaskFolder folder, ProjectRequirements requirements, RecordingBuildLog? log = null) =>
        AgentBuild.RunAsync(OptionsOf(folder), TaskFolder.Snapshot(requirements), new MemoryResultCache(), new ParsedTemplateCache(64), log ?? new RecordingBuildLog(), CancellationToken.None);

    private static Dictionary<string, string> OutputFiles(TaskFolder folder) =>
        Directory.EnumerateFiles(folder.Options.OutputFolder, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(folder.Options.OutputFolder, file).Replace(Path.DirectorySeparatorChar, '/'),
            File.ReadAllText,
            StringComparer.Ordinal);

    private static string[] Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        after.Keys.Union(before.Keys)
            .Where(path => !before.TryGetValue(path, out var old) || !after.TryGetValue(path, out var now) || old != now)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();

    private static string[] RenderedUnits(AgentBuildOutcome outcome) =>
        outcome.Result!.Agents.Single(agent => agent.Agent == "search-indexer").RenderedUnits.ToArray();

    [Fact(Timeout = 60_000)]
    public async Task A_template_agent_writes_its_project_file_and_one_file_per_entity_from_the_model_and_its_upstream_files()
    {
        var folder = NewFolder();

        var outcome = await BuildAsync(folder, Requirements());

        Assert.True(outcome.Succeeded);
        var files = OutputFiles(folder);
        Assert.Equal("Author\nBook\ntechnical-architect api/openapi.yaml\ntechnical-architect docs/architecture.md\n", files["search/index.txt"]);
        Assert.Equal("Author: Id Name \n", files["search/entities/author.txt"]);
        Assert.Equal("Book: Id Title \n", files["search/entities/book.txt"]);
        Assert.Equal(new[] { "entity:Author", "entity:Book", "project" }, RenderedUnits(outcome).OrderBy(unit => unit, StringComparer.Ordinal));
        Assert.Equal(3, outcome.Result!.Agents.Single(agent => agent.Agent == "search-indexer").UnitCount);
    }

    [Fact(Timeout = 60_000)]
    public async Task Editing_its_template_renders_only_its_units_of_that_template_and_changes_only_their_files()
    {
        var folder = NewFolder();
        await BuildAsync(folder, Requirements());
        var before = OutputFiles(folder);
        File.WriteAllText(folder.Combine("Templates", "search-entity.scriban"), "# " + EntityTemplate);

        var outcome = await BuildAsync(folder, Requirements());

        Assert.Equal(new[] { "entity:Author", "entity:Book" }, RenderedUnits(outcome));
        Assert.Equal(new[] { "search/entities/author.txt", "search/entities/book.txt" }, Changed(before, OutputFiles(folder)));
        Assert.All(outcome.Result!.Agents.Where(agent => agent.Agent != "search-indexer"), agent => Assert.Equal("up-to-date", agent.Status));
    }

    [Fact(Timeout = 60_000)]
    public async Task Changing_an_entity_renders_that_entitys_unit_and_the_project_unit_and_the_result_is_what_a_clean_build_writes()
    {
        var folder = NewFolder();
        await BuildAsync(folder, Requirements());
        var before = OutputFiles(folder);

        var outcome = await BuildAsync(folder, Requirements(bookHasSubtitle: true));

        Assert.Equal(new[] { "entity:Book", "project" }, RenderedUnits(outcome).OrderBy(unit => unit, StringComparer.Ordinal));
        Assert.Equal("Book: Id Title Subtitle \n", OutputFiles(folder)["search/entities/book.txt"]);
        Assert.DoesNotContain("search/entities/author.txt", Changed(before, OutputFiles(folder)));

        var clean = NewFolder();
        await BuildAsync(clean, Requirements(bookHasSubtitle: true));
        Assert.Equal(OutputFiles(clean), OutputFiles(folder));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_template_that_fails_fails_the_agent_with_fsd2101()
    {
        var folder = NewFolder(entityTemplate: "{{ no_such_variable }}");
        var log = new RecordingBuildLog();

        var outcome = await BuildAsync(folder, Requirements(), log);

        Assert.False(outcome.Succeeded);
        Assert.Contains(log.Errors, error => error.Code == "FSD2101" && error.Text.Contains("search-entity", StringComparison.Ordinal));
    }
}
