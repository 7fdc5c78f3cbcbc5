using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using FullstackDevelop.Build.State;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Build.Output;

/// <summary>
/// The previous build's files in the output folder, as results an agent can reuse: an agent whose key has not changed
/// and whose files are all still there with the content the build wrote needs no cache and no work.
/// </summary>
public sealed class OutputFolderResults : IPreviousOutputs
{
    private readonly string _outputFolder;
    private readonly BuildState _state;
    private readonly ConcurrentDictionary<string, VerifiedFile> _verified = new(StringComparer.Ordinal);

    /// <summary>Creates a view of <paramref name="outputFolder"/> as <paramref name="state"/> left it.</summary>
    public OutputFolderResults(string outputFolder, BuildState state)
    {
        _outputFolder = outputFolder;
        _state = state;
    }

    /// <summary>
    /// The content hash and stamp of every file this build has checked so far, by path: the writer takes them instead of
    /// reading the same files again moments later. Agents write elsewhere until the writer runs, so the files are as checked.
    /// </summary>
    public IReadOnlyDictionary<string, VerifiedFile> Verified => _verified;

    /// <summary>
    /// True when every file the previous build wrote is in the folder with the content it wrote. A file whose stamp is
    /// the one the state recorded, and older than the state itself, is not read (see <see cref="FileStamp.ShowsUnchanged"/>);
    /// any other is read and hashed.
    /// </summary>
    public bool AllUnchanged()
    {
        foreach (var file in _state.WrittenFiles)
        {
            if (!ArtifactPath.IsValid(file.Key) || !(StampShowsUnchanged(file.Key, file.Value) || HashOnDisk(file.Key) == file.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public CachedAgentResult? Find(string agent, string cacheKey)
    {
        if (!_state.Agents.TryGetValue(agent, out var previous) || !string.Equals(previous.CacheKey, cacheKey, StringComparison.Ordinal))
        {
            return null;
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in previous.Files)
        {
            if (!ArtifactPath.IsValid(path) || !_state.WrittenFiles.TryGetValue(path, out var written))
            {
                return null;
            }

            var bytes = ReadVerified(path);
            if (bytes is null || !string.Equals(_verified[path].Hash, written, StringComparison.Ordinal))
            {
                return null;
            }

            files.Add(path, bytes);
        }

        var result = new CachedAgentResult(agent, files, TimeSpan.Zero, DateTimeOffset.UtcNow);

        // The files on disk must be exactly what the agent produced: an edit restored by hand to another version is not.
        return string.Equals(result.OutputHash, previous.OutputHash, StringComparison.Ordinal) ? result : null;
    }

    private bool StampShowsUnchanged(string path, string writtenHash)
    {
        if (_state.SavedBeforeTicks is not { } savedBefore
            || !_state.FileStamps.TryGetValue(path, out var recorded)
            || FileStamp.Of(ArtifactPath.Resolve(_outputFolder, path, _state.GitHubRoot)) is not { } current
            || !current.ShowsUnchanged(recorded, savedBefore))
        {
            return false;
        }

        _verified[path] = new VerifiedFile(writtenHash, current);
        return true;
    }

    private string? HashOnDisk(string path) => ReadVerified(path) is null ? null : _verified[path].Hash;

    // The file's bytes, their hash and stamp remembered for the writer; null when the file is missing or cannot be read.
    // The stamp is taken before the bytes are read, so an edit made while they are read changes the stamp it is known by.
    private byte[]? ReadVerified(string path)
    {
        var fullPath = ArtifactPath.Resolve(_outputFolder, path, _state.GitHubRoot);
        if (FileStamp.Of(fullPath) is not { } stamp)
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            _verified[path] = new VerifiedFile(ContentHash.Of(bytes), stamp);
            return bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
