using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Migrations;

namespace FullstackDevelop.Build.Migrations;

/// <summary>
/// The stamps of every file under the migrations folder (<see cref="MigrationFile.Folder"/>), by path relative to it:
/// a build with nothing to do skips the migration step when the folder is exactly as the last step left it, since the
/// same folder and the same requirements give the same outcome.
/// </summary>
public static class MigrationFolderStamps
{
    /// <summary>The stamps of the files in the migrations folder of <paramref name="outputFolder"/> now (none when it is missing); null when it cannot be listed.</summary>
    public static Dictionary<string, FileStamp>? Read(string outputFolder)
    {
        var folder = FolderOf(outputFolder);
        try
        {
            var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
            if (!Directory.Exists(folder))
            {
                return stamps;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                if (FileStamp.Of(file) is not { } stamp)
                {
                    return null;
                }

                stamps.Add(file.Substring(folder.Length + 1).Replace(Path.DirectorySeparatorChar, '/'), stamp);
            }

            return stamps;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when the migrations folder of <paramref name="outputFolder"/> holds exactly the files of <paramref name="recorded"/>,
    /// each with its recorded stamp and written before <paramref name="recordedBeforeTicks"/> (the racy rule of <see cref="FileStamp.ShowsUnchanged"/>).
    /// </summary>
    public static bool Unchanged(string outputFolder, IReadOnlyDictionary<string, FileStamp> recorded, long recordedBeforeTicks) =>
        Read(outputFolder) is { } current
        && current.Count == recorded.Count
        && current.All(file => recorded.TryGetValue(file.Key, out var stamp) && file.Value.ShowsUnchanged(stamp, recordedBeforeTicks));

    private static string FolderOf(string outputFolder) =>
        Path.Combine(Path.GetFullPath(outputFolder), MigrationFile.Folder.Replace('/', Path.DirectorySeparatorChar));
}
