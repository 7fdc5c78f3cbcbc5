using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Running;

public sealed class AgentCacheKeysTests
{
    private static readonly AgentDefinition Frontend = BuiltInAgents.All.Single(agent => agent.Name == "frontend-developer");
    private static readonly AgentDefinition Qa = BuiltInAgents.All.Single(agent => agent.Name == "qa-engineer");

    // Any real unit model: these tests vary the templates around it, not the model.
    private static readonly object ProjectModel = UnitsOf(Frontend, BackendSamples.Bookstore).Single(unit => unit.Name == AgentUnit.ProjectUnitName).Model;

    private static readonly (string, string)[] QaUnits = { ("project", ContentHash.Of("project")), ("entity:Book", ContentHash.Of("book")) };

    private static IReadOnlyList<AgentUnit> UnitsOf(AgentDefinition agent, ProjectRequirements requirements, GeneratorTool? tool = null) =>
        AgentUnits.For(agent, BuiltInAgentArtifacts.Of(agent.Name), AgentSamples.Model(requirements), tool ?? AgentSamples.Tool);

    private static string KeyOf(AgentUnit unit, AgentDefinition agent, TemplateCatalog? catalog = null, GeneratorTool? tool = null) =>
        AgentCacheKeys.Of(unit, agent, catalog ?? TemplateCatalog.BuiltIn, ParsedTemplateCache.Shared, tool ?? AgentSamples.Tool, new UnitModelHasher());

    private static KeyValuePair<string, string>[] Upstream(string frontendOutput, string backendOutput) =>
        new[] { new KeyValuePair<string, string>("backend-developer", backendOutput), new KeyValuePair<string, string>("frontend-developer", frontendOutput) };

    [Fact]
    public void A_template_agents_key_changes_with_an_upstream_output_and_only_with_it()
    {
        var key = AgentCacheKeys.OfTemplateAgent(Qa, QaUnits, Upstream(ContentHash.Of("fe"), ContentHash.Of("be")), AgentSamples.Tool);

        Assert.True(CacheKeyBuilder.IsWellFormed(key));
        Assert.Equal(key, AgentCacheKeys.OfTemplateAgent(Qa, QaUnits.ToArray(), Upstream(ContentHash.Of("fe"), ContentHash.Of("be")), AgentSamples.Tool));
        Assert.NotEqual(key, AgentCacheKeys.OfTemplateAgent(Qa, QaUnits, Upstream(ContentHash.Of("fe, re-rendered differently"), ContentHash.Of("be")), AgentSamples.Tool));
        Assert.NotEqual(key, AgentCacheKeys.OfTemplateAgent(Qa, QaUnits, Upstream(ContentHash.Of("fe"), ContentHash.Of("be, changed")), AgentSamples.Tool));
        Assert.NotEqual(key, AgentCacheKeys.OfTemplateAgent(Qa, QaUnits, Upstream(ContentHash.Of("fe"), ContentHash.Of("be")).Take(1), AgentSamples.Tool));
    }

    [Fact]
    public void A_template_agents_key_changes_with_a_units_key_its_version_and_the_tool()
    {
        var upstream = Upstream(ContentHash.Of("fe"), ContentHash.Of("be"));
        var key = AgentCacheKeys.OfTemplateAgent(Qa, QaUnits, upstream, AgentSamples.Tool);

        Assert.NotEqual(key, AgentCacheKeys.OfTemplateAgent(Qa, new[] { QaUnits[0], ("entity:Book", ContentHash.Of("book, edited")) }, upstream, AgentSamples.Tool));
        Assert.NotEqual(key, AgentCacheKeys.OfTemplateAgent(Qa, QaUnits.Take(1), upstream, AgentSamples.Tool));
        Assert.NotEqual(key, AgentCacheKeys.OfTemplateAgent(Qa with { Version = "2.0.0" }, QaUnits, upstream, AgentSamples.Tool));
        Assert.NotEqual(key, AgentCacheKeys.OfTemplateAgent(Qa, QaUnits, upstream, AgentSamples.Tool with { Version = "9.9.9" }));
    }

    [Fact]
    public void A_units_key_is_stable_across_model_builds_and_changes_with_its_model()
    {
        var units = UnitsOf(Frontend, BackendSamples.Bookstore);
        var again = UnitsOf(Frontend, BackendSamples.Bookstore);
        var light = UnitsOf(Frontend, BackendSamples.Bookstore with
        {
            Requirements = EquatableArray.From(BackendSamples.Bookstore.Requirements.Select(entry => entry.Key == "ui.theme" ? entry with { Value = "light" } : entry)),
        });

        Assert.Equal(units.Select(unit => KeyOf(unit, Frontend)), again.Select(unit => KeyOf(unit, Frontend)));
        Assert.Equal(units.Count, units.Select(unit => KeyOf(unit, Frontend)).Distinct(StringComparer.Ordinal).Count());

        // A ui. key is in the project unit's model only: the entity units keep their keys.
        Assert.NotEqual(KeyOf(units[0], Frontend), KeyOf(light[0], Frontend));
        Assert.Equal(units.Skip(1).Select(unit => KeyOf(unit, Frontend)), light.Skip(1).Select(unit => KeyOf(unit, Frontend)));
    }

