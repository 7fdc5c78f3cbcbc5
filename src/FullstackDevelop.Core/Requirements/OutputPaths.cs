using System;
using System.Linq;

namespace FullstackDevelop.Core.Requirements;

/// <summary>The rule for the paths agents declare they write: relative, and inside the output folder.</summary>
internal static class OutputPaths
{
    /// <summary>True when <paramref name="path"/> is relative and none of its segments is empty, <c>.</c> or <c>..</c>.</summary>
    public static bool IsRelativeInside(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path!.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) || path.IndexOf(':') >= 0)
        {
            return false;
        }

        return path.Split('/', '\\').All(segment => segment is not ".." and not "." && segment.Length > 0);
    }
}
