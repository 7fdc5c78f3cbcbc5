using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>Renders built-in agents' files from the requirements a generator run embedded, as the build task does, without a cache.</summary>
internal static class AgentArtifacts
{
    private static readonly GeneratorTool Tool = new("FullstackDevelop", "test");

    /// <summary>The files of <paramref name="agents"/> for <paramref name="requirements"/>, by path; fails on any template problem.</summary>
    public static IReadOnlyDictionary<string, string> Render(ProjectRequirements requirements, string rootNamespace, params string[] agents)
    {
        var plan = ExecutionPlanner.Plan(requirements).Plan ?? throw new InvalidOperationException("The requirements do not plan.");
        var model = ArtifactModelBuilder.Build(requirements, plan, rootNamespace);
        var renderer = new AgentUnitRenderer(new TemplateRenderer(TemplateCatalog.BuiltIn, ParsedTemplateCache.Shared, RenderLimits.Default));
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            var definition = BuiltInAgents.All.Single(candidate => candidate.Name == agent);
            foreach (var unit in AgentUnits.For(definition, BuiltInAgentArtifacts.Of(agent), model, Tool))
            {
                var render = renderer.Render(unit, CancellationToken.None);
                if (!render.Succeeded)
                {
                    throw new InvalidOperationException(string.Join(Environment.NewLine, render.Problems.Select(problem => problem.ToString())));
                }

                foreach (var file in render.Files)
                {
                    files.Add(file.Path, file.Text);
                }
            }
        }

        return files;
    }
}
