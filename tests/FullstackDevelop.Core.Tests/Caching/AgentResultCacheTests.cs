using System;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching;

public sealed class AgentResultCacheTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();
    private readonly ManualClock _clock = new();
    private readonly string _key = SampleResults.Key("agent");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AKeyInNeitherLevelIsAMiss()
    {
        var lookup = Cache().Get(_key);

        Assert.Equal(CacheLevel.Miss, lookup.Level);
        Assert.False(lookup.IsHit);
        Assert.Null(lookup.Result);
    }

    [Fact]
    public void APutIsServedFromMemory()
    {
        var cache = Cache();
        var result = SampleResults.Result(("a.txt", "a"));

        Assert.True(cache.Put(_key, result));
        var lookup = cache.Get(_key);

        Assert.Equal(CacheLevel.Memory, lookup.Level);
        Assert.Same(result, lookup.Result);
    }

    [Fact]
    public void APutReachesTheDiskAndADiskHitIsPromotedToMemory()
    {
        Cache().Put(_key, SampleResults.Result(("a.txt", "a")));
        var nextBuild = Cache();

        var first = nextBuild.Get(_key);
        var second = nextBuild.Get(_key);

        Assert.Equal(CacheLevel.Disk, first.Level);
        Assert.Equal("a", SampleResults.Text(first.Result!, "a.txt"));
        Assert.Equal(CacheLevel.Memory, second.Level);
        Assert.Same(first.Result, second.Result);
    }

    [Fact]
    public void AfterTheMemoryTimeToLiveTheDiskStillServes()
    {
        var cache = Cache();
        cache.Put(_key, SampleResults.Result(("a.txt", "a")));

        _clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(CacheLevel.Disk, cache.Get(_key).Level);
        Assert.Equal(CacheLevel.Memory, cache.Get(_key).Level);
    }

    [Fact]
    public void AfterTheDiskTimeToLiveBothLevelsMiss()
    {
        var cache = Cache();
        cache.Put(_key, SampleResults.Result(("a.txt", "a")));

        _clock.Advance(TimeSpan.FromHours(24));

        Assert.Equal(CacheLevel.Miss, cache.Get(_key).Level);
    }

    [Fact]
    public void AKeyTheDiskWouldRefuseIsRejectedBeforeReachingMemory()
    {
        Assert.Throws<ArgumentException>(() => Cache().Put("not-a-hash", SampleResults.Result(("a.txt", "a"))));
    }

    private AgentResultCache Cache() => new(
        new MemoryResultCache(clock: _clock.Read),
        new DiskResultCache(_folder.Combine("cache"), clock: _clock.Read));
}
