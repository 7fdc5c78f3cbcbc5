using System;
using System.Collections.Generic;

namespace FullstackDevelop.Generators.Model;

/// <summary>Finds the location of a <see cref="SourceAnchor"/> among the places every file's reading recorded.</summary>
internal sealed class SourceLocations
{
    private readonly Dictionary<string, FileLocations> _byPath = new(StringComparer.Ordinal);

    public SourceLocations(IEnumerable<FileLocations> files)
    {
        foreach (var file in files)
        {
            _byPath[file.FilePath] = file;
        }
    }

    /// <summary>The location of an anchor; null when its file or place is no longer there.</summary>
    public LocationInfo? Find(SourceAnchor? anchor) =>
        anchor is not null && _byPath.TryGetValue(anchor.FilePath, out var file) && anchor.Ordinal < file.Locations.Count
            ? file.Locations[anchor.Ordinal]
            : null;
}
