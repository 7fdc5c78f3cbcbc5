using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Agents;
using FullstackDevelop.Core.Tests.Backend;
using FullstackDevelop.Core.Tests.TestSupport;

namespace FullstackDevelop.Core.Tests.Templates;

/// <summary>
/// Renders everything a build renders from built-in templates (every built-in agent's units, and the backend's
/// per-entity and project files from the model and from its project view, and with the audit log) and reports each template's work, summed over
/// its renders. Includes count towards the template that includes them.
/// </summary>
internal static class BuiltInWork
{
    // Limits that never stop a render: the work is measured, not bounded.
    private static readonly RenderLimits Unbounded = new(int.MaxValue, 64, int.MaxValue, 32);

    /// <summary>The work of each template over <paramref name="requirements"/>; fails on any template problem.</summary>
    public static IReadOnlyDictionary<string, RenderWork> Of(ProjectRequirements requirements, TemplateCatalog catalog)
    {
        var counter = new RenderCounter();
        var templates = new TemplateRenderer(catalog, new ParsedTemplateCache(128), Unbounded, counter);
        RenderAgents(requirements, templates);
        RenderBackend(requirements, templates);
        return counter.ByTemplate;
    }

    private static void RenderAgents(ProjectRequirements requirements, TemplateRenderer templates)
    {
        var model = BenchmarkModel.Model(requirements);
        var renderer = new AgentUnitRenderer(templates);
        foreach (var agent in BuiltInAgents.All)
        {
            foreach (var unit in AgentUnits.For(agent, BuiltInAgentArtifacts.Of(agent.Name), model, AgentSamples.Tool))
            {
                Check(renderer.Render(unit, CancellationToken.None).Problems);
            }
        }
    }

    private static void RenderBackend(ProjectRequirements requirements, TemplateRenderer templates)
    {
        var model = BackendModelBuilder.Build(requirements, "Benchmark");
        var renderer = new BackendRenderer(templates, AgentSamples.Tool);
        foreach (var entity in model.Entities)
        {
            Check(renderer.RenderEntity(model.Settings, BackendSamples.AllPackages, entity, CancellationToken.None).Problems);
        }

        Check(renderer.RenderProject(model, BackendSamples.AllPackages, CancellationToken.None).Problems);
        Check(renderer.RenderProject(BackendProjectView.Of(model), BackendSamples.AllPackages, CancellationToken.None).Problems);

        // The templates of a feature the benchmark model does not declare: the audit log.
        Check(renderer.RenderProject(model with { Settings = model.Settings with { RecordsAuditLog = true } }, BackendSamples.AllPackages, CancellationToken.None).Problems);
    }

    private static void Check(IEnumerable<TemplateProblem> problems)
    {
        var list = problems.ToList();
        if (list.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, list));
        }
    }
}