    [Fact]
    public void A_units_key_changes_with_its_templates_but_not_with_templates_of_other_units()
    {
        var units = UnitsOf(Frontend, BackendSamples.Bookstore);
        var project = units.Single(unit => unit.Name == AgentUnit.ProjectUnitName);
        var book = units.Single(unit => unit.Name == AgentUnit.EntityUnitName("Book"));
        var catalog = TemplateCatalog.BuiltIn.With(new[] { new TemplateSource("frontend-theme", "// mine\n", "frontend-theme.scriban", IsBuiltIn: false) });

        Assert.NotEqual(KeyOf(project, Frontend), KeyOf(project, Frontend, catalog));
        Assert.Equal(KeyOf(book, Frontend), KeyOf(book, Frontend, catalog));
    }

    [Fact]
    public void A_units_key_takes_the_templates_its_templates_include()
    {
        // csharp-endpoints declares in the catalog that it includes csharp-crud-map, among others.
        Assert.Contains("csharp-crud-map", TemplateCatalog.BuiltIn.Describe("csharp-endpoints")!.Dependencies);
        var unit = new AgentUnit("custom", AgentUnit.ProjectUnitName, EquatableArray.Of(new AgentArtifact("custom", "csharp-endpoints", "Endpoints.cs", ArtifactScope.Project)), ProjectModel, null);
        var agent = new AgentDefinition("custom", default, default, 1, "1.0.0", false, null, default);
        var included = TemplateCatalog.BuiltIn.With(new[] { new TemplateSource("csharp-crud-map", "{{ 'changed' }}", "csharp-crud-map.scriban", IsBuiltIn: false) });
        var unrelated = TemplateCatalog.BuiltIn.With(new[] { new TemplateSource("frontend-theme", "{{ 'changed' }}", "frontend-theme.scriban", IsBuiltIn: false) });

        Assert.NotEqual(KeyOf(unit, agent), KeyOf(unit, agent, included));
        Assert.Equal(KeyOf(unit, agent), KeyOf(unit, agent, unrelated));
    }

    [Fact]
    public void A_missing_template_gives_a_key_of_its_own()
    {
        var agent = new AgentDefinition("custom", default, default, 1, "1.0.0", false, null, default);
        AgentUnit UnitOf(string template) =>
            new("custom", AgentUnit.ProjectUnitName, EquatableArray.Of(new AgentArtifact("custom", template, "out.txt", ArtifactScope.Project)), ProjectModel, null);

        var missing = KeyOf(UnitOf("no-such-template"), agent);

        Assert.True(CacheKeyBuilder.IsWellFormed(missing));
        Assert.NotEqual(missing, KeyOf(UnitOf("another-missing-template"), agent));
        Assert.NotEqual(missing, KeyOf(UnitOf("no-such-template"), agent, TemplateCatalog.BuiltIn.With(new[] { new TemplateSource("no-such-template", "text", "no-such-template.scriban", IsBuiltIn: false) })));
    }

    private static readonly AgentDefinition Indexer = new("search-indexer", EquatableArray.Of("backend-developer"), EquatableArray.Of("search."), 1, "1.0.0", false, "sh tools/index.sh", EquatableArray.Of("search/index.json"));

    private static readonly KeyValuePair<string, string>[] IndexerFiles = { new("tools/index.sh", ContentHash.Of("echo index")) };

    private static readonly Dictionary<string, string> IndexerSlice = new(StringComparer.Ordinal) { ["search.language"] = "en" };

    private static readonly KeyValuePair<string, string>[] IndexerUpstream = { new("backend-developer", ContentHash.Of("be")) };

    private static string IndexerKey(
        AgentDefinition? agent = null,
        KeyValuePair<string, string>[]? files = null,
        Dictionary<string, string>? slice = null,
        KeyValuePair<string, string>[]? upstream = null,
        GeneratorTool? tool = null) =>
        AgentCacheKeys.OfCommandAgent(agent ?? Indexer, files ?? IndexerFiles, slice ?? IndexerSlice, upstream ?? IndexerUpstream, tool ?? AgentSamples.Tool);

    // Every input of a command agent, each changed alone.
    public static TheoryData<string> CommandAgentInputs => new()
    {
        "command", "outputs", "version", "tool", "script content", "another script", "no script", "slice value", "slice key", "upstream output", "upstream agent",
    };

