using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>A type declared in the project's source, with its parts ordered by file path and position.</summary>
internal sealed class SourceTypeGroup
{
    public SourceTypeGroup(IReadOnlyList<SourceType> parts)
    {
        Parts = parts;
    }

    public IReadOnlyList<SourceType> Parts { get; }

    public SourceType First => Parts[0];

    public SourceTypeKind Kind => First.Kind;
}

/// <summary>Every type the project's source declares, by metadata name, and the project's global usings.</summary>
internal sealed class SourceTypeIndex
{
    private readonly Dictionary<string, SourceTypeGroup> _types;
    private readonly SourceTypeGroup? _replaced;

    private SourceTypeIndex(Dictionary<string, SourceTypeGroup> types, ImportScope globalUsings, SourceTypeGroup? replaced = null)
    {
        _types = types;
        GlobalUsings = globalUsings;
        _replaced = replaced;
    }

    /// <summary>The <c>global using</c> directives of every file, which apply at every file's top level.</summary>
    public ImportScope GlobalUsings { get; }

    /// <summary>The types, ordered by metadata name.</summary>
    public IEnumerable<SourceTypeGroup> Types => _types.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Find(pair.Key)!);

    public static SourceTypeIndex Build(IEnumerable<FileDeclarations> files)
    {
        // Built on every edit that changes a declaration: the files usually come in path order and most types have one
        // part, so sorting is skipped where it would change nothing.
        var ordered = files.ToList();
        if (!InPathOrder(ordered))
        {
            ordered = ordered.OrderBy(file => file.FilePath, StringComparer.Ordinal).ToList();
        }

        var parts = new Dictionary<string, List<SourceType>>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            foreach (var type in file.Types)
            {
                if (parts.TryGetValue(type.MetadataName, out var list))
                {
                    list.Add(type);
                }
                else
                {
                    parts.Add(type.MetadataName, new List<SourceType>(1) { type });
                }
            }
        }

        var types = new Dictionary<string, SourceTypeGroup>(parts.Count, StringComparer.Ordinal);
        foreach (var pair in parts)
        {
            types.Add(pair.Key, new SourceTypeGroup(pair.Value.Count == 1 ? pair.Value : InOrder(pair.Value)));
        }

        var globalUsings = new ImportScope(
            string.Empty,
            EquatableArray.From(ordered.SelectMany(file => file.GlobalUsings.Imports).Distinct(StringComparer.Ordinal)),
            EquatableArray.From(ordered.SelectMany(file => file.GlobalUsings.Aliases)),
            EquatableArray.From(ordered.SelectMany(file => file.GlobalUsings.StaticImports).Distinct(StringComparer.Ordinal)));
        return new SourceTypeIndex(types, globalUsings);
    }

    /// <summary>This index with one type's parts replaced by <paramref name="parts"/> (the same type with more of its declarations read), sharing the rest.</summary>
    public SourceTypeIndex With(IEnumerable<SourceType> parts) => new(_types, GlobalUsings, new SourceTypeGroup(InOrder(parts)));

    public SourceTypeGroup? Find(string metadataName) =>
        _replaced is not null && _replaced.First.MetadataName == metadataName ? _replaced
        : _types.TryGetValue(metadataName, out var group) ? group : null;

    private static bool InPathOrder(List<FileDeclarations> files)
    {
        for (var i = 1; i < files.Count; i++)
        {
            if (string.CompareOrdinal(files[i - 1].FilePath, files[i].FilePath) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static List<SourceType> InOrder(IEnumerable<SourceType> parts) => parts.OrderBy(t => t.FilePath, StringComparer.Ordinal).ThenBy(t => t.Position).ToList();
}
