using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// The app's project file as artifacts under the output folder refer to it: a relative path with '/' separators, so
/// that the generated files work wherever the repository is cloned (an absolute path would name the build machine).
/// </summary>
public static class RelativeProjectFile
{
    /// <summary>The path of the project file in the default layout (the output folder <c>fullstack/</c> in the project directory), for hosts that do not know it.</summary>
    public static string Default(string rootNamespace) => "../" + rootNamespace + ".csproj";

    /// <summary>
    /// The path of <paramref name="projectFile"/> relative to <paramref name="outputFolder"/> (both absolute), or null
    /// when they have no common root (another drive), where no relative path exists.
    /// </summary>
    public static string? Of(string outputFolder, string projectFile)
    {
        var from = Segments(outputFolder);
        var to = Segments(projectFile);
        if (from.Count == 0 || to.Count == 0 || !string.Equals(from[0], to[0], StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var common = 0;
        while (common < from.Count && common < to.Count - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        return string.Join("/", Enumerable.Repeat("..", from.Count - common).Concat(to.Skip(common)));
    }

    // The root ("" for '/', "C:" on Windows) first, then each folder; "." and empty parts dropped, ".." applied.
    private static List<string> Segments(string path)
    {
        var segments = new List<string>();
        var parts = path.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar });
        for (var index = 0; index < parts.Length; index++)
        {
            var part = parts[index];
            if (index == 0)
            {
                segments.Add(part);
            }
            else if (part == "..")
            {
                if (segments.Count > 1)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (part.Length > 0 && part != ".")
            {
                segments.Add(part);
            }
        }

        return segments;
    }
}
