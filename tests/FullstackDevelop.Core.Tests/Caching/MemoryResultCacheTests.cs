using System;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Core.Caching;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching;

public sealed class MemoryResultCacheTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void AStoredResultIsReturnedAsIs()
    {
        var cache = new MemoryResultCache(clock: _clock.Read);
        var result = SampleResults.Result(("a.txt", "a"));

        cache.Put("k", result);

        Assert.Same(result, cache.Get("k"));
        Assert.Null(cache.Get("other"));
    }

    [Fact]
    public void AnEntryExpiresOneHourAfterItWasPutByDefault()
    {
        var cache = new MemoryResultCache(clock: _clock.Read);
        cache.Put("k", SampleResults.Result(("a.txt", "a")));

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(cache.Get("k"));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(cache.Get("k"));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void PuttingAgainRestartsTheTimeToLive()
    {
        var cache = new MemoryResultCache(timeToLive: TimeSpan.FromMinutes(10), clock: _clock.Read);
        cache.Put("k", SampleResults.Result(("a.txt", "a")));
        _clock.Advance(TimeSpan.FromMinutes(8));
        var replacement = SampleResults.Result(("a.txt", "b"));
        cache.Put("k", replacement);

        _clock.Advance(TimeSpan.FromMinutes(8));

        Assert.Same(replacement, cache.Get("k"));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void TheLeastRecentlyUsedEntryIsEvictedPastCapacity()
    {
        var cache = new MemoryResultCache(capacity: 2, clock: _clock.Read);
        cache.Put("a", SampleResults.Result(("a.txt", "a")));
        cache.Put("b", SampleResults.Result(("b.txt", "b")));
        Assert.NotNull(cache.Get("a"));

        cache.Put("c", SampleResults.Result(("c.txt", "c")));

        Assert.Equal(2, cache.Count);
        Assert.NotNull(cache.Get("a"));
        Assert.Null(cache.Get("b"));
        Assert.NotNull(cache.Get("c"));
    }

    [Fact]
    public async Task ConcurrentPutsAndGetsStayWithinCapacity()
    {
        var cache = new MemoryResultCache(capacity: 16, clock: _clock.Read);
        var results = Enumerable.Range(0, 64).Select(i => SampleResults.Result(("f.txt", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var index = ((worker * 7) + i) % results.Length;
                cache.Put("k" + index, results[index]);
                var read = cache.Get("k" + ((index + 1) % results.Length));
                Assert.True(read is null || Array.IndexOf(results, read) == (index + 1) % results.Length);
            }
        })));

        Assert.Equal(16, cache.Count);
    }

    [Fact]
    public void CapacityAndTimeToLiveMustBePositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MemoryResultCache(capacity: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MemoryResultCache(timeToLive: TimeSpan.Zero));
    }
}
