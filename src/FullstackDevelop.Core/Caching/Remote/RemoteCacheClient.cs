using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>
/// The HTTP side of the remote cache: <c>GET</c>, <c>HEAD</c> and <c>PUT</c> of <c>ac/&lt;key&gt;</c> and
/// <c>cas/&lt;hash&gt;</c>, as bazel-remote and nginx WebDAV serve them. Each attempt has a total timeout; reads, which
/// are idempotent, are retried a few times with jittered backoff. A 404 is a miss; any other failure is a
/// <see cref="RemoteCacheException"/>. Requests in flight are bounded and share the client's connections.
/// </summary>
public sealed class RemoteCacheClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly RemoteCacheOptions _options;
    private readonly ResiliencePipeline _reads;
    private readonly ResiliencePipeline _writes;
    private readonly SemaphoreSlim _slots;
    private int _requests;
    private long _bytesDown;
    private long _bytesUp;

    /// <summary>Creates a client over <paramref name="http"/>, whose own timeout should be infinite: the options' timeouts apply.</summary>
    public RemoteCacheClient(HttpClient http, RemoteCacheOptions options, TimeProvider time)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _slots = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentRequests));
        var attempt = new TimeoutStrategyOptions { Timeout = options.RequestTimeout };
        _reads = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RemoteCacheException>().Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = Math.Max(1, options.ReadRetries),
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.RetryDelay,
                UseJitter = true,
            })
            .AddTimeout(attempt)
            .Build();
        _writes = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(attempt).Build();

        // Polly's retry takes at least one attempt more; with none asked for, reads run as writes do.
        if (options.ReadRetries < 1)
        {
            _reads = _writes;
        }
    }

    /// <summary>The requests sent so far, retries included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The body bytes received so far.</summary>
    public long BytesDown => Interlocked.Read(ref _bytesDown);

    /// <summary>The body bytes sent so far.</summary>
    public long BytesUp => Interlocked.Read(ref _bytesUp);

    /// <summary>The body at <paramref name="path"/> (relative to the base address), or null when the server has none (404).</summary>
    /// <exception cref="RemoteCacheException">The request failed after its retries.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<byte[]?> GetAsync(string path, CancellationToken cancellationToken) =>
        ReadAsync(path, HttpMethod.Get, async (response, token) =>
        {
            var length = response.Content.Headers.ContentLength;
            if (length > _options.MaxDownloadBytes)
            {
                throw new RemoteCacheException($"GET {path} answered {length} bytes, more than the {_options.MaxDownloadBytes} accepted");
            }

            var body = await ReadBodyAsync(response, path, token).ConfigureAwait(false);
            Interlocked.Add(ref _bytesDown, body.Length);
            return body;
        }, cancellationToken);

    /// <summary>True when the server has <paramref name="path"/>, false on a 404.</summary>
    /// <exception cref="RemoteCacheException">The request failed after its retries.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) =>
        await ReadAsync(path, HttpMethod.Head, (_, _) => Task.FromResult(Array.Empty<byte>()), cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Stores <paramref name="body"/> at <paramref name="path"/>; tried once.</summary>
    /// <exception cref="RemoteCacheException">The server did not take it.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task PutAsync(string path, byte[] body, CancellationToken cancellationToken)
    {
        await RunAsync(_writes, async token =>
        {
            using var request = Request(HttpMethod.Put, path);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await SendAsync(request, path, token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new RemoteCacheException($"PUT {path} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            Interlocked.Add(ref _bytesUp, body.Length);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the request slots; the <see cref="HttpClient"/> belongs to the caller.</summary>
    public void Dispose() => _slots.Dispose();

    private Task<byte[]?> ReadAsync(string path, HttpMethod method, Func<HttpResponseMessage, CancellationToken, Task<byte[]>> read, CancellationToken cancellationToken) =>
        RunAsync<byte[]?>(_reads, async token =>
        {
            using var request = Request(method, path);
            using var response = await SendAsync(request, path, token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new RemoteCacheException($"{method} {path} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            return await read(response, token).ConfigureAwait(false);
        }, cancellationToken);

    private async Task<T> RunAsync<T>(ResiliencePipeline pipeline, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(
                async token =>
                {
                    await _slots.WaitAsync(token).ConfigureAwait(false);
                    try
                    {
                        return await attempt(token).ConfigureAwait(false);
                    }
                    finally
                    {
                        _slots.Release();
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new RemoteCacheException($"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s", e);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(_options.BaseAddress, path));
        if (_options.Authorization is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string path, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new RemoteCacheException($"{request.Method} {path} failed: {e.Message}", e);
        }
    }

    private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var body = new MemoryStream();
            var buffer = new byte[81920];
            int count;
            while ((count = await stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + count > _options.MaxDownloadBytes)
                {
                    throw new RemoteCacheException($"GET {path} sent more than the {_options.MaxDownloadBytes} bytes accepted");
                }

                body.Write(buffer, 0, count);
            }

            var expected = response.Content.Headers.ContentLength;
            if (expected is not null && expected != body.Length)
            {
                throw new RemoteCacheException($"GET {path} ended after {body.Length} of {expected} bytes");
            }

            return body.ToArray();
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw new RemoteCacheException($"GET {path} broke off: {e.Message}", e);
        }
    }
}
