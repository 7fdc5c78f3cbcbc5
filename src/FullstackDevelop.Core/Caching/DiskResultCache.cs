using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text.Json;
using System.Threading;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// The second cache level: agent results in a folder shared by every build on the machine, laid out as
/// bazel-remote's HTTP cache is (<c>ac/&lt;key&gt;</c> action entries, <c>cas/&lt;sha256&gt;</c> blobs) so the
/// remote level can move entries as they are. Entries live for a time to live; the folder is kept under a
/// size cap by evicting the least recently used files.
/// </summary>
/// <remarks>
/// Every write is atomic and every read verified, so builds in several processes may share the folder.
/// The cache is never the only copy of anything: a missing, corrupt or unreadable entry is a miss, and a
/// write that fails (a read-only folder, a full disk) is skipped. Only cancellation is thrown.
/// </remarks>
public sealed class DiskResultCache
{
    /// <summary>The size cap unless told otherwise: 1 GiB, thousands of builds' worth of compressed text.</summary>
    public const long DefaultMaxBytes = 1L << 30;

    private readonly string _actions;
    private readonly ContentAddressedStore _blobs;
    private readonly string[] _folders;
    private readonly TimeSpan _timeToLive;
    private readonly long _maxBytes;
    private readonly Func<DateTimeOffset> _clock;
    private readonly ConcurrentQueue<CacheRepair> _repairs = new();

    // The folder's size as this process last counted it plus what it wrote since; -1 until first counted.
    // Other processes' writes are not in it, so eviction recounts before it deletes anything.
    private long _knownBytes = -1;
    private int _evicting;

