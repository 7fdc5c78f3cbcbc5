using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// What one entity declaration gives on its own, before anything across entities (duplicates, relations, tables) is
/// checked: a host builds it per entity (<see cref="RequirementsBuilder.BuildEntity"/>), keeps it while the declaration
/// is equal, and passes it to <see cref="RequirementsBuilder.Build(RequirementsDeclarations, string?, System.Collections.Generic.IReadOnlyList{EntityPart}?)"/>.
/// </summary>
/// <param name="Declaration">The declaration it was built from.</param>
/// <param name="Table">Its table.</param>
/// <param name="Fields">The fields, with the index of the property each comes from.</param>
/// <param name="Navigations">The reference and collection properties, still unpaired.</param>
/// <param name="ForeignKeys">The navigations that fields name with <c>[ForeignKey]</c>, and those fields, in source order.</param>
/// <param name="Ignored">The indices of the properties that are neither fields nor navigations.</param>
/// <param name="Problems">The problems found in the declaration, about the entity at index 0.</param>
public sealed record EntityPart(
    EntityDeclaration Declaration,
    string Table,
    EquatableArray<EntityPartField> Fields,
    EquatableArray<EntityPartNavigation> Navigations,
    EquatableArray<EntityPartForeignKey> ForeignKeys,
    EquatableArray<int> Ignored,
    EquatableArray<Problem> Problems);

/// <summary>A field of an <see cref="EntityPart"/>.</summary>
/// <param name="PropertyIndex">The index of the property it comes from.</param>
/// <param name="Field">The field.</param>
public sealed record EntityPartField(int PropertyIndex, FieldInfo Field);

/// <summary>A navigation of an <see cref="EntityPart"/>.</summary>
/// <param name="PropertyIndex">The index of its property.</param>
/// <param name="RequiredAttribute">Marked <c>[Required]</c>.</param>
/// <param name="ForeignKeyAttribute">The name <c>[ForeignKey]</c> on the navigation gives.</param>
public sealed record EntityPartNavigation(int PropertyIndex, bool RequiredAttribute, string? ForeignKeyAttribute);

/// <summary>A field that names its navigation with <c>[ForeignKey]</c>.</summary>
/// <param name="Navigation">The navigation's name.</param>
/// <param name="Field">The field's name.</param>
public sealed record EntityPartForeignKey(string Navigation, string Field);
