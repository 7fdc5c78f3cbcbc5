using System;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Agents;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Templates;

/// <summary>
/// The files that cover the whole model stay one file each (see docs/build-task.md), so each must be rendered in memory
/// linear in the model: rendered for the benchmark model at 40 and at 160 entities, what the render allocates grows no
/// more than 4.5 times. A file built up as one string in the template, copied once per line, fails here.
/// </summary>
public sealed class AggregateArtifactTests
{
    private static readonly ArtifactModel SmallModel = BenchmarkModel.Model(40);
    private static readonly ArtifactModel LargeModel = BenchmarkModel.Model(160);

    [Theory]
    [InlineData("technical-architect", "api/openapi.yaml")]
    [InlineData("technical-architect", "docs/architecture.md")]
    [InlineData("qa-engineer", "docs/test-plan.md")]
    [InlineData("product-manager", "docs/requirements.md")]
    public void AnAggregateFileAllocatesInProportionToTheModel(string agent, string path)
    {
        var (small, large) = AllocatedAtBothSizes(agent, path, TemplateCatalog.BuiltIn);

        Assert.True(large <= 4.5 * small, $"{path}: {small:N0} bytes allocated at 40 entities, {large:N0} at 160.");
    }

    [Fact]
    public void AFileBuiltUpAsOneStringFailsTheCheck()
    {
        var accumulating = TemplateCatalog.BuiltIn.With(new[]
        {
            new TemplateSource(
                "qa-test-plan",
                "{{ text = ''; for entity in entities; text = text + (entity.name | string.pad_right 1000) + '\n'; end; text }}",
                "qa-test-plan.scriban",
                IsBuiltIn: false),
        });

        var (small, large) = AllocatedAtBothSizes("qa-engineer", "docs/test-plan.md", accumulating);

        Assert.True(large > 4.5 * small, $"{small:N0} bytes allocated at 40 entities, {large:N0} at 160.");
    }

    private static (long Small, long Large) AllocatedAtBothSizes(string agent, string path, TemplateCatalog catalog)
    {
        // The first render parses the template and compiles what it calls: cost paid once per process, not per entity.
        Allocated(agent, path, SmallModel, catalog);
        return (Allocated(agent, path, SmallModel, catalog), Allocated(agent, path, LargeModel, catalog));
    }

    private static long Allocated(string agent, string path, ArtifactModel model, TemplateCatalog catalog)
    {
        var definition = BuiltInAgents.All.Single(candidate => candidate.Name == agent);
        var artifacts = BuiltInAgentArtifacts.Of(agent).Where(artifact => artifact.Path == path).ToList();
        var unit = Assert.Single(AgentUnits.For(definition, artifacts, model, AgentSamples.Tool));
        var renderer = new AgentUnitRenderer(new TemplateRenderer(catalog, ParsedTemplateCache.Shared, RenderLimits.Default));

        // Counted on this thread only, so tests running beside it do not count.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var render = renderer.Render(unit, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(render.Succeeded, string.Join(Environment.NewLine, render.Problems));
        Assert.Equal(path, Assert.Single(render.Files).Path);
        return allocated;
    }
}
