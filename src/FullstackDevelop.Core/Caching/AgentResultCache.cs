using System;
using System.Threading;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// The agent result cache of a build: memory first, then disk. A disk hit is promoted to memory so the next
/// lookup in this process is served from there; a put writes both levels. Lookups say which level hit, for
/// the build report.
/// </summary>
public sealed class AgentResultCache
{
    private readonly MemoryResultCache _memory;
    private readonly DiskResultCache _disk;

    /// <summary>Creates a cache over the two levels.</summary>
    public AgentResultCache(MemoryResultCache memory, DiskResultCache disk)
    {
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _disk = disk ?? throw new ArgumentNullException(nameof(disk));
    }

    /// <summary>The result stored under <paramref name="key"/>, and the level that held it.</summary>
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

    // Checked here too, so a key the disk would refuse never gets into memory alone.
    private static void RequireWellFormed(string key)
    {
        if (!CacheKeyBuilder.IsWellFormed(key))
        {
            throw new ArgumentException("A cache key is 64 lower-case hex digits.", nameof(key));
        }
    }
}
