using System;
using System.Collections.Generic;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// The first cache level: agent results held in this process for a time to live, bounded in entry
/// count; past the bound the least recently used entry goes. Safe to use from many threads.
/// </summary>
public sealed class MemoryResultCache
{
    /// <summary>The entry count a cache holds unless told otherwise.</summary>
    public const int DefaultCapacity = 1024;

    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);

    // Most recently used first; a linked list makes both the touch and the eviction O(1).
    private readonly LinkedList<Entry> _recency = new();
    private readonly int _capacity;
    private readonly TimeSpan _timeToLive;
    private readonly Func<DateTimeOffset> _clock;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="capacity">The most entries it holds.</param>
    /// <param name="timeToLive">How long an entry lives after it is put; <see cref="DefaultTimeToLive"/> when null.</param>
    /// <param name="clock">The current time; the system clock when null. Tests pass their own.</param>
    public MemoryResultCache(int capacity = DefaultCapacity, TimeSpan? timeToLive = null, Func<DateTimeOffset>? clock = null)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A cache holds at least one entry.");
        }

        var ttl = timeToLive ?? DefaultTimeToLive;
        if (ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), ttl, "A time to live is positive.");
        }

        _capacity = capacity;
        _timeToLive = ttl;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    /// <summary>One hour: agent results are hot for the length of a working session.</summary>
    public static TimeSpan DefaultTimeToLive { get; } = TimeSpan.FromHours(1);

    /// <summary>How many entries the cache holds, expired ones not yet looked up included.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The result stored under <paramref name="key"/>, or null when there is none or it expired.</summary>
    public CachedAgentResult? Get(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        var now = _clock();
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            if (now >= node.Value.ExpiresAt)
            {
                Unlink(node);
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Result;
        }
    }

    /// <summary>Stores <paramref name="result"/> under <paramref name="key"/>, replacing any entry there and restarting its time to live.</summary>
    public void Put(string key, CachedAgentResult result)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var entry = new Entry(key, result, _clock() + _timeToLive);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                Unlink(existing);
            }

            _entries.Add(key, _recency.AddFirst(entry));
            while (_entries.Count > _capacity)
            {
                Unlink(_recency.Last!);
            }
        }
    }

    private void Unlink(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
    }

    private sealed record Entry(string Key, CachedAgentResult Result, DateTimeOffset ExpiresAt);
}
