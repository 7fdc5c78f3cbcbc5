using System.Linq;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Backend;

/// <summary>
/// The part of a <see cref="BackendModel"/> the built-in project-level templates read: the settings, each entity's
/// names, and the types of all fields. Adding a property of a type the project already uses leaves it equal, so a host
/// that renders the project-level files from it renders them again only when what they show changed. A user's
/// template may read anything, so it renders from the whole model.
/// </summary>
/// <param name="Settings">The choices that apply to every generated file.</param>
/// <param name="Entities">Each entity's names, in the model's order.</param>
/// <param name="EnumTypes">See <see cref="BackendModel.EnumTypes"/>.</param>
/// <param name="FieldTypes">See <see cref="BackendModel.FieldTypes"/>.</param>
public sealed record BackendProjectView(BackendSettings Settings, EquatableArray<BackendEntityView> Entities, EquatableArray<string> EnumTypes, EquatableArray<string> FieldTypes)
{
    /// <summary>The view of <paramref name="model"/>.</summary>
    public static BackendProjectView Of(BackendModel model) =>
        new(
            model.Settings,
            EquatableArray.From(model.Entities.Select(entity => new BackendEntityView(entity.Name, entity.ClrType, entity.Table, entity.PluralName, entity.HasEndpoints))),
            model.EnumTypes,
            model.FieldTypes);
}

/// <summary>What the built-in project-level templates read of an entity; each member is that of <see cref="BackendEntity"/>.</summary>
/// <param name="Name">See <see cref="BackendEntity.Name"/>.</param>
/// <param name="ClrType">See <see cref="BackendEntity.ClrType"/>.</param>
/// <param name="Table">See <see cref="BackendEntity.Table"/>.</param>
/// <param name="PluralName">See <see cref="BackendEntity.PluralName"/>.</param>
/// <param name="HasEndpoints">See <see cref="BackendEntity.HasEndpoints"/>.</param>
public sealed record BackendEntityView(string Name, string ClrType, string Table, string PluralName, bool HasEndpoints);
