using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Generators.Model;

/// <summary>The places one file's reading recorded, in the order of their <see cref="SourceAnchor.Ordinal"/>.</summary>
/// <param name="FilePath">The file.</param>
/// <param name="Locations">The places.</param>
internal sealed record FileLocations(string FilePath, EquatableArray<LocationInfo> Locations);