    [Theory]
    [MemberData(nameof(CommandAgentInputs))]
    public void A_command_agents_key_changes_with_each_of_its_inputs(string input)
    {
        var changed = input switch
        {
            "command" => IndexerKey(agent: Indexer with { Command = "sh tools/index.sh --fast" }),
            "outputs" => IndexerKey(agent: Indexer with { Outputs = EquatableArray.Of("search/index.json", "search/synonyms.json") }),
            "version" => IndexerKey(agent: Indexer with { Version = "1.0.1" }),
            "tool" => IndexerKey(tool: AgentSamples.Tool with { Version = "9.9.9" }),
            "script content" => IndexerKey(files: new[] { new KeyValuePair<string, string>("tools/index.sh", ContentHash.Of("echo index --all")) }),
            "another script" => IndexerKey(files: IndexerFiles.Append(new KeyValuePair<string, string>("tools/words.txt", ContentHash.Of("a b"))).ToArray()),
            "no script" => IndexerKey(files: Array.Empty<KeyValuePair<string, string>>()),
            "slice value" => IndexerKey(slice: new Dictionary<string, string>(StringComparer.Ordinal) { ["search.language"] = "de" }),
            "slice key" => IndexerKey(slice: new Dictionary<string, string>(IndexerSlice, StringComparer.Ordinal) { ["search.stemming"] = "on" }),
            "upstream output" => IndexerKey(upstream: new[] { new KeyValuePair<string, string>("backend-developer", ContentHash.Of("be, changed")) }),
            "upstream agent" => IndexerKey(upstream: IndexerUpstream.Append(new KeyValuePair<string, string>("frontend-developer", ContentHash.Of("fe"))).ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
        };

        Assert.NotEqual(IndexerKey(), changed);
    }

    [Fact]
    public void A_command_agents_key_is_the_same_for_the_same_inputs()
    {
        var key = IndexerKey();

        Assert.True(CacheKeyBuilder.IsWellFormed(key));
        Assert.Equal(key, IndexerKey(files: IndexerFiles.ToArray(), slice: new Dictionary<string, string>(IndexerSlice, StringComparer.Ordinal), upstream: IndexerUpstream.ToArray()));
    }

    private static AgentUnit UnitRendering(string template) =>
        new("custom", AgentUnit.ProjectUnitName, EquatableArray.Of(new AgentArtifact("custom", template, "out.txt", ArtifactScope.Project)), ProjectModel, null);

    private static readonly AgentDefinition Custom = new("custom", default, default, 1, "1.0.0", false, null, default);

    private static TemplateCatalog UserTemplates(params (string Name, string Text)[] templates) =>
        TemplateCatalog.BuiltIn.With(templates.Select(template => new TemplateSource(template.Name, template.Text, template.Name + ".scriban", IsBuiltIn: false)));

    // What a unit rendering the project template "page" reads, each changed alone: the template, what it includes,
    // what that includes, and (for an include by a computed name) any template.
    public static TheoryData<string, string, string, string, string> TemplateInputs => new()
    {
        // page, header, footer before; the one template changed; its new text
        { "{{ include 'header' }}", "H", "F", "page", "{{ include 'header' }}!" },
        { "{{ include 'header' }}", "H", "F", "header", "H2" },
        { "{{ include 'header' }}", "{{ include 'footer' }}", "F", "footer", "F2" },
        { "{{ include 'header' }}", "{{ include 'page' }}", "F", "header", "{{ include 'page' }}!" },
        { "{{ name = 'footer'; include name }}", "H", "F", "footer", "F2" },
        { "{{ include 'header' }}", "H", "F", "csharp-crud-map", "{{ 'changed' }}" },
    };

    [Theory]
    [MemberData(nameof(TemplateInputs))]
    public void A_units_key_follows_every_include_of_the_project_templates(string page, string header, string footer, string changed, string text)
    {
        var unit = UnitRendering("page");
        var before = UserTemplates(("page", page), ("header", header), ("footer", footer));
        var after = before.With(new[] { new TemplateSource(changed, text, changed + ".scriban", IsBuiltIn: false) });

        var key = KeyOf(unit, Custom, before);

        if (changed == "csharp-crud-map")
        {
            // A template nothing here includes: the key stays.
            Assert.Equal(key, KeyOf(unit, Custom, after));
        }
        else
        {
            Assert.NotEqual(key, KeyOf(unit, Custom, after));
        }
    }

    [Fact]
    public void A_project_template_overriding_a_built_in_one_is_followed_through_its_own_includes()
    {
        // The override includes a project template the built-in one never did.
        var unit = UnitRendering("frontend-theme");
        var before = UserTemplates(("frontend-theme", "{{ include 'brand' }}"), ("brand", "blue"));
        var after = UserTemplates(("frontend-theme", "{{ include 'brand' }}"), ("brand", "green"));

        Assert.NotEqual(KeyOf(unit, Custom, before), KeyOf(unit, Custom, after));
    }
}
