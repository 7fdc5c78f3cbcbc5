using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Caching.Remote;

namespace FullstackDevelop.Build.Running;

/// <summary>
/// The remote cache of one build: read from the options (an empty URL means off), opened over one
/// <see cref="HttpClient"/> whose connections every request shares, flushed and reported at the end. Every problem is a
/// warning with its code; none fails the build, and no message carries the credentials.
/// </summary>
internal sealed class RemoteCacheSession : IDisposable
{
    /// <summary>The remote level was switched off after consecutive failures.</summary>
    public const string SwitchedOffCode = "FSD1301";

    /// <summary><c>FullstackRemoteCacheUrl</c> is not an http(s) URL.</summary>
    public const string InvalidUrlCode = "FSD1302";

    /// <summary><c>FullstackRemoteCacheReadOnly</c> is not a boolean.</summary>
    public const string InvalidReadOnlyCode = "FSD1303";

    /// <summary>Uploads were still running when the build stopped waiting.</summary>
    public const string UploadsUnfinishedCode = "FSD1304";

    /// <summary>Entries from the server failed verification.</summary>
    public const string EntriesRejectedCode = "FSD1305";

    private readonly HttpClient _http;
    private readonly RemoteCacheClient _client;

    private RemoteCacheSession(HttpClient http, RemoteCacheClient client, RemoteResultCache cache)
    {
        _http = http;
        _client = client;
        Cache = cache;
    }

    /// <summary>The remote level.</summary>
    public RemoteResultCache Cache { get; }

    /// <summary>The session for <paramref name="options"/>, or null when no remote cache is set or its settings are invalid (logged).</summary>
    public static RemoteCacheSession? Open(AgentBuildOptions options, IBuildLog log)
    {
        if (string.IsNullOrWhiteSpace(options.RemoteCacheUrl))
        {
            return null;
        }

        var readOnly = false;
        if (!string.IsNullOrWhiteSpace(options.RemoteCacheReadOnly) && !bool.TryParse(options.RemoteCacheReadOnly!.Trim(), out readOnly))
        {
            // Unsure whether the build is trusted: the safe reading is read-only.
            readOnly = true;
            log.LogWarning(InvalidReadOnlyCode, options.ProjectFile, $"FullstackRemoteCacheReadOnly (or FULLSTACK_REMOTE_CACHE_READ_ONLY) is '{options.RemoteCacheReadOnly}', which is not true or false, so the remote cache is read-only in this build. Set it to true or false.");
        }

        var address = RemoteCacheAddress.Parse(options.RemoteCacheUrl!, options.RemoteCacheToken, out var problem);
        if (address is null)
        {
            log.LogWarning(InvalidUrlCode, options.ProjectFile, $"FullstackRemoteCacheUrl (or FULLSTACK_REMOTE_CACHE_URL) is not usable: {problem}, so this build runs without the remote cache. Give the cache server's base URL, such as https://cache.example.com/fullstack/.");
            return null;
        }

        var settings = new RemoteCacheOptions
        {
            BaseAddress = address.BaseAddress,
            Authorization = address.Authorization,
            ReadOnly = readOnly,
            SigningKey = string.IsNullOrEmpty(options.RemoteCacheSigningKey) ? null : Encoding.UTF8.GetBytes(options.RemoteCacheSigningKey),
            RequestTimeout = options.RemoteCacheRequestTimeout ?? new RemoteCacheOptions { BaseAddress = address.BaseAddress }.RequestTimeout,
        };
        if (options.RemoteCacheUploadWait is { } wait)
        {
            settings = settings with { UploadWait = wait };
        }

        var http = new HttpClient(Handler(settings), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        var client = new RemoteCacheClient(http, settings, TimeProvider.System);
        log.LogMessage($"FullstackDevelop: remote cache {address.Display}{(readOnly ? " (read-only)" : string.Empty)}.", important: false);
        return new RemoteCacheSession(http, client, new RemoteResultCache(client, settings, address.Display, TimeProvider.System));
    }

    /// <summary>Waits for the uploads (bounded) and logs the warnings the build's use of the server calls for.</summary>
    public async Task<RemoteCacheStatistics> FinishAsync(IBuildLog log, CancellationToken cancellationToken)
    {
        await Cache.FlushAsync(cancellationToken).ConfigureAwait(false);
        var statistics = Cache.Statistics;
        if (Cache.SwitchedOffBy is { } reason)
        {
            log.LogWarning(SwitchedOffCode, null, $"The remote cache {statistics.Address} failed {statistics.Errors} time(s) ({reason}), so it was switched off for the rest of this build, which used local results. Check that the server is up and reachable, or unset FullstackRemoteCacheUrl.");
        }

        if (statistics.UnfinishedUploads > 0)
        {
            log.LogWarning(UploadsUnfinishedCode, null, $"{statistics.UnfinishedUploads} upload(s) to the remote cache {statistics.Address} did not finish in time and were abandoned before their entries were written; the next build uploads them again. Check the server's bandwidth.");
        }

        if (Cache.Rejections.Count > 0)
        {
            log.LogWarning(EntriesRejectedCode, null, $"{Cache.Rejections.Count} entries from the remote cache {statistics.Address} failed verification and were not used (first: {Cache.Rejections[0]}); their agents ran locally. If this repeats, someone may be writing to the cache who should not: check its write access and signing key (FULLSTACK_REMOTE_CACHE_SIGNING_KEY).");
        }

        return statistics;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Cache.Dispose();
        _client.Dispose();
        _http.Dispose();
    }

    // .NET's handler bounds the connect time and keeps connections alive between requests; .NET Framework's handler has
    // no connect timeout of its own, so there the request timeout bounds the connect too.
#if NET
    private static SocketsHttpHandler Handler(RemoteCacheOptions settings) => new()
    {
        ConnectTimeout = settings.ConnectTimeout,
        MaxConnectionsPerServer = settings.MaxConcurrentRequests,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
    };
#else
    private static HttpClientHandler Handler(RemoteCacheOptions settings) => new() { MaxConnectionsPerServer = settings.MaxConcurrentRequests };
#endif
}
