using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using FullstackDevelop.Build.State;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Caching;
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
    private readonly ConcurrentDictionary<string, string> _verified = new(StringComparer.Ordinal);

    /// <summary>Creates a view of <paramref name="outputFolder"/> as <paramref name="state"/> left it.</summary>
    public OutputFolderResults(string outputFolder, BuildState state)
    {
        _outputFolder = outputFolder;
        _state = state;
    }

    /// <summary>
    /// The content hash of every file <see cref="Find"/> has read so far, by path: the writer takes them instead of reading
    /// the same files again moments later. Agents write elsewhere until the writer runs, so the files are as read.
    /// </summary>
    public IReadOnlyDictionary<string, string> VerifiedHashes => _verified;

    /// <summary>True when every file the previous build wrote is in the folder with the content it wrote.</summary>
    public bool AllUnchanged()
    {
        foreach (var file in _state.WrittenFiles)
        {
            if (!ArtifactPath.IsValid(file.Key) || ReadVerified(file.Key) is null || !string.Equals(_verified[file.Key], file.Value, StringComparison.Ordinal))
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
            if (bytes is null || !string.Equals(_verified[path], written, StringComparison.Ordinal))
            {
                return null;
            }

            files.Add(path, bytes);
        }

        var result = new CachedAgentResult(agent, files, TimeSpan.Zero, DateTimeOffset.UtcNow);

        // The files on disk must be exactly what the agent produced: an edit restored by hand to another version is not.
        return string.Equals(result.OutputHash, previous.OutputHash, StringComparison.Ordinal) ? result : null;
    }

    // The file's bytes, their hash remembered for the writer; null when the file is missing or cannot be read.
    private byte[]? ReadVerified(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(ArtifactPath.Resolve(_outputFolder, path, _state.GitHubRoot));
            _verified[path] = ContentHash.Of(bytes);
            return bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
