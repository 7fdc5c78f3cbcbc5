using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Generators.Model;

/// <summary>An entity declaration with the locations of its attribute and of each property.</summary>
/// <param name="Declaration">The entity as Core reads it.</param>
/// <param name="Location">The <c>[Entity]</c> attribute.</param>
/// <param name="PropertyLocations">Each property's name; null for one inherited from a referenced assembly.</param>
internal sealed record EntityModel(EntityDeclaration Declaration, LocationInfo? Location, EquatableArray<LocationInfo?> PropertyLocations);
