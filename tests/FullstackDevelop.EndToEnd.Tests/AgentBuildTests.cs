using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// The build task under a real <c>dotnet build</c> of a project that references the packed package: cold builds,
/// builds with nothing changed, restores from the disk cache, and changes that re-run only what they affect.
/// </summary>
[Collection(UsesPackedPackage.Name)]
public sealed class AgentBuildTests
{
    private static readonly string[] BuiltInAgents =
    {
        "product-manager", "technical-architect", "frontend-developer", "backend-developer",
        "devops-engineer", "qa-engineer", "site-reliability-engineer", "development-coordinator",
    };

    private static readonly string[] PerEntityAgents = { "product-manager", "frontend-developer", "backend-developer", "qa-engineer" };

    private readonly PackedPackage _package;

    public AgentBuildTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public async Task A_cold_build_runs_every_agent_then_nothing_runs_until_something_changes_and_a_wiped_project_is_restored_from_the_disk_cache()
    {
        using var project = new AgentProject(_package);

        await project.BuildAsync();
        var cold = project.Report();
        Assert.All(BuiltInAgents.Append("price-feed"), agent => Assert.Equal("ran", cold.StatusOf(agent)));
        Assert.Equal("full_rebuild", cold.Strategy);
        var files = project.OutputFiles();
        foreach (var expected in new[] { "docs/requirements.md", "api/openapi.yaml", "frontend/src/pages/OrderLinePage.tsx", "database/schema.sql", "deploy/kubernetes/app.yaml", "docs/test-plan.md", "monitoring/alert-rules.yaml", "docs/delivery-report.md", "prices/feed.json" })
        {
            Assert.Contains(expected, files.Keys);
        }

        // Nothing changed: the task finds every file in place, asks no agent and writes only the report.
        await project.BuildAsync();
        Assert.True(project.Report().UpToDate);

        // Code changed, requirements did not: the target runs and every agent finds its files in place.
        project.Write("Extra.cs", "namespace Shop; internal static class Extra { }");
        await project.BuildAsync();
        var noChange = project.Report();
        Assert.Equal(0, noChange.AgentsRun);
        Assert.All(BuiltInAgents.Append("price-feed"), agent => Assert.Equal("up-to-date", noChange.StatusOf(agent)));

        project.Delete("obj", "bin", "fullstack");
        await project.BuildAsync();
        var restored = project.Report();
        Assert.Equal(0, restored.AgentsRun);
        Assert.All(BuiltInAgents.Append("price-feed"), agent => Assert.Equal("disk", restored.CacheLevelOf(agent)));
        Assert.Equal(1, restored.CacheHitRatio);
        AssertSameFiles(files, project.OutputFiles());
    }

    [Fact]
    public async Task Changing_a_ui_requirement_re_renders_only_the_frontend_files_that_read_it_and_matches_a_clean_build()
    {
        using var project = new AgentProject(_package);
        await project.BuildAsync();

        project.SetRequirements("dark", string.Empty);
        await project.BuildAsync();
        var report = project.Report();

        Assert.Equal("incremental", report.Strategy);
        Assert.Equal(new[] { "project" }, report.RenderedUnitsOf("frontend-developer"));
        Assert.Equal("ran", report.StatusOf("frontend-developer"));

        // The QA agent depends on the frontend, whose output changed, so it runs, but renders nothing: its inputs did not change.
        Assert.Empty(report.RenderedUnitsOf("qa-engineer"));
        Assert.All(report.AgentsWithStatus("ran"), agent => Assert.Contains(agent, new[] { "frontend-developer", "qa-engineer" }));
        Assert.Equal("up-to-date", report.StatusOf("site-reliability-engineer"));
        Assert.Equal("up-to-date", report.StatusOf("backend-developer"));

        using var clean = new AgentProject(_package);
        clean.SetRequirements("dark", string.Empty);
        await clean.BuildAsync();
        AssertSameFiles(clean.OutputFiles(), project.OutputFiles());
    }

