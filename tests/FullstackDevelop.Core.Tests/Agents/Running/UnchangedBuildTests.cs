using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Running;

/// <summary>A build with nothing to do: <see cref="BuildInputsHash"/> and <see cref="ArtifactBuilder.Unchanged"/>.</summary>
public sealed class UnchangedBuildTests : IDisposable
{
    private static readonly ProjectRequirements Bookstore = BackendSamples.Bookstore;

    private readonly BuildSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static readonly KeyValuePair<string, IReadOnlyList<KeyValuePair<string, string>>>[] NoCommandFiles = [];

    [Fact]
    public void The_inputs_hash_changes_with_a_command_agents_script()
    {
        var requirements = RequirementsHash.Compute(RequirementsJson.Write(Bookstore));
        var tool = new GeneratorTool("FullstackDevelop", "1.0.0");
        KeyValuePair<string, IReadOnlyList<KeyValuePair<string, string>>>[] Script(string content) =>
            [new("price-feed", [new("tools/prices.sh", Hashing.ContentHash.Of(content))])];

        var hash = BuildInputsHash.Of(requirements, tool, TemplateCatalog.BuiltIn, "Bookstore", Script("echo 1"));

        Assert.Equal(hash, BuildInputsHash.Of(requirements, tool, TemplateCatalog.BuiltIn, "Bookstore", Script("echo 1")));
        Assert.NotEqual(hash, BuildInputsHash.Of(requirements, tool, TemplateCatalog.BuiltIn, "Bookstore", Script("echo 2")));
        Assert.NotEqual(hash, BuildInputsHash.Of(requirements, tool, TemplateCatalog.BuiltIn, "Bookstore", NoCommandFiles));
    }

    [Fact]
    public void The_inputs_hash_changes_with_the_requirements_the_tool_any_template_the_root_namespace_and_the_project_file_and_only_with_them()
    {
        var requirements = RequirementsHash.Compute(RequirementsJson.Write(Bookstore));
        var tool = new GeneratorTool("FullstackDevelop", "1.0.0");
        var hash = BuildInputsHash.Of(requirements, tool, TemplateCatalog.BuiltIn, "Bookstore", NoCommandFiles);

        Assert.Equal(hash, BuildInputsHash.Of(requirements, new GeneratorTool("FullstackDevelop", "1.0.0"), TemplateCatalog.BuiltIn.With(Array.Empty<TemplateSource>()), "Bookstore", NoCommandFiles));
        var changed = BuildSandbox.WithRequirement(Bookstore, "ui.theme", "high-contrast");
        Assert.NotEqual(hash, BuildInputsHash.Of(RequirementsHash.Compute(RequirementsJson.Write(changed)), tool, TemplateCatalog.BuiltIn, "Bookstore", NoCommandFiles));
        Assert.NotEqual(hash, BuildInputsHash.Of(requirements, tool with { Version = "1.0.1" }, TemplateCatalog.BuiltIn, "Bookstore", NoCommandFiles));
        Assert.NotEqual(hash, BuildInputsHash.Of(requirements, tool, TemplateCatalog.BuiltIn, "Shop", NoCommandFiles));

        // The app's project file, which the generated test project references: the default layout's is no change.
        Assert.Equal(hash, BuildInputsHash.Of(requirements, tool, TemplateCatalog.BuiltIn, "Bookstore", NoCommandFiles, projectFile: "../Bookstore.csproj"));
        Assert.NotEqual(hash, BuildInputsHash.Of(requirements, tool, TemplateCatalog.BuiltIn, "Bookstore", NoCommandFiles, projectFile: "../../src/Bookstore.csproj"));

        // A project template, whether it replaces a built-in one or adds a new one, is an input.
        var replaced = TemplateCatalog.BuiltIn.With(new[] { new TemplateSource("frontend-theme", "// mine\n", "frontend-theme.scriban", IsBuiltIn: false) });
        var added = TemplateCatalog.BuiltIn.With(new[] { new TemplateSource("release-notes", "notes\n", "release-notes.scriban", IsBuiltIn: false) });
        Assert.NotEqual(hash, BuildInputsHash.Of(requirements, tool, replaced, "Bookstore", NoCommandFiles));
        Assert.NotEqual(hash, BuildInputsHash.Of(requirements, tool, added, "Bookstore", NoCommandFiles));
    }

    [Fact(Timeout = 30_000)]
    public async Task With_every_agents_previous_output_every_agent_is_up_to_date_with_its_previous_key_and_nothing_runs()
    {
        var request = _sandbox.Request(Bookstore, new MemoryResultCache());
        var cold = await BuildSandbox.BuildAsync(request);
        var previous = cold.Agents.ToDictionary(
            agent => agent.Agent,
            agent => new PreviousAgentOutput(agent.CacheKey!, agent.OutputHash!, agent.FileCount, agent.UnitCount),
            StringComparer.Ordinal);

        var unchanged = ArtifactBuilder.Unchanged(request with { History = cold.History }, previous);

        Assert.NotNull(unchanged);
        Assert.True(unchanged.Succeeded);
        Assert.Equal(cold.Agents.Select(agent => agent.Agent), unchanged.Agents.Select(agent => agent.Agent));
        Assert.All(unchanged.Agents, agent =>
        {
            var before = cold.Agents.Single(report => report.Agent == agent.Agent);
            Assert.Equal(("up-to-date", "output", 0), (agent.Status, agent.CacheLevel, agent.Attempts));
            Assert.Equal((before.CacheKey, before.OutputHash, before.FileCount, before.UnitCount), (agent.CacheKey, agent.OutputHash, agent.FileCount, agent.UnitCount));
            Assert.Empty(agent.RenderedUnits);
            Assert.Equal(Assert.Single(cold.History.DurationsOf(agent.Agent)), agent.TimeSaved);
        });
        Assert.True(unchanged.TimeSaved > TimeSpan.Zero);
        Assert.Equal((0, 1.0), (unchanged.RanCount, unchanged.CacheHitRatio));
        Assert.Equal("incremental", unchanged.Delta.Strategy.ToLabel());
        Assert.Empty(unchanged.Delta.ChangedKeys);
        Assert.Empty(unchanged.Files);
        Assert.Same(cold.History, unchanged.History);
    }

    [Fact]
    public void Without_the_previous_output_of_an_agent_of_the_plan_there_is_no_unchanged_result()
    {
        var request = _sandbox.Request(Bookstore, new MemoryResultCache());
        var previous = new Dictionary<string, PreviousAgentOutput>(StringComparer.Ordinal)
        {
            ["product-manager"] = new("key", "hash", 1, 1),
        };

        Assert.Null(ArtifactBuilder.Unchanged(request, previous));
    }
}
