using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>Every file under a folder, by its path relative to it with '/', with its bytes.</summary>
internal static class FolderContents
{
    public static SortedDictionary<string, byte[]> Read(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files.Add(Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes(file));
        }

        return files;
    }

    /// <summary>The differences between two folders' contents, one line each, or an empty list when they are equal.</summary>
    public static List<string> Differences(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        var differences = new List<string>();
        foreach (var path in expected.Keys.Union(actual.Keys).OrderBy(path => path, StringComparer.Ordinal))
        {
            var inExpected = expected.TryGetValue(path, out var expectedBytes);
            var inActual = actual.TryGetValue(path, out var actualBytes);
            if (!inActual)
            {
                differences.Add("missing: " + path);
            }
            else if (!inExpected)
            {
                differences.Add("unexpected: " + path);
            }
            else if (!expectedBytes!.AsSpan().SequenceEqual(actualBytes))
            {
                differences.Add("different: " + path + " (expected " + expectedBytes!.Length + " bytes, found " + actualBytes!.Length + ")");
            }
        }

        return differences;
    }
}
