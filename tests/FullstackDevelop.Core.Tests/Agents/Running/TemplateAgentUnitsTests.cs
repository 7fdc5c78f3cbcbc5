using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Running;

/// <summary>A custom template agent's units, what its templates see (upstream files in its project unit only), and its units' cache keys, input by input.</summary>
public sealed class TemplateAgentUnitsTests
{
    private const string IndexText = "{{ include 'search-shared' }}\n{{ for e in entities }}{{ e.name }} {{ end }}\n{{ for r in requirements }}{{ r.key }}={{ r.value }} {{ end }}\n{{ for u in upstream }}{{ u.agent }} {{ u.path }} {{ u.text | string.size }}\n{{ end }}";
    private const string EntityText = "{{ entity.name }}: {{ for f in entity.fields }}{{ f.name }} {{ end }}";
    private const string SharedText = "engine {{ project.name }}";

    private static readonly EquatableArray<UpstreamFile> Upstream = EquatableArray.Of(
        new UpstreamFile("technical-architect", "api/openapi.yaml", "openapi: 3.1.0\n"),
        new UpstreamFile("technical-architect", "docs/architecture.md", "# Architecture\n"));

    private static ProjectRequirements Requirements(ProjectRequirements? requirements = null) => (requirements ?? BackendSamples.Bookstore) with
    {
        Requirements = EquatableArray.From((requirements ?? BackendSamples.Bookstore).Requirements.Append(new RequirementEntry("search.engine", "lucene")).OrderBy(entry => entry.Key, StringComparer.Ordinal)),
        Agents = EquatableArray.Of(new CustomAgentInfo(
            "search-indexer",
            EquatableArray.Of("technical-architect"),
            EquatableArray.Of("search."),
            "1.0.0",
            5,
            null,
            default,
            EquatableArray.Of(new CustomAgentTemplate("search-entity", "search/entities/{entity-kebab}.json", true), new CustomAgentTemplate("search-index", "search/index.json", false)))),
    };

    private static TemplateCatalog Catalog(string index = IndexText, string entity = EntityText, string shared = SharedText) =>
        TemplateCatalog.BuiltIn.With(new[]
        {
            new TemplateSource("search-index", index, "Templates/search-index.scriban", IsBuiltIn: false),
            new TemplateSource("search-entity", entity, "Templates/search-entity.scriban", IsBuiltIn: false),
            new TemplateSource("search-shared", shared, "Templates/search-shared.scriban", IsBuiltIn: false),
        });

    private static AgentDefinition Indexer(ProjectRequirements requirements) =>
        ExecutionPlanner.Plan(requirements).Plan!.Agents.Single(agent => agent.Definition.Name == "search-indexer").Definition;

    private static IReadOnlyList<AgentUnit> UnitsOf(ProjectRequirements requirements, EquatableArray<UpstreamFile>? upstream = null) =>
        AgentUnits.For(Indexer(requirements), CustomAgentArtifacts.Of(Indexer(requirements)), AgentSamples.Model(requirements), AgentSamples.Tool, upstream ?? Upstream);

    private static Dictionary<string, string> Keys(ProjectRequirements requirements, TemplateCatalog? catalog = null, EquatableArray<UpstreamFile>? upstream = null)
    {
        var hasher = new UnitModelHasher();
        return UnitsOf(requirements, upstream).ToDictionary(
            unit => unit.Name,
            unit => AgentCacheKeys.Of(unit, Indexer(requirements), catalog ?? Catalog(), ParsedTemplateCache.Shared, AgentSamples.Tool, hasher),
            StringComparer.Ordinal);
    }

    // The units whose keys differ between two sets of keys of the same units.
    private static string[] Changed(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        Assert.Equal(before.Keys.OrderBy(name => name, StringComparer.Ordinal), after.Keys.OrderBy(name => name, StringComparer.Ordinal));
        return before.Where(pair => after[pair.Key] != pair.Value).Select(pair => pair.Key).OrderBy(name => name, StringComparer.Ordinal).ToArray();
    }

    private static string[] EntityUnits => BackendSamples.Bookstore.Entities.Select(entity => AgentUnit.EntityUnitName(entity.Name)).ToArray();

    [Fact]
    public void A_template_agent_has_a_project_unit_and_one_unit_per_entity_rendered_with_the_built_in_model_and_its_upstream_files()
    {
        var units = UnitsOf(Requirements());
        var renderer = new AgentUnitRenderer(new TemplateRenderer(Catalog(), new ParsedTemplateCache(16), RenderLimits.Default));
        var files = units.SelectMany(unit => renderer.Render(unit, CancellationToken.None).Files).ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);

