using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.CacheWriter;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching;

public sealed class DiskResultCacheTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();
    private readonly ManualClock _clock = new();

    private string Root => _folder.Combine("cache");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AStoredResultReadsBackWithItsFilesAndMetadata()
    {
        var key = SampleResults.Key("a");
        var stored = SampleResults.Result(("src/pages/BookPage.tsx", "export {}"), ("README.md", "# Books"), ("empty.txt", string.Empty));

        Assert.True(Cache().Put(key, stored));
        var read = Cache().Get(key);

        Assert.NotNull(read);
        Assert.Equal(stored.Files.Keys, read.Files.Keys);
        Assert.All(stored.Files, file => Assert.Equal(file.Value, read.Files[file.Key]));
        Assert.Equal("frontend-developer", read.AgentName);
        Assert.Equal(stored.Duration, read.Duration);
        Assert.Equal(stored.CreatedAt, read.CreatedAt);
        Assert.Equal(stored.OutputHash, read.OutputHash);
    }

    [Fact]
    public void EntriesAreActionManifestsAndBlobsAreGzippedUnderTheHashOfTheirContent()
    {
        var key = SampleResults.Key("layout");
        Cache().Put(key, SampleResults.Result(("openapi.json", "{\"openapi\":\"3.1.0\"}")));

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(SampleResults.EntryPath(Root, key)));
        var file = Assert.Single(manifest.RootElement.GetProperty("files").EnumerateArray().ToList());
        Assert.Equal("openapi.json", file.GetProperty("path").GetString());
        Assert.Equal(19, file.GetProperty("size").GetInt32());

        var blob = SampleResults.BlobPath(Root, "{\"openapi\":\"3.1.0\"}");
        Assert.Equal(Path.GetFileName(blob), file.GetProperty("sha256").GetString());
        using var gzip = new GZipStream(File.OpenRead(blob), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        Assert.Equal("{\"openapi\":\"3.1.0\"}", reader.ReadToEnd());
        Assert.Empty(Directory.EnumerateFiles(Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void AnEntryExpiresTwentyFourHoursAfterItWasWrittenByDefault()
    {
        var key = SampleResults.Key("ttl");
        Cache().Put(key, SampleResults.Result(("a.txt", "a")));

        _clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Assert.NotNull(Cache().Get(key));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(Cache().Get(key));
        Assert.False(File.Exists(SampleResults.EntryPath(Root, key)));
    }

    [Fact]
    public void WritingAKeyAgainReplacesItsEntry()
    {
        var key = SampleResults.Key("replace");
        Cache().Put(key, SampleResults.Result(("a.txt", "first")));

        Cache().Put(key, SampleResults.Result(("a.txt", "second")));

        Assert.Equal("second", SampleResults.Text(Cache().Get(key)!, "a.txt"));
    }

    [Fact]
    public void ContentSharedByTwoEntriesIsStoredOnce()
    {
        var cache = Cache();
        cache.Put(SampleResults.Key("one"), SampleResults.Result(("shared.txt", "the same text"), ("one.txt", "1")));
        cache.Put(SampleResults.Key("two"), SampleResults.Result(("copy/of/shared.txt", "the same text"), ("two.txt", "2")));

        Assert.Equal(3, Directory.GetFiles(Path.Combine(Root, "cas")).Length);
        Assert.Equal("the same text", SampleResults.Text(cache.Get(SampleResults.Key("two"))!, "copy/of/shared.txt"));
        Assert.Equal("the same text", SampleResults.Text(cache.Get(SampleResults.Key("one"))!, "shared.txt"));
    }

    [Fact]
    public void PastTheSizeCapTheLeastRecentlyUsedEntriesAreEvicted()
    {
        // An entry takes about 4.6 kB (a 4 kB blob that does not compress, and its manifest): three fit under
        // the cap and under the nine tenths eviction goes down to, four do not.
        const long cap = 16_500;
        var cache = Cache(maxBytes: cap);
        var keys = new[] { "a", "b", "c", "d" }.Select(SampleResults.Key).ToArray();
        for (var i = 0; i < 3; i++)
        {
            cache.Put(keys[i], SampleResults.Incompressible(i, 4_000));
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.NotNull(cache.Get(keys[0]));
        _clock.Advance(TimeSpan.FromMinutes(1));
        cache.Put(keys[3], SampleResults.Incompressible(3, 4_000));

        Assert.NotNull(cache.Get(keys[0]));
        Assert.Null(cache.Get(keys[1]));
        Assert.NotNull(cache.Get(keys[2]));
        Assert.NotNull(cache.Get(keys[3]));
        Assert.InRange(FolderSize(), 1, cap);
    }

    [Fact]
    public void TrimRemovesExpiredFiles()
    {
        var cache = Cache();
        cache.Put(SampleResults.Key("old"), SampleResults.Result(("a.txt", "a")));
        _clock.Advance(TimeSpan.FromHours(25));
        cache.Put(SampleResults.Key("new"), SampleResults.Result(("b.txt", "b")));

        cache.Trim();

        Assert.Equal(new[] { SampleResults.Key("new") }, Directory.GetFiles(Path.Combine(Root, "ac")).Select(Path.GetFileName));
        Assert.Equal(new[] { Path.GetFileName(SampleResults.BlobPath(Root, "b")) }, Directory.GetFiles(Path.Combine(Root, "cas")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ThreadsWritingAndReadingOneKeyOnlyEverSeeWholeEntries()
    {
        var cache = new DiskResultCache(Root);
        var key = CacheWriterWorkload.SharedKey(0);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                Assert.True(cache.Put(key, CacheWriterWorkload.Entry(key, writer, i)));
                var read = cache.Get(key);
                Assert.NotNull(read);
                Assert.True(CacheWriterWorkload.IsWhole(key, read));
            }
        })));

        Assert.Empty(Directory.EnumerateFiles(Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void ThreadsStoringTheSameNewBlobAtOnceNeverExposeItHalfWritten()
    {
        const int threadCount = 6;
        var cache = new DiskResultCache(Root);
        var failures = new ConcurrentQueue<Exception>();
        using var together = new Barrier(threadCount);

        // Dedicated threads, not the pool: threads blocked at a barrier would starve a small pool.
        var threads = Enumerable.Range(0, threadCount).Select(thread => new Thread(() =>
        {
            try
            {
                for (var round = 0; round < 5; round++)
                {
                    // New in every round, so every thread tries to create it; it does not compress, so writing it takes many calls.
                    var content = new byte[256 * 1024];
                    new Random(round).NextBytes(content);
                    var key = SampleResults.Key($"thread {thread} round {round}");
                    var result = new CachedAgentResult("backend-developer", new Dictionary<string, byte[]> { ["data.bin"] = content }, TimeSpan.Zero, SampleResults.CreatedAt);
                    together.SignalAndWait();

                    Assert.True(cache.Put(key, result));
                    Assert.Equal(content, cache.Get(key)?.Files["data.bin"]);
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);

                // A failed thread must not leave the others waiting for it at the barrier.
                together.RemoveParticipant();
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Empty(failures);
    }

    [Fact]
    public void AKeyThatIsNotAHashIsRejected()
    {
        Assert.Throws<ArgumentException>(() => Cache().Get("../../etc/passwd"));
        Assert.Throws<ArgumentException>(() => Cache().Put("ABC", SampleResults.Result(("a.txt", "a"))));
    }

    private DiskResultCache Cache(long maxBytes = DiskResultCache.DefaultMaxBytes) => new(Root, maxBytes: maxBytes, clock: _clock.Read);

    private long FolderSize() => Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Sum(path => new FileInfo(path).Length);
}
