using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Agents.Rendering;

/// <summary>
/// Splits an agent's artifacts into units: one for its project-wide files, one per entity for its per-entity files.
/// Each unit's model holds only what the agent's inputs (<see cref="AgentInputs"/>) allow, so a unit's cache key, the
/// hash of its model, changes exactly when a key the agent reads changes.
/// </summary>
public static class AgentUnits
{
    // The layout is the default of this key, so an agent that reads it reads the layout.
    private const string LayoutKey = "deployment.project";

    /// <summary>
    /// The units of <paramref name="agent"/> for <paramref name="artifacts"/> (its own), over <paramref name="model"/>, with
    /// <paramref name="upstream"/>, the files of the agents it depends on, in its project unit's model (a custom template agent's).
    /// </summary>
    public static IReadOnlyList<AgentUnit> For(AgentDefinition agent, IReadOnlyList<AgentArtifact> artifacts, ArtifactModel model, GeneratorTool tool, EquatableArray<UpstreamFile> upstream = default)
    {
        var inputs = AgentInputs.For(agent);
        var units = new List<AgentUnit>();
        var projectArtifacts = EquatableArray.From(artifacts.Where(artifact => artifact.Scope == ArtifactScope.Project));
        if (projectArtifacts.Count > 0)
        {
            var slice = EquatableArray.From(model.Requirements.Where(requirement => inputs.ReadsRequirement(requirement.Key)));
            var entities = ReadsEntities(inputs) ? model.Entities : default;
            var plan = inputs.Reads(RequirementKeys.AgentsPrefix) ? model.Plan : null;
            // Only for agents that read deployment.project: a moved output folder re-renders the deployment files alone.
            var layout = inputs.Reads(LayoutKey) ? model.Layout : null;
            var projectModel = new ProjectUnitModel(tool, model.Project, slice, entities, plan, model.Infrastructure, ArtifactLocales.For(slice), upstream, layout, ServiceObjectives.For(model.Infrastructure, slice));
            units.Add(new AgentUnit(agent.Name, AgentUnit.ProjectUnitName, projectArtifacts, projectModel, null));
        }

        var entityArtifacts = EquatableArray.From(artifacts.Where(artifact => artifact.Scope == ArtifactScope.Entity));
        if (entityArtifacts.Count > 0 && ReadsEntities(inputs))
        {
            units.AddRange(model.Entities.Select(entity =>
                new AgentUnit(agent.Name, AgentUnit.EntityUnitName(entity.Name), entityArtifacts, new EntityUnitModel(tool, model.Project, entity), entity)));
        }

        return units;
    }

    private static bool ReadsEntities(AgentInputs inputs) => inputs.Reads(RequirementKeys.EntitiesPrefix);
}
