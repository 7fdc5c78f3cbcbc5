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
        try
        {
            // FileShare.Delete lets a concurrent Save replace the file on Windows while this reads it.
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            content = buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return BuildStateJson.Read(content);
    }

    /// <summary>Saves <paramref name="state"/>, replacing the previous state file, and creates its folder if needed.</summary>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file is not writable.</exception>
    public void Save(BuildState state) =>
        // No fsync: a file torn by a power cut reads as damaged, which only costs a full rebuild.
        AtomicFile.Write(Path, BuildStateJson.Write(state));
}
