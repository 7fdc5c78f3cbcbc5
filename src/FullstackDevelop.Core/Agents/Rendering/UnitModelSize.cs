using System.Collections.Generic;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Agents.Rendering;

/// <summary>
/// What a unit's model holds, counted when the unit is rendered: the project unit counts every entity it sees, its
/// requirement slice and the plan's agents; an entity unit counts its own entity. Its render limits grow with it.
/// </summary>
internal static class UnitModelSize
{
    /// <summary>The size of <paramref name="unit"/>'s model.</summary>
    public static ModelSize Of(AgentUnit unit) => unit.Model switch
    {
        ProjectUnitModel project => Of(project.Entities, project.Requirements.Count + (project.Plan?.Agents.Count ?? 0)),
        EntityUnitModel entity => Of(new[] { entity.Entity }, 0),
        _ => default,
    };

    private static ModelSize Of(IEnumerable<ArtifactEntity> entities, int others)
    {
        int count = 0, fields = 0, relations = 0;
        foreach (var entity in entities)
        {
            count++;
            fields += entity.Fields.Count;
            relations += entity.References.Count + entity.Collections.Count + entity.ManyToMany.Count + entity.Referrers.Count;
        }

        return new ModelSize(count, fields, relations, others);
    }
}
