using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// A custom template agent under a real <c>dotnet build</c> of a project that references the packed package: its
/// project and per-entity templates write their files, an edit re-renders what it affects only, and an agent with
/// neither a template nor a command fails the build at its attribute.
/// </summary>
[Collection(UsesPackedPackage.Name)]
public sealed class TemplateAgentTests
{
    private const string Requirements = """
        using System.ComponentModel.DataAnnotations;
        using FullstackDevelop;

        [assembly: FullstackProject("Shop")]
        [assembly: Requirement("search.language", "en")]
        [assembly: Agent("search-indexer", DependsOn = new[] { "technical-architect" }, Reads = new[] { "search." })]
        [assembly: AgentTemplate("search-indexer", "search-index", Output = "search/index.json")]
        [assembly: AgentTemplate("search-indexer", "Templates/search-entity.scriban", Output = "search/entities/{entity-kebab}.json", PerEntity = true)]
        $(Extra)

        namespace Shop.Domain;

        [Entity] public sealed class Customer { public int Id { get; set; } [Required, MaxLength(100)] public string Name { get; set; } = ""; }
        [Entity] public sealed class Product { public int Id { get; set; } [Required, MaxLength(200)] public string Title { get; set; } = ""; public decimal Price { get; set; }$(ProductFields) }
        """;

    private const string IndexTemplate = """
        { "language": "{{ for r in requirements }}{{ if r.key == "search.language" }}{{ r.value }}{{ end }}{{ end }}", "types": [{{ for e in entities }}{{ if !for.first }}, {{ end }}"{{ e.kebab_name }}"{{ end }}], "upstream": [{{ for u in upstream }}{{ if !for.first }}, {{ end }}"{{ u.path }}"{{ end }}] }
        """;

    private const string EntityTemplate = """
        { "type": "{{ entity.kebab_name }}", "fields": [{{ for f in entity.fields }}{{ if !for.first }}, {{ end }}"{{ f.name }}"{{ end }}] }
        """;

    private readonly PackedPackage _package;

    public TemplateAgentTests(PackedPackage package)
    {
        _package = package;
    }

    private static string RequirementsWith(string extra = "", string productFields = "") =>
        Requirements.Replace("$(Extra)", extra, StringComparison.Ordinal).Replace("$(ProductFields)", productFields, StringComparison.Ordinal);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    [Fact]
    public async Task A_template_agent_writes_its_files_re_renders_only_what_an_edit_affects_and_an_agent_without_work_fails_at_its_attribute()
    {
        using var project = new AgentProject(_package);
        project.Write("Requirements.cs", RequirementsWith());
        project.Write("Templates/search-index.scriban", IndexTemplate);
        project.Write("Templates/search-entity.scriban", EntityTemplate);

        await project.BuildAsync();
        var cold = project.Report();
        var files = project.OutputFiles();
        Assert.Equal("ran", cold.StatusOf("search-indexer"));
        Assert.Equal(
            "{ \"language\": \"en\", \"types\": [\"customer\", \"product\"], \"upstream\": [\"api/openapi.yaml\", \"docs/architecture.md\"] }\n",
            Text(files["search/index.json"]));
        Assert.Equal("{ \"type\": \"customer\", \"fields\": [\"Id\", \"Name\"] }\n", Text(files["search/entities/customer.json"]));
        Assert.Equal("{ \"type\": \"product\", \"fields\": [\"Id\", \"Title\", \"Price\"] }\n", Text(files["search/entities/product.json"]));

        // Its per-entity template edited: its entity units render again, every other agent and file is as it was.
        project.Write("Templates/search-entity.scriban", EntityTemplate.Replace("\"type\"", "\"kind\"", StringComparison.Ordinal));
        await project.BuildAsync();
        var edited = project.Report();
        Assert.Equal(new[] { "entity:Customer", "entity:Product" }, edited.RenderedUnitsOf("search-indexer").OrderBy(unit => unit, StringComparer.Ordinal));
        Assert.Equal(new[] { "search-indexer" }, edited.Agents.Keys.Where(agent => edited.StatusOf(agent) != "up-to-date"));
        var afterEdit = project.OutputFiles();
        Assert.Equal(
            new[] { "search/entities/customer.json", "search/entities/product.json" },
            afterEdit.Keys.Where(path => !afterEdit[path].SequenceEqual(files.GetValueOrDefault(path) ?? Array.Empty<byte>())));

        // An entity changed: that entity's unit renders again, with the project unit that lists the entities; not the other entity's.
        project.Write("Requirements.cs", RequirementsWith(productFields: " public int Stock { get; set; }"));
        await project.BuildAsync();
        Assert.Equal(new[] { "entity:Product", "project" }, project.Report().RenderedUnitsOf("search-indexer").OrderBy(unit => unit, StringComparer.Ordinal));
        var afterEntity = project.OutputFiles();
        Assert.Equal("{ \"kind\": \"product\", \"fields\": [\"Id\", \"Title\", \"Price\", \"Stock\"] }\n", Text(afterEntity["search/entities/product.json"]));
        Assert.Equal(afterEdit["search/entities/customer.json"], afterEntity["search/entities/customer.json"]);

        // An agent with neither a template nor a command: the build fails with FSD0041 at its attribute (line 9 of Requirements.cs).
        project.Write("Requirements.cs", RequirementsWith(extra: "[assembly: Agent(\"report-writer\")]"));
        var failed = await project.BuildAsync(expectSuccess: false);
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("Requirements.cs(9,12): error FSD0041: Agent 'report-writer' has neither a template nor a command", failed.Output, StringComparison.Ordinal);
    }
}
