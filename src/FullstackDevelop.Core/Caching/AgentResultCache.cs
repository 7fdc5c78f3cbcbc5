using System;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Caching.Remote;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// The agent result cache of a build: memory first, then disk, then (for whole agents' results) the remote server. A
/// hit is promoted to the faster levels so the next lookup is served from there; a put writes memory and disk, and a
/// shared put uploads too. Lookups say which level hit, for the build report.
/// </summary>
/// <remarks>
/// Units' results stay local: an agent's whole result covers them on the server, so a restore costs one action lookup
/// per agent plus one download per blob the disk lacks.
/// </remarks>
public sealed class AgentResultCache
{
    private readonly MemoryResultCache _memory;
    private readonly DiskResultCache _disk;
    private readonly RemoteResultCache? _remote;

    /// <summary>Creates a cache over the local levels and, when given, a remote one.</summary>
    public AgentResultCache(MemoryResultCache memory, DiskResultCache disk, RemoteResultCache? remote = null)
    {
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _disk = disk ?? throw new ArgumentNullException(nameof(disk));
        _remote = remote;
    }

    /// <summary>The result stored under <paramref name="key"/> in memory or on disk, and the level that held it.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not 64 lower-case hex digits.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public CacheLookup Get(string key, CancellationToken cancellationToken = default)
    {
        RequireWellFormed(key);
        if (_memory.Get(key) is { } fromMemory)
        {
            return new CacheLookup(CacheLevel.Memory, fromMemory);
        }

        if (_disk.Get(key, cancellationToken) is { } fromDisk)
        {
            _memory.Put(key, fromDisk);
            return new CacheLookup(CacheLevel.Disk, fromDisk);
        }

        return CacheLookup.Miss;
    }

    /// <summary>
    /// The result stored under <paramref name="key"/> in any level, remote last; a remote hit is written to disk and memory.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not 64 lower-case hex digits.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<CacheLookup> GetSharedAsync(string key, CancellationToken cancellationToken = default)
    {
        var local = Get(key, cancellationToken);
        if (local.IsHit || _remote is null)
        {
            return local;
        }

        if (await _remote.GetAsync(key, _disk.ReadContent, cancellationToken).ConfigureAwait(false) is not { } fromRemote)
        {
            return CacheLookup.Miss;
        }

        Put(key, fromRemote, cancellationToken);
        return new CacheLookup(CacheLevel.Remote, fromRemote);
    }

    /// <summary>Stores <paramref name="result"/> under <paramref name="key"/> in memory and on disk.</summary>
    /// <returns>True when the disk took it too; false when only memory holds it.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not 64 lower-case hex digits.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public bool Put(string key, CachedAgentResult result, CancellationToken cancellationToken = default)
    {
        RequireWellFormed(key);
        _memory.Put(key, result);
        return _disk.Put(key, result, cancellationToken);
    }

    /// <summary>Stores a whole agent's <paramref name="result"/> locally and starts its upload to the remote level, if any.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not 64 lower-case hex digits.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void PutShared(string key, CachedAgentResult result, CancellationToken cancellationToken = default)
    {
        Put(key, result, cancellationToken);
        _remote?.Upload(key, result);
    }

    // Checked here too, so a key the disk would refuse never gets into memory alone.
    private static void RequireWellFormed(string key)
    {
        if (!CacheKeyBuilder.IsWellFormed(key))
        {
            throw new ArgumentException("A cache key is 64 lower-case hex digits.", nameof(key));
        }
    }
}
