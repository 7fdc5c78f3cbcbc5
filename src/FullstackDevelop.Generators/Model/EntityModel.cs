using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Generators.Model;

/// <summary>An entity declaration with the locations of its attribute and of each property.</summary>
internal sealed record EntityModel(EntityDeclaration Declaration, LocationInfo? Location, EquatableArray<LocationInfo?> PropertyLocations);
