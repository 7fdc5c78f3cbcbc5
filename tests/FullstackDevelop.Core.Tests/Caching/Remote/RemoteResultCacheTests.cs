using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Caching.Remote;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching.Remote;

public sealed class RemoteResultCacheTests : IDisposable
{
    private static readonly string Key = SampleResults.Key("remote");

    private readonly FakeCacheServer _server = new();
    private readonly HttpClient _http;
    private readonly List<IDisposable> _owned = [];

    public RemoteResultCacheTests()
    {
        _http = new HttpClient(_server) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _http.Dispose();
    }

    private static CachedAgentResult Sample() => SampleResults.Result(("a.txt", "alpha"), ("b/b.txt", "beta"), ("same.txt", "alpha"));

    private static byte[]? NothingLocal(string hash, int size) => null;

    private RemoteResultCache Cache(Func<RemoteCacheOptions, RemoteCacheOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new RemoteCacheOptions { BaseAddress = FakeCacheServer.BaseAddress, RetryDelay = TimeSpan.Zero };
        options = configure?.Invoke(options) ?? options;
        var client = new RemoteCacheClient(_http, options, time ?? TimeProvider.System);
        var cache = new RemoteResultCache(client, options, "http://cache.test/root/", time ?? TimeProvider.System);
        _owned.Add(client);
        _owned.Add(cache);
        return cache;
    }

