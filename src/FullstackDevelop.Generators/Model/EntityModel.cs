using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Generators.Model;

/// <summary>An entity declaration with where its attribute is, of each property and of the attributes Core reads.</summary>
/// <param name="Declaration">The entity as Core reads it.</param>
/// <param name="Location">The <c>[Entity]</c> attribute.</param>
/// <param name="PropertyLocations">Each property's name; null for one inherited from a referenced assembly.</param>
/// <param name="AnnotationLocations">Each of <see cref="EntityDeclaration.Annotations"/>.</param>
/// <param name="PropertyAnnotationLocations">For each property, each of its <see cref="PropertyDeclaration.Annotations"/>.</param>
internal sealed record EntityModel(
    EntityDeclaration Declaration,
    SourceAnchor? Location,
    EquatableArray<SourceAnchor?> PropertyLocations,
    EquatableArray<SourceAnchor?> AnnotationLocations = default,
    EquatableArray<EquatableArray<SourceAnchor?>> PropertyAnnotationLocations = default);
