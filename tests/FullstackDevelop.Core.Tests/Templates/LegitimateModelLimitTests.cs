using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Agents;
using FullstackDevelop.Core.Tests.Backend;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Templates;

/// <summary>A legitimate enterprise model never hits a default render limit: the limits grow with what a render reads.</summary>
public sealed class LegitimateModelLimitTests
{
    private const int Entities = 2_000;

    [Fact]
    public void Every_built_in_agent_renders_a_2000_entity_model_within_the_default_limits()
    {
        var model = BenchmarkModel.Model(Entities);
        var renderer = new AgentUnitRenderer(new TemplateRenderer(TemplateCatalog.BuiltIn, new ParsedTemplateCache(64), RenderLimits.Default));
        var problems = new List<string>();
        var rendered = 0;
        foreach (var agent in BuiltInAgents.All)
        {
            var units = AgentUnits.For(agent, BuiltInAgentArtifacts.Of(agent.Name), model, AgentSamples.Tool);

            // The project unit sees every entity, so its limits are the ones that must grow; entity units see one each,
            // so the first and the last (with the most relations in the chain) stand for the rest.
            var entityUnits = units.Where(unit => unit.Entity is not null).ToList();
            foreach (var unit in units.Where(unit => unit.Entity is null).Concat(entityUnits.Take(1)).Concat(entityUnits.Skip(1).TakeLast(1)))
            {
                var render = renderer.Render(unit, CancellationToken.None);
                problems.AddRange(render.Problems.Select(problem => agent.Name + "/" + unit.Name + ": " + problem));
                rendered += render.Files.Count;
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(rendered > 20, "the agents rendered " + rendered + " files");
    }

    [Fact]
    public void The_generator_renders_the_backend_of_a_2000_entity_model_within_the_default_limits()
    {
        var model = BackendSamples.Build(BenchmarkModel.Requirements(Entities));
        var renderer = new BackendRenderer(new TemplateRenderer(TemplateCatalog.BuiltIn, new ParsedTemplateCache(64), RenderLimits.Default), AgentSamples.Tool);

        var whole = renderer.RenderProject(model, BackendSamples.AllPackages, CancellationToken.None);
        var view = renderer.RenderProject(BackendProjectView.Of(model), BackendSamples.AllPackages, CancellationToken.None);
        var entity = renderer.RenderEntity(model.Settings, BackendSamples.AllPackages, model.Entities[Entities / 2], CancellationToken.None);

        Assert.Empty(whole.Problems.Concat(view.Problems).Concat(entity.Problems));
        Assert.Contains(whole.Files, file => file.Text.Contains("DbSet<", System.StringComparison.Ordinal));
        Assert.Equal(whole.Files, view.Files);
        Assert.NotEmpty(entity.Files);
    }

    [Fact]
    public void A_unit_counts_what_its_model_holds()
    {
        var model = BenchmarkModel.Model(3);
        var units = AgentUnits.For(BuiltInAgents.All.Single(agent => agent.Name == "technical-architect"), BuiltInAgentArtifacts.Of("technical-architect"), model, AgentSamples.Tool);

        var project = UnitModelSize.Of(units.Single(unit => unit.Entity is null));

        // Six fields each and a foreign key on the last two; a reference each on the last two, the middle one's collection of
        // the last one's referrers, and each reference seen from its target (a referrer).
        Assert.Equal((3, 20, 5), (project.Entities, project.Fields, project.Relations));
        var middle = UnitModelSize.Of(AgentUnits.For(BuiltInAgents.All.Single(agent => agent.Name == "product-manager"), BuiltInAgentArtifacts.Of("product-manager"), model, AgentSamples.Tool)
            .Single(unit => unit.Name == AgentUnit.EntityUnitName(BenchmarkModel.Name(1))));
        Assert.Equal(new ModelSize(1, 7, 3, 0), middle);
    }
}
