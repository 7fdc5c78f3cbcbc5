using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>What the generated <c>FullstackPlan</c> returns when the user's code runs it.</summary>
public sealed class GeneratedPlanTests
{
    [Fact]
    public void Sample_plan_has_the_seeds_six_groups_with_the_custom_agent_placed_by_its_dependency()
    {
        var outcome = GeneratorHarness.Run(TestInputs.Bookstore());
        var plan = GeneratedAssembly.LoadPlan(outcome.Output, "TestApp.FullstackPlan");

        var groups = plan.ParallelGroups.Select(g => string.Join(",", g.Agents)).ToArray();
        Assert.Equal(
            new[]
            {
                "product-manager",
                "technical-architect",
                "backend-developer,devops-engineer,frontend-developer",
                "qa-engineer,search-indexer",
                "site-reliability-engineer",
                "development-coordinator",
            },
            groups);
        Assert.Equal(
            new[] { "product-manager", "technical-architect", "backend-developer", "qa-engineer", "site-reliability-engineer", "development-coordinator" },
            plan.CriticalPath.Agents);
        Assert.Equal(120, plan.CriticalPath.Length.TotalMinutes);
        Assert.Equal(180, plan.CriticalPath.SequentialSum.TotalMinutes);
        Assert.Equal(ProjectScale.Medium, plan.ResourceProfile.Scale);
        Assert.Equal(5, plan.ResourceProfile.MaxConcurrentAgents);
        Assert.Equal(new[] { "authentication", "crud-operations" }, plan.Patterns.Select(p => p.Type));
        Assert.Equal("10.5 hours", plan.Patterns[1].EstimatedTimeSavings);
    }

    [Fact]
    public void Diamond_agents_run_after_both_branches_and_the_longer_branch_is_critical()
    {
        var outcome = GeneratorHarness.Run(TestInputs.Diamond);
        var plan = GeneratedAssembly.LoadPlan(outcome.Output, "TestApp.FullstackPlan");

        var group = plan.Agents.ToDictionary(a => a.Name, a => a.ParallelGroup);
        Assert.Equal(4, group["schema-exporter"]);
        Assert.Equal(5, group["api-docs"]);
        Assert.Equal(5, group["client-sdk"]);
        Assert.Equal(6, group["sdk-publisher"]);
        Assert.Equal(
            new[] { "product-manager", "technical-architect", "backend-developer", "schema-exporter", "client-sdk", "sdk-publisher" },
            plan.CriticalPath.Agents);
        var clientSdk = plan.Agents.Single(a => a.Name == "client-sdk");
        Assert.False(clientSdk.IsBuiltIn);
        Assert.Equal("2.1.0", clientSdk.Version);
        Assert.Equal(new[] { "sdk/client.ts", "sdk/index.ts" }, clientSdk.Outputs);
        Assert.Contains("agent_schema_exporter ==> agent_client_sdk", plan.ToMermaid());
        Assert.Contains("agent_schema_exporter --> agent_api_docs", plan.ToMermaid());
    }

    [Fact]
    public void Requirements_hash_is_the_hash_of_the_embedded_snapshot()
    {
        var outcome = GeneratorHarness.Run(TestInputs.Minimal);
        var plan = GeneratedAssembly.LoadPlan(outcome.Output, "TestApp.FullstackPlan");
        var snapshot = SnapshotReader.Read(outcome.Output)!;

        Assert.Equal(RequirementsHash.Compute(snapshot), plan.RequirementsHash);
        Assert.Equal(plan.RequirementsHash, SnapshotReader.Read(outcome.Output, "FullstackDevelop.RequirementsHash"));
        Assert.Equal("Minimal", RequirementsJson.Read(snapshot).Project.Name);
    }

    [Theory]
    [InlineData("Shop.Api", "TestApp", "Shop.Api.FullstackPlan")]
    [InlineData(null, "my-app", "my_app.FullstackPlan")]
    [InlineData("", "1st.class", "_1st._class.FullstackPlan")]
    public void Plan_goes_into_the_root_namespace_or_else_the_assembly_name(string? rootNamespace, string assemblyName, string expectedType)
    {
        var compilation = GeneratorHarness.Compile(TestInputs.Minimal, assemblyName);
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace), compilation);

        Assert.Empty(outcome.CompilationProblems());
        Assert.NotNull(outcome.Output.GetTypeByMetadataName(expectedType));
    }

    [Fact]
    public void Generated_code_compiles_in_a_CSharp_7_3_project_such_as_a_NET_Framework_one()
    {
        var csharp73 = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        var compilation = GeneratorHarness.Compile(TestInputs.Diamond, parseOptions: csharp73);
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(parseOptions: csharp73), compilation);

        Assert.NotNull(outcome.Source(GenerationPipeline.PlanHintName));
        Assert.Empty(outcome.CompilationProblems());
    }

    [Fact]
    public void Nothing_is_generated_for_a_project_without_requirement_attributes()
    {
        var outcome = GeneratorHarness.Run(new SourceFile("Program.cs", "public static class Program { public static void Main() { } }"));

        Assert.Empty(outcome.Result.GeneratedSources);
        Assert.Empty(outcome.Diagnostics);
    }
}
