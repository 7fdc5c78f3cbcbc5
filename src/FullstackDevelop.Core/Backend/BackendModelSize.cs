using System.Collections.Generic;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Backend;

/// <summary>
/// What the backend's templates are given, counted before they render: one entity for its files, every entity (or its
/// view) with the enum and field types for the project's. Their render limits grow with it.
/// </summary>
internal static class BackendModelSize
{
    /// <summary>The size of one entity's model.</summary>
    public static ModelSize Of(BackendEntity entity) => Of(new[] { entity }, 0);

    /// <summary>The size of the whole model.</summary>
    public static ModelSize Of(BackendModel model) => Of(model.Entities, model.EnumTypes.Count + model.FieldTypes.Count);

    /// <summary>The size of the project-level view: entity names only, so each entity counts one.</summary>
    public static ModelSize Of(BackendProjectView view) => new(view.Entities.Count, 0, 0, view.EnumTypes.Count + view.FieldTypes.Count);

    private static ModelSize Of(IEnumerable<BackendEntity> entities, int others)
    {
        int count = 0, fields = 0, relations = 0;
        foreach (var entity in entities)
        {
            count++;
            fields += entity.Fields.Count;
            relations += entity.References.Count + entity.Collections.Count + entity.ManyToMany.Count + entity.Dependents.Count;
        }

        return new ModelSize(count, fields, relations, others);
    }
}