        Assert.Equal(new[] { AgentUnit.ProjectUnitName }.Concat(EntityUnits), units.Select(unit => unit.Name));
        Assert.Equal(
            new[] { "search/index.json" }.Concat(AgentSamples.Model(Requirements()).Entities.Select(entity => "search/entities/" + entity.KebabName + ".json")).OrderBy(path => path, StringComparer.Ordinal),
            files.Keys.OrderBy(path => path, StringComparer.Ordinal));
        Assert.Equal(
            "engine Bookstore\n" + string.Concat(BackendSamples.Bookstore.Entities.Select(entity => entity.Name + " ")) + "\n"
                + string.Concat(Requirements().Requirements.Where(entry => entry.Key.StartsWith("search.", StringComparison.Ordinal)).Select(entry => entry.Key + "=" + entry.Value + " ")) + "\n"
                + "technical-architect api/openapi.yaml 15\ntechnical-architect docs/architecture.md 15\n",
            files["search/index.json"]);
        var book = BackendSamples.Bookstore.Entities.Single(entity => entity.Name == "Book");
        Assert.Equal(
            "Book: " + string.Concat(book.Fields.Select(field => field.Name + " ")) + "\n",
            files["search/entities/book.json"]);
    }

    [Fact]
    public void A_template_agent_reads_the_entities_and_its_own_prefixes()
    {
        var inputs = AgentInputs.For(Indexer(Requirements()));

        Assert.True(inputs.Reads("entities.Book"));
        Assert.True(inputs.Reads("search.engine"));
        Assert.True(inputs.Reads("agents.search-indexer"));
        Assert.False(inputs.Reads("ui.theme"));
    }

    [Fact]
    public void Editing_a_template_changes_the_keys_of_the_units_that_render_it_and_only_those()
    {
        var keys = Keys(Requirements());

        Assert.Empty(Changed(keys, Keys(Requirements())));
        Assert.Equal(EntityUnits.OrderBy(name => name, StringComparer.Ordinal), Changed(keys, Keys(Requirements(), Catalog(entity: EntityText + " "))));
        Assert.Equal(new[] { AgentUnit.ProjectUnitName }, Changed(keys, Keys(Requirements(), Catalog(index: IndexText + " "))));
    }

    [Fact]
    public void Editing_an_included_template_changes_the_key_of_the_unit_that_includes_it()
    {
        Assert.Equal(new[] { AgentUnit.ProjectUnitName }, Changed(Keys(Requirements()), Keys(Requirements(), Catalog(shared: SharedText + "!"))));
    }

    [Fact]
    public void Changing_an_entity_changes_that_entitys_unit_and_the_project_unit_that_lists_the_entities()
    {
        var edited = BackendSamples.Bookstore with
        {
            Entities = EquatableArray.From(BackendSamples.Bookstore.Entities.Select(entity =>
                entity.Name == "Book" ? entity with { Fields = EquatableArray.From(entity.Fields.Append(BackendSamples.Field("Subtitle", "string", required: false))) } : entity)),
        };

        Assert.Equal(new[] { AgentUnit.EntityUnitName("Book"), AgentUnit.ProjectUnitName }, Changed(Keys(Requirements()), Keys(Requirements(edited))));
    }

    [Fact]
    public void Changing_an_upstream_output_changes_the_project_units_key_only_and_equal_outputs_change_none()
    {
        var keys = Keys(Requirements());
        var changed = EquatableArray.Of(Upstream[0] with { Text = "openapi: 3.1.1\n" }, Upstream[1]);
        var equal = EquatableArray.Of(Upstream[0] with { }, Upstream[1] with { });

        Assert.Equal(new[] { AgentUnit.ProjectUnitName }, Changed(keys, Keys(Requirements(), upstream: changed)));
        Assert.Empty(Changed(keys, Keys(Requirements(), upstream: equal)));
    }

    [Fact]
    public void A_key_under_the_agents_prefixes_changes_the_project_unit_and_a_key_it_does_not_read_changes_nothing()
    {
        var keys = Keys(Requirements());
        var engine = Requirements() with
        {
            Requirements = EquatableArray.From(Requirements().Requirements.Select(entry => entry.Key == "search.engine" ? entry with { Value = "elastic" } : entry)),
        };
        var theme = Requirements() with
        {
            Requirements = EquatableArray.From(Requirements().Requirements.Select(entry => entry.Key == "ui.theme" ? entry with { Value = "light" } : entry)),
        };

        Assert.Equal(new[] { AgentUnit.ProjectUnitName }, Changed(keys, Keys(engine)));
        Assert.Empty(Changed(keys, Keys(theme)));
    }
}
