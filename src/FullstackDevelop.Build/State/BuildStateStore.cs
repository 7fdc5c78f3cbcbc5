using System;
using System.IO;
using FullstackDevelop.Core.Files;

namespace FullstackDevelop.Build.State;

/// <summary>
/// Keeps a <see cref="BuildState"/> in one JSON file, such as <c>obj/Debug/net10.0/fullstack.state.json</c>.
/// Loading never fails: a missing or unusable file means there is no previous state. Saving is atomic:
/// a reader sees the previous file or the new one, never a part.
/// </summary>
public sealed class BuildStateStore
{
    /// <summary>Creates a store for the state file at <paramref name="path"/>.</summary>
    /// <param name="path">The state file; relative paths are resolved against the current directory.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a valid file path.</exception>
    public BuildStateStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is null)
        {
            throw new ArgumentException($"'{path}' is a root folder, not a file.", nameof(path));
        }
    }

    /// <summary>The full path of the state file.</summary>
    public string Path { get; }

    /// <summary>
    /// The saved state; <see langword="null"/> when the file is missing, unreadable, damaged or of another
    /// format version. Never throws: without state the build simply does everything.
    /// </summary>
    public BuildState? Load()
    {
        byte[] content;
        long savedBeforeTicks;
        try
        {
            // The time first: a save that replaces the file meanwhile can only make it earlier than what is read, which
            // makes the stamps vouch for fewer files, never for more.
            savedBeforeTicks = File.GetLastWriteTimeUtc(Path).Ticks;

            // FileShare.Delete lets a concurrent Save replace the file on Windows while this reads it.
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            content = ReadAll(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return BuildStateJson.Read(content, savedBeforeTicks);
    }

    /// <summary>Saves <paramref name="state"/>, replacing the previous state file, and creates its folder if needed.</summary>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file is not writable.</exception>
    public void Save(BuildState state) =>
        // No fsync: a file torn by a power cut reads as damaged, which only costs a full rebuild.
        AtomicFile.Write(Path, BuildStateJson.Write(state));

    // One array of the file's size, filled in place. Saves replace the file whole, so the open file keeps its size; one
    // that came out shorter than it said is returned as read, and fails to parse like any damaged file.
    private static byte[] ReadAll(FileStream stream)
    {
        var content = new byte[stream.Length];
        var read = 0;
        while (read < content.Length && stream.Read(content, read, content.Length - read) is var count and > 0)
        {
            read += count;
        }

        if (read < content.Length)
        {
            Array.Resize(ref content, read);
        }

        return content;
    }
}