    /// <summary>Creates a cache over a folder; nothing touches the disk until the first lookup or write.</summary>
    /// <param name="root">The folder; <see cref="UserCacheFolder.Resolve()"/> when null.</param>
    /// <param name="timeToLive">How long an entry lives after it is written; <see cref="DefaultTimeToLive"/> when null.</param>
    /// <param name="maxBytes">The size cap of the folder, in bytes.</param>
    /// <param name="clock">The current time; the system clock when null. Tests pass their own.</param>
    public DiskResultCache(string? root = null, TimeSpan? timeToLive = null, long maxBytes = DefaultMaxBytes, Func<DateTimeOffset>? clock = null)
    {
        var ttl = timeToLive ?? DefaultTimeToLive;
        if (ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), ttl, "A time to live is positive.");
        }

        if (maxBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "A size cap is positive.");
        }

        Root = root ?? UserCacheFolder.Resolve();
        _actions = Path.Combine(Root, "ac");
        var blobs = Path.Combine(Root, "cas");
        _blobs = new ContentAddressedStore(blobs);
        _folders = new[] { _actions, blobs };
        _timeToLive = ttl;
        _maxBytes = maxBytes;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    /// <summary>24 hours: a day's builds, across branches and checkouts, share their results.</summary>
    public static TimeSpan DefaultTimeToLive { get; } = TimeSpan.FromHours(24);

    /// <summary>The cache folder.</summary>
    public string Root { get; }

    /// <summary>
    /// The damaged entries this instance's lookups found and removed, in the order found: a cache that keeps repairing
    /// itself may sit on a failing disk, so the build reports them.
    /// </summary>
    public IReadOnlyList<CacheRepair> Repairs => _repairs.ToArray();

    /// <summary>The verified result stored under <paramref name="key"/>, or null on a miss.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not 64 lower-case hex digits.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public CachedAgentResult? Get(string key, CancellationToken cancellationToken = default)
    {
        RequireWellFormed(key);
        cancellationToken.ThrowIfCancellationRequested();
        var path = Path.Combine(_actions, key);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            ActionManifest manifest;
            try
            {
                manifest = ActionManifest.Read(path, key);
            }
            catch (Exception e) when (e is InvalidDataException or JsonException)
            {
                AtomicFile.DeleteQuietly(path);
                _repairs.Enqueue(new CacheRepair(key, "its manifest could not be read (" + e.Message + "), so it was deleted"));
                return null;
            }

            var now = _clock();
            if (now >= manifest.StoredAt + _timeToLive)
            {
                AtomicFile.DeleteQuietly(path);
                return null;
            }

            var files = ReadFiles(key, manifest, cancellationToken);
            if (files is null)
            {
                // The entry stays: a later write of the same content brings its blobs back.
                return null;
            }

            LastUse.Record(path, now);
            foreach (var hash in manifest.Files.Select(file => file.Hash).Distinct(StringComparer.Ordinal))
            {
                LastUse.Record(_blobs.PathOf(hash), now);
            }

            return new CachedAgentResult(manifest.AgentName, files, manifest.Duration, manifest.CreatedAt);
        }
        catch (Exception e) when (IsCacheFault(e))
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="result"/> under <paramref name="key"/>, replacing any entry there.</summary>
    /// <returns>True when the entry was written; false when the folder could not take it.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not 64 lower-case hex digits.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public bool Put(string key, CachedAgentResult result, CancellationToken cancellationToken = default)
    {
        RequireWellFormed(key);
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var now = _clock();
            long written = 0;

            // Blobs first, the entry last: an entry a reader can see has all its blobs.
            var stored = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in result.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var hash = result.FileHashes[file.Key];
                if (stored.Add(hash))
                {
                    written += _blobs.Store(hash, file.Value, now);
                }
            }

            var manifest = ActionManifest.Of(key, result, now).ToJson();
            Directory.CreateDirectory(_actions);
            var path = Path.Combine(_actions, key);
            written += AtomicFile.Write(path, stream => stream.Write(manifest, 0, manifest.Length), overwrite: true);
            LastUse.Record(path, now);
            KeepUnderCap(written, cancellationToken);
            return true;
        }
        catch (Exception e) when (IsCacheFault(e))
        {
            return false;
        }
    }

    /// <summary>
    /// The verified content of the blob with <paramref name="hash"/> and <paramref name="size"/> bytes, or null when the
    /// folder lacks it: the remote level downloads only the blobs this returns null for.
    /// </summary>
    internal byte[]? ReadContent(string hash, int size)
    {
        try
        {
            return ContentHash.IsWellFormed(hash) ? _blobs.Read(hash, size, out _) : null;
        }
        catch (Exception e) when (IsCacheFault(e))
        {
            return null;
        }
    }

    /// <summary>
    /// Removes expired files and, when the folder is over its size cap, the least recently used ones until it
    /// is back under nine tenths of the cap. Writes call it when they push the folder over the cap; a host may
    /// call it once per build as well.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Trim(CancellationToken cancellationToken = default)
    {
        // One eviction per process at a time; a thread that finds one running has nothing to add.
        if (Interlocked.CompareExchange(ref _evicting, 1, 0) != 0)
        {
            return;
        }

        try
        {
            var remaining = DiskEviction.Run(_folders, _clock() - _timeToLive, _maxBytes, _maxBytes - (_maxBytes / 10), cancellationToken);
            Interlocked.Exchange(ref _knownBytes, remaining);
        }
        catch (Exception e) when (IsCacheFault(e))
        {
            // Eviction is housekeeping; the next write tries again.
        }
        finally
        {
            Interlocked.Exchange(ref _evicting, 0);
        }
    }

    /// <summary>The files of <paramref name="manifest"/>, or null when a blob is missing or fails verification.</summary>
    private List<KeyValuePair<string, byte[]>>? ReadFiles(string key, ActionManifest manifest, CancellationToken cancellationToken)
    {
        // Files with equal content share a blob: each blob is read and verified once.
        var blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var files = new List<KeyValuePair<string, byte[]>>(manifest.Files.Count);
        foreach (var file in manifest.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!blobs.TryGetValue(file.Hash, out var content))
            {
                content = _blobs.Read(file.Hash, file.Size, out var damaged);
                if (content is null)
                {
                    if (damaged)
                    {
                        _repairs.Enqueue(new CacheRepair(key, "the content of its file '" + file.Path + "' (blob " + file.Hash + ") failed verification, so the blob was deleted"));
                    }

                    return null;
                }

                blobs.Add(file.Hash, content);
            }
            else if (content.Length != file.Size)
            {
                return null;
            }

            files.Add(new KeyValuePair<string, byte[]>(file.Path, content));
        }

        return files;
    }

    private void KeepUnderCap(long written, CancellationToken cancellationToken)
    {
        // Counting the folder costs a directory listing, so it is done on the first write and when the
        // running estimate crosses the cap, not on every write.
        if (Interlocked.Read(ref _knownBytes) < 0 || Interlocked.Add(ref _knownBytes, written) > _maxBytes)
        {
            Trim(cancellationToken);
        }
    }

    private static void RequireWellFormed(string key)
    {
        if (!CacheKeyBuilder.IsWellFormed(key))
        {
            throw new ArgumentException("A cache key is 64 lower-case hex digits; it names a file.", nameof(key));
        }
    }

    // The faults of a folder that may be missing, read-only, full, shared with other processes or damaged.
    private static bool IsCacheFault(Exception e) =>
        e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException
            or InvalidDataException or JsonException or ArgumentException;
}
