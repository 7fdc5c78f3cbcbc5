using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Agents.Layout;

/// <summary>
/// The relative path from one folder to another, with '/' separators, worked out from the text of two full paths alone
/// (no file system), so artifacts name the same relative paths on every machine and in every clone.
/// </summary>
public static class RelativePath
{
    /// <summary>
    /// The path that leads from <paramref name="fromFolder"/> to <paramref name="to"/>: <c>.</c> for the same folder,
    /// <c>../..</c> up, <c>src/Api</c> down. Both are full paths, with '/' or '\' separators.
    /// </summary>
    /// <param name="fromFolder">The folder the path starts from.</param>
    /// <param name="to">The file or folder it leads to.</param>
    /// <param name="ignoreCase">True where the file system ignores case (Windows), so <c>C:\Src</c> and <c>c:\src</c> are one folder.</param>
    /// <exception cref="ArgumentException">The two paths have different roots (drives), so no relative path joins them.</exception>
    public static string Between(string fromFolder, string to, bool ignoreCase = false) =>
        TryBetween(fromFolder, to, ignoreCase)
        ?? throw new ArgumentException($"'{fromFolder}' and '{to}' are not on the same root, so no relative path leads from one to the other.", nameof(to));

    /// <summary>What <see cref="Between"/> gives, or null when the two paths have different roots (drives).</summary>
    /// <param name="fromFolder">The folder the path starts from.</param>
    /// <param name="to">The file or folder it leads to.</param>
    /// <param name="ignoreCase">True where the file system ignores case.</param>
    public static string? TryBetween(string fromFolder, string to, bool ignoreCase = false)
    {
        var from = Segments(fromFolder);
        var target = Segments(to);
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (from.Count == 0 || target.Count == 0 || !string.Equals(from[0], target[0], comparison))
        {
            return null;
        }

        var common = 0;
        while (common < from.Count && common < target.Count && string.Equals(from[common], target[common], comparison))
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", from.Count - common).Concat(target.Skip(common)).ToList();
        return parts.Count == 0 ? "." : string.Join("/", parts);
    }

    /// <summary>Joins relative paths with '/', dropping <c>.</c> parts: <c>Combine(".", "deploy/Dockerfile")</c> is <c>deploy/Dockerfile</c>.</summary>
    public static string Combine(params string[] parts)
    {
        var kept = parts.Where(part => part.Length > 0 && part != ".").ToList();
        return kept.Count == 0 ? "." : string.Join("/", kept);
    }

    // The root (drive or empty for '/') first, then the folders, with '.' and '..' resolved.
    private static List<string> Segments(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        var segments = new List<string> { parts[0] };
        foreach (var part in parts.Skip(1))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && segments.Count > 1)
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        return segments;
    }
}