    [Fact]
    public async Task Changing_one_entity_re_renders_only_that_entitys_per_entity_files()
    {
        using var project = new AgentProject(_package);
        await project.BuildAsync();
        var before = project.OutputFiles();

        project.SetRequirements(AgentProject.Theme, " [MaxLength(20)] public string? Sku { get; set; }");
        await project.BuildAsync();
        var report = project.Report();

        foreach (var agent in PerEntityAgents)
        {
            var rendered = report.RenderedUnitsOf(agent);
            Assert.Contains("entity:Product", rendered);
            Assert.DoesNotContain(rendered, unit => unit.StartsWith("entity:", StringComparison.Ordinal) && unit != "entity:Product");
        }

        var after = project.OutputFiles();
        Assert.Equal(before["frontend/src/api/order.ts"], after["frontend/src/api/order.ts"]);
        Assert.NotEqual(before["frontend/src/api/product.ts"], after["frontend/src/api/product.ts"]);
        Assert.Contains("Sku", System.Text.Encoding.UTF8.GetString(after["database/tables/Products.sql"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_generated_file_survives_a_rebuild_and_a_clean_which_deletes_every_other_artifact()
    {
        using var project = new AgentProject(_package);
        await project.BuildAsync();
        var spec = Path.Combine(project.OutputFolder, "docs", "requirements.md");
        File.AppendAllText(spec, "\nOur own notes.\n");
        var edited = File.ReadAllText(spec);

        project.Write("Requirements.cs", File.ReadAllText(Path.Combine(project.Root, "Requirements.cs")).Replace("ExpectedUsers = 250", "ExpectedUsers = 300", StringComparison.Ordinal));
        var build = await project.BuildAsync();

        Assert.Equal(edited, File.ReadAllText(spec));
        Assert.Contains("Serve 300 expected users", File.ReadAllText(Path.Combine(project.OutputFolder, "docs", "requirements.generated.md")), StringComparison.Ordinal);
        Assert.Contains("warning FSD1201", build.Output, StringComparison.Ordinal);

        var clean = await project.CleanAsync();

        Assert.Equal(edited, File.ReadAllText(spec));
        Assert.Equal(new[] { "docs/requirements.md" }, project.OutputFiles().Keys);
        Assert.Contains("warning FSD1202", clean.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(project.ReportPath));
    }

    [Fact]
    public async Task A_failing_command_agent_fails_the_build_with_its_name_and_output_while_the_other_agents_complete()
    {
        using var project = new AgentProject(_package);
        project.Write("tools/fail", string.Empty);

        var build = await project.BuildAsync(expectSuccess: false);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error FSD2102", build.Output, StringComparison.Ordinal);
        Assert.Contains("'price-feed'", build.Output, StringComparison.Ordinal);
        Assert.Contains("price source unreachable", build.Output, StringComparison.Ordinal);
        var report = project.Report();
        Assert.Equal("failed", report.StatusOf("price-feed"));
        Assert.All(BuiltInAgents, agent => Assert.Equal("ran", report.StatusOf(agent)));
        Assert.True(File.Exists(Path.Combine(project.OutputFolder, "docs", "delivery-report.md")));

        // Fixed, the next build runs only the command agent: every other result is in place.
        File.Delete(Path.Combine(project.Root, "tools", "fail"));
        project.Write("Extra.cs", "namespace Shop; internal static class Extra { }");
        await project.BuildAsync();
        var fixedReport = project.Report();
        Assert.Equal(new[] { "price-feed" }, fixedReport.AgentsWithStatus("ran"));
    }

    [Fact]
    public async Task A_render_limit_reached_names_its_property_and_the_property_raises_it_for_the_agents_and_the_generator()
    {
        using var project = new AgentProject(_package);

        // The product manager's spec, overridden by a template that loops past the floor of a four-entity model.
        project.Write("Templates/product-requirements-spec.scriban", "{{ for i in 1..150000 }}{{ end }}# Requirements of {{ project.name }}\n");

        var stopped = await project.BuildAsync(expectSuccess: false);

        Assert.Contains("error FSD2101", stopped.Output, StringComparison.Ordinal);
        Assert.Contains("The render hit the loop limit of 100,000 iterations", stopped.Output, StringComparison.Ordinal);
        Assert.Contains("<FullstackRenderLoopLimit>200000</FullstackRenderLoopLimit>", stopped.Output, StringComparison.Ordinal);
        Assert.Equal("failed", project.Report().StatusOf("product-manager"));

        // Raised, the failed unit renders (a failure is never cached); an invalid property is reported by both hosts.
        var raised = await project.BuildWithAsync("-p:FullstackRenderLoopLimit=200000", "-p:FullstackRenderRecursionLimit=deep");

        Assert.Contains("warning FSD0037", raised.Output, StringComparison.Ordinal);
        Assert.Contains("warning FSD1206", raised.Output, StringComparison.Ordinal);
        Assert.Equal("ran", project.Report().StatusOf("product-manager"));
        Assert.Equal("# Requirements of Shop\n", File.ReadAllText(Path.Combine(project.OutputFolder, "docs", "requirements.md")));
    }

    private static void AssertSameFiles(System.Collections.Generic.SortedDictionary<string, byte[]> expected, System.Collections.Generic.SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), file.Key + " differs"));
    }
}