    private static async Task UploadAsync(RemoteResultCache cache, CachedAgentResult result)
    {
        cache.Upload(Key, result);
        await cache.FlushAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_upload_sends_each_blob_once_after_a_HEAD_and_the_entry_last_and_another_cache_reads_it_back()
    {
        var writer = Cache();

        await UploadAsync(writer, Sample());

        // "alpha" is two files but one blob.
        var requests = _server.Requests;
        Assert.Equal(2, requests.Count(request => request.StartsWith("HEAD cas/", StringComparison.Ordinal)));
        Assert.Equal(2, requests.Count(request => request.StartsWith("PUT cas/", StringComparison.Ordinal)));
        Assert.Equal("PUT ac/" + Key, requests[^1]);
        Assert.Equal(1, writer.Statistics.Uploads);
        Assert.Equal(_server.Files.Values.Sum(file => (long)file.Length), writer.Statistics.BytesUp);

        var reader = Cache();
        var read = await reader.GetAsync(Key, NothingLocal, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(Sample().Files.Keys, read.Files.Keys);
        Assert.All(Sample().Files, file => Assert.Equal(file.Value, read.Files[file.Key]));
        Assert.Equal(Sample().Duration, read.Duration);
        Assert.Equal((1, 0), (reader.Statistics.Hits, reader.Statistics.Misses));
        Assert.Equal(Sample().Duration, reader.Statistics.TimeSaved);
    }

    [Fact]
    public async Task Every_request_carries_the_authorization()
    {
        var cache = Cache(options => options with { Authorization = "Bearer t0ken" });

        await UploadAsync(cache, Sample());
        Assert.NotNull(await cache.GetAsync(Key, NothingLocal, CancellationToken.None));

        Assert.Equal(["Bearer t0ken"], _server.Authorizations);
        Assert.Equal(8, _server.Requests.Count);
    }

    [Fact]
    public async Task Blobs_the_server_has_are_not_sent_again()
    {
        await UploadAsync(Cache(), Sample());
        var before = _server.Requests.Count;

        await UploadAsync(Cache(), Sample());

        var second = _server.Requests.Skip(before).ToList();
        Assert.Equal(["HEAD", "HEAD", "PUT"], second.Select(request => request.Split(' ')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_lookup_downloads_only_the_blobs_the_caller_lacks()
    {
        await UploadAsync(Cache(), Sample());
        var before = _server.Requests.Count;
        var alpha = Encoding.UTF8.GetBytes("alpha");

        var read = await Cache().GetAsync(Key, (hash, size) => size == alpha.Length && hash == Hashing.ContentHash.Of(alpha) ? alpha : null, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(["GET ac/" + Key, "GET cas/"], _server.Requests.Skip(before).Select(request => request.StartsWith("GET cas/", StringComparison.Ordinal) ? "GET cas/" : request));
    }

    [Fact]
    public async Task A_blob_that_does_not_match_its_hash_is_a_miss()
    {
        await UploadAsync(Cache(), Sample());
        var blob = _server.Files.Keys.First(path => path.StartsWith("cas/", StringComparison.Ordinal));
        var altered = _server.Files[blob].ToArray();
        altered[altered.Length / 2] ^= 0xFF;
        _server.Files[blob] = altered;
        var reader = Cache();

        Assert.Null(await reader.GetAsync(Key, NothingLocal, CancellationToken.None));

        Assert.Contains("does not match its hash", Assert.Single(reader.Rejections), StringComparison.Ordinal);
        Assert.Equal((0, 1, 1), (reader.Statistics.Hits, reader.Statistics.Misses, reader.Statistics.Rejected));
    }

    [Fact]
    public async Task With_a_signing_key_an_unsigned_or_otherwise_signed_entry_is_a_miss()
    {
        Func<RemoteCacheOptions, RemoteCacheOptions> Key(string key) => options => options with { SigningKey = Encoding.UTF8.GetBytes(key) };
        await UploadAsync(Cache(), Sample());

        var unsigned = Cache(Key("team"));
        Assert.Null(await unsigned.GetAsync(RemoteResultCacheTests.Key, NothingLocal, CancellationToken.None));
        Assert.Contains("not signed", Assert.Single(unsigned.Rejections), StringComparison.Ordinal);

        _server.Files.Clear();
        await UploadAsync(Cache(Key("forger")), Sample());
        var forged = Cache(Key("team"));
        Assert.Null(await forged.GetAsync(RemoteResultCacheTests.Key, NothingLocal, CancellationToken.None));
        Assert.Contains("signature does not match", Assert.Single(forged.Rejections), StringComparison.Ordinal);

        _server.Files.Clear();
        await UploadAsync(Cache(Key("team")), Sample());
        Assert.NotNull(await Cache(Key("team")).GetAsync(RemoteResultCacheTests.Key, NothingLocal, CancellationToken.None));

        // An entry served under another key than it was signed for names its own key, and is refused.
        _server.Files["ac/" + SampleResults.Key("other")] = _server.Files["ac/" + RemoteResultCacheTests.Key];
        Assert.Null(await Cache(Key("team")).GetAsync(SampleResults.Key("other"), NothingLocal, CancellationToken.None));
    }

    [Fact]
    public async Task An_entry_naming_a_path_outside_the_output_folder_is_refused()
    {
        var evil = new RemoteActionEntry(Key, "frontend-developer", TimeSpan.Zero, SampleResults.CreatedAt, [new RemoteFile("../../etc/passwd", new string('a', 64), 1, new string('b', 64))]);
        _server.Files["ac/" + Key] = evil.ToBytes(null);
        var reader = Cache();

        Assert.Null(await reader.GetAsync(Key, NothingLocal, CancellationToken.None));

        Assert.Single(reader.Rejections);
        Assert.DoesNotContain(_server.Requests, request => request.StartsWith("GET cas/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_only_cache_sends_nothing_up()
    {
        var cache = Cache(options => options with { ReadOnly = true });

        await UploadAsync(cache, Sample());

        Assert.Empty(_server.Requests);
        Assert.Equal(0, cache.Statistics.Uploads);
    }

    [Fact]
    public async Task A_failing_read_is_tried_again_a_few_times_and_a_failing_write_once()
    {
        _server.Failure = "500";
        var cache = Cache(options => options with { ReadRetries = 2 });

        Assert.Null(await cache.GetAsync(Key, NothingLocal, CancellationToken.None));
        Assert.Equal(3, _server.Requests.Count);

        _server.FailingMethods = ["PUT"];
        _server.Failure = "500";
        var before = _server.Requests.Count;
        await UploadAsync(cache, SampleResults.Result(("one.txt", "1")));
        Assert.Equal(["HEAD", "PUT"], _server.Requests.Skip(before).Select(request => request.Split(' ')[0]));
        Assert.Equal(2, cache.Statistics.Errors);
        Assert.Equal(0, cache.Statistics.Uploads);
        Assert.DoesNotContain("ac/" + Key, _server.Files.Keys);
    }

    [Fact]
    public async Task After_five_consecutive_failures_the_level_is_off_and_sends_nothing_more()
    {
        _server.Failure = "refused";
        var cache = Cache(options => options with { ReadRetries = 2, FailuresBeforeOff = 5 });

        for (var lookup = 0; lookup < 20; lookup++)
        {
            Assert.Null(await cache.GetAsync(SampleResults.Key("k" + lookup), NothingLocal, CancellationToken.None));
        }

        cache.Upload(Key, Sample());
        await cache.FlushAsync(CancellationToken.None);

        Assert.Equal(5 * 3, _server.Requests.Count);
        Assert.True(cache.Statistics.SwitchedOff);
        Assert.Contains("Connection refused", cache.SwitchedOffBy, StringComparison.Ordinal);
        Assert.Equal((5, 20), (cache.Statistics.Errors, cache.Statistics.Misses));
    }

    [Fact]
    public async Task A_hanging_server_costs_one_request_timeout_per_attempt()
    {
        _server.Failure = "hang";
        var time = new FakeTimeProvider();
        var timeout = TimeSpan.FromSeconds(2);
        var cache = Cache(options => options with { RequestTimeout = timeout, ReadRetries = 2, RetryDelay = TimeSpan.Zero }, time);

        var lookup = cache.GetAsync(Key, NothingLocal, CancellationToken.None);
        var advanced = TimeSpan.Zero;
        while (!lookup.IsCompleted)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromMilliseconds(100));
            advanced += TimeSpan.FromMilliseconds(100);
        }

        Assert.Null(await lookup);
        Assert.Equal(3, _server.Requests.Count);
        Assert.InRange(advanced, 3 * timeout, (3 * timeout) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, cache.Statistics.Errors);
    }

    [Fact]
    public async Task Uploads_still_running_at_the_bound_are_abandoned_before_their_entry()
    {
        _server.Failure = "hang";
        _server.FailingMethods = ["PUT"];
        var time = new FakeTimeProvider();
        var cache = Cache(options => options with { RequestTimeout = TimeSpan.FromHours(1), UploadWait = TimeSpan.FromSeconds(30) }, time);

        cache.Upload(Key, Sample());
        var flush = cache.FlushAsync(CancellationToken.None);
        while (!flush.IsCompleted)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        await flush;
        Assert.Equal(1, cache.Statistics.UnfinishedUploads);
        Assert.DoesNotContain(_server.Requests, request => request.StartsWith("PUT ac/", StringComparison.Ordinal));
    }
}
