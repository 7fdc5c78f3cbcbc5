using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// What an agent produced, as the caches keep it: its files (relative path to bytes) and a little
/// metadata for the build report. The file contents are shared, not copied: neither the producer nor
/// a reader may mutate them.
/// </summary>
public sealed class CachedAgentResult
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _fileHashes;
    private readonly Lazy<string> _outputHash;

    /// <summary>Creates a result.</summary>
    /// <param name="agentName">The agent that produced the files.</param>
    /// <param name="files">The files by relative path: '/' separators, no '.' or '..' segments, not rooted.</param>
    /// <param name="duration">How long the agent ran.</param>
    /// <param name="createdAt">When the agent produced the files.</param>
    /// <exception cref="ArgumentException">The agent name is empty, a path is not a clean relative path, or a path repeats.</exception>
    public CachedAgentResult(string agentName, IEnumerable<KeyValuePair<string, byte[]>> files, TimeSpan duration, DateTimeOffset createdAt)
    {
        if (string.IsNullOrEmpty(agentName))
        {
            throw new ArgumentException("A cached result names its agent.", nameof(agentName));
        }

        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A duration is never negative.");
        }

        // Sorted by ordinal path, so every enumeration of the files (manifests, output hashes) is canonical.
        var sorted = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in files ?? throw new ArgumentNullException(nameof(files)))
        {
            if (!IsValidPath(file.Key))
            {
                throw new ArgumentException($"'{file.Key}' is not a relative path with '/' separators.", nameof(files));
            }

            if (sorted.ContainsKey(file.Key))
            {
                throw new ArgumentException($"'{file.Key}' appears twice.", nameof(files));
            }

            sorted.Add(file.Key, file.Value ?? throw new ArgumentException($"'{file.Key}' has no content.", nameof(files)));
        }

        AgentName = agentName;
        Files = new ReadOnlyDictionary<string, byte[]>(sorted);
        Duration = duration;
        CreatedAt = createdAt;
        _fileHashes = new Lazy<IReadOnlyDictionary<string, string>>(() => new ReadOnlyDictionary<string, string>(
            sorted.ToDictionary(file => file.Key, file => ContentHash.Of(file.Value), StringComparer.Ordinal)));
        _outputHash = new Lazy<string>(ComputeOutputHash);
    }

    /// <summary>The agent that produced the files.</summary>
    public string AgentName { get; }

    /// <summary>The files by relative path, in ordinal order of path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>How long the agent ran.</summary>
    public TimeSpan Duration { get; }

    /// <summary>When the agent produced the files.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>
    /// The content hash of the files alone (paths and bytes, not the metadata): the upstream hash a
    /// downstream agent's cache key takes, so an upstream re-run with the same output changes nothing downstream.
    /// </summary>
    public string OutputHash => _outputHash.Value;

    /// <summary>The SHA-256 of each file's content, by path.</summary>
    internal IReadOnlyDictionary<string, string> FileHashes => _fileHashes.Value;

    /// <summary>
    /// True for a clean relative path. The rule also guards readers: a manifest from a shared cache
    /// must not name a file outside the folder the files are restored to.
    /// </summary>
    internal static bool IsValidPath(string? path)
    {
        // ':' would be a drive or a stream on Windows, '\' a separator there; control characters are never file names.
        if (path is null || path.Length == 0 || path.Any(c => c is '\\' or ':' || char.IsControl(c)))
        {
            return false;
        }

        return path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
    }

    private string ComputeOutputHash()
    {
        var text = new StringBuilder();
        foreach (var path in Files.Keys)
        {
            text.Append(path).Append('\0').Append(FileHashes[path]).Append('\n');
        }

        return ContentHash.Of(text.ToString());
    }
}
