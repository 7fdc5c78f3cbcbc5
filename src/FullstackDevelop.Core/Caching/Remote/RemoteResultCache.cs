using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>
/// The third cache level: agent results on a shared server in bazel-remote's HTTP layout. A lookup reads the action
/// entry, checks its signature, and fetches only the blobs the caller lacks, verifying each; anything that fails
/// verification is a miss. Uploads run in the background (blobs the server lacks first, the entry last) and
/// <see cref="FlushAsync"/> waits for them, with a bound, before the build ends. No server fault is ever thrown: after
/// <see cref="RemoteCacheOptions.FailuresBeforeOff"/> consecutive failures the level is off for the rest of the build.
/// </summary>
public sealed class RemoteResultCache : IDisposable
{
    private readonly RemoteCacheClient _client;
    private readonly RemoteCacheOptions _options;
    private readonly string _address;
    private readonly TimeProvider _time;
    private readonly RemoteCircuit _circuit;
    private readonly ConcurrentDictionary<string, Lazy<Task>> _uploads = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopUploads = new();
    private readonly ConcurrentQueue<string> _rejections = new();
    private int _hits;
    private int _misses;
    private int _uploaded;
    private int _errors;
    private int _unfinished;
    private long _timeSavedTicks;

    /// <summary>Creates the level over <paramref name="client"/>; <paramref name="address"/> is the printable form of the server.</summary>
    public RemoteResultCache(RemoteCacheClient client, RemoteCacheOptions options, string address, TimeProvider time)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _address = address ?? throw new ArgumentNullException(nameof(address));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _circuit = new RemoteCircuit(options.FailuresBeforeOff);
    }

    /// <summary>The failure that switched the level off, or null while it is on.</summary>
    public string? SwitchedOffBy => _circuit.OpenedBy;

    /// <summary>Why entries were refused (a signature, a blob), in the order found, without credentials.</summary>
    public IReadOnlyList<string> Rejections => _rejections.ToArray();

    /// <summary>What the level has done so far.</summary>
    public RemoteCacheStatistics Statistics => new(
        _address,
        _options.ReadOnly,
        Volatile.Read(ref _hits),
        Volatile.Read(ref _misses),
        _rejections.Count,
        Volatile.Read(ref _uploaded),
        _client.BytesDown,
        _client.BytesUp,
        Volatile.Read(ref _errors),
        _client.Requests,
        TimeSpan.FromTicks(Interlocked.Read(ref _timeSavedTicks)),
        _circuit.IsOpen,
        Volatile.Read(ref _unfinished));

    /// <summary>
    /// The verified result under <paramref name="key"/>, or null. <paramref name="localContent"/> returns a file's content
    /// by hash and size when the caller has it already, so only the other blobs are downloaded.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<CachedAgentResult?> GetAsync(string key, Func<string, int, byte[]?> localContent, CancellationToken cancellationToken)
    {
        if (_circuit.IsOpen)
        {
            return Missed();
        }

        // The circuit's opening stops this lookup's requests too, waiting or in flight.
        using var requests = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _circuit.Opened);
        try
        {
            var bytes = await _client.GetAsync("ac/" + key, requests.Token).ConfigureAwait(false);
            _circuit.Succeeded(write: false);
            if (bytes is null)
            {
                return Missed();
            }

            var entry = RemoteActionEntry.Parse(bytes, key, _options.SigningKey, out var rejection);
            if (entry is null)
            {
                return Rejected(key, rejection switch
                {
                    RemoteActionEntry.Rejection.Unsigned => "the entry is not signed and FULLSTACK_REMOTE_CACHE_SIGNING_KEY is set",
                    RemoteActionEntry.Rejection.BadSignature => "the entry's signature does not match its content and the signing key",
                    _ => "the entry is not a well-formed entry for this key",
                });
            }

            var contents = await ContentsAsync(key, entry, localContent, requests.Token).ConfigureAwait(false);
            if (contents is null)
            {
                return null;
            }

            var result = new CachedAgentResult(entry.AgentName, entry.Files.Select(file => new KeyValuePair<string, byte[]>(file.Path, contents[file.Blob])), entry.Duration, entry.CreatedAt);
            Interlocked.Increment(ref _hits);
            Interlocked.Add(ref _timeSavedTicks, entry.Duration.Ticks);
            return result;
        }
        catch (RemoteCacheException fault)
        {
            Failed(write: false, fault);
            return Missed();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && _circuit.IsOpen)
        {
            return Missed();
        }
    }

    /// <summary>Starts uploading <paramref name="result"/> under <paramref name="key"/>, unless read-only, off, or started already.</summary>
    public void Upload(string key, CachedAgentResult result)
    {
        if (_options.ReadOnly || _circuit.IsOpen || _uploads.ContainsKey(key))
        {
            return;
        }

        // A lazy task, so two agents with the same key start one upload.
        _ = _uploads.GetOrAdd(key, _ => new Lazy<Task>(() => Task.Run(() => UploadAsync(key, result, _stopUploads.Token)))).Value;
    }

    /// <summary>
    /// Waits for the uploads started so far, at most <see cref="RemoteCacheOptions.UploadWait"/>; those still running
    /// then are cancelled, before their action entry is written, so the server never holds half an entry.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pending = Task.WhenAll(_uploads.Values.Select(upload => upload.Value));
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = _time.Delay(_options.UploadWait, bound.Token);
        if (await Task.WhenAny(pending, timer).ConfigureAwait(false) != pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _stopUploads.Cancel();
        }

        bound.Cancel();
        await pending.ConfigureAwait(false);
    }

    /// <summary>Releases the uploads' cancellation; call it after <see cref="FlushAsync"/>. The client belongs to the caller.</summary>
    public void Dispose()
    {
        _stopUploads.Dispose();
        _circuit.Dispose();
    }

    private async Task<Dictionary<string, byte[]>?> ContentsAsync(string key, RemoteActionEntry entry, Func<string, int, byte[]?> localContent, CancellationToken cancellationToken)
    {
        var contents = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var missing = new List<RemoteFile>();
        foreach (var file in entry.Files.GroupBy(file => file.Blob, StringComparer.Ordinal).Select(group => group.First()))
        {
            if (localContent(file.Hash, file.Size) is { } local)
            {
                contents[file.Blob] = local;
            }
            else
            {
                missing.Add(file);
            }
        }

        var downloads = await Task.WhenAll(missing.Select(async file => (File: file, Body: await _client.GetAsync("cas/" + file.Blob, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        _circuit.Succeeded(write: false);
        foreach (var (file, body) in downloads)
        {
            if (body is null)
            {
                // The server lost a blob (eviction): a miss, and the local result will be uploaded again.
                Missed();
                return null;
            }

            if (RemoteBlob.Verify(body, file.Blob, file.Hash, file.Size) is not { } content)
            {
                Rejected(key, "the blob of '" + file.Path + "' (cas/" + file.Blob + ") does not match its hash");
                return null;
            }

            contents[file.Blob] = content;
        }

        return new Dictionary<string, byte[]>(contents, StringComparer.Ordinal);
    }

    private async Task UploadAsync(string key, CachedAgentResult result, CancellationToken stop)
    {
        using var requests = CancellationTokenSource.CreateLinkedTokenSource(stop, _circuit.Opened);
        var cancellationToken = requests.Token;
        try
        {
            var files = new List<RemoteFile>(result.Files.Count);
            var blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var compressed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in result.Files)
            {
                var hash = result.FileHashes[file.Key];
                if (!compressed.TryGetValue(hash, out var blob))
                {
                    var bytes = RemoteBlob.Compress(file.Value);
                    blob = Hashing.ContentHash.Of(bytes);
                    compressed.Add(hash, blob);
                    blobs[blob] = bytes;
                }

                files.Add(new RemoteFile(file.Key, hash, file.Value.Length, blob));
            }

            // HEAD before PUT: a blob another build uploaded is not sent again. Each blob's failure counts towards the
            // breaker, so an agent with many files cannot cost more than a few failed requests before it opens.
            var stored = await Task.WhenAll(blobs.Select(blob => StoreBlobAsync(blob.Key, blob.Value, cancellationToken))).ConfigureAwait(false);

            // The entry last, and only when every blob is there: a reader never finds an entry without its blobs.
            if (_circuit.IsOpen || stored.Contains(false))
            {
                return;
            }

            var entry = new RemoteActionEntry(key, result.AgentName, result.Duration, result.CreatedAt, files);
            await _client.PutAsync("ac/" + key, entry.ToBytes(_options.SigningKey), cancellationToken).ConfigureAwait(false);
            _circuit.Succeeded(write: true);
            Interlocked.Increment(ref _uploaded);
        }
        catch (RemoteCacheException fault)
        {
            Failed(write: true, fault);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Interlocked.Increment(ref _unfinished);
        }
        catch (OperationCanceledException) when (_circuit.IsOpen)
        {
            // The level went off under the upload: nothing more is sent.
        }
        catch (ObjectDisposedException)
        {
            // The build was cancelled and its client disposed under the upload: nothing to report any more.
            Interlocked.Increment(ref _unfinished);
        }
    }

    private async Task<bool> StoreBlobAsync(string blob, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            if (_circuit.IsOpen)
            {
                return false;
            }

            if (!await _client.ExistsAsync("cas/" + blob, cancellationToken).ConfigureAwait(false) && !_circuit.IsOpen)
            {
                await _client.PutAsync("cas/" + blob, bytes, cancellationToken).ConfigureAwait(false);
            }

            return !_circuit.IsOpen;
        }
        catch (RemoteCacheException fault)
        {
            Failed(write: true, fault);
            return false;
        }
    }

    private CachedAgentResult? Missed()
    {
        Interlocked.Increment(ref _misses);
        return null;
    }

    private CachedAgentResult? Rejected(string key, string reason)
    {
        _rejections.Enqueue(key + ": " + reason);
        return Missed();
    }

    private void Failed(bool write, RemoteCacheException fault)
    {
        Interlocked.Increment(ref _errors);
        _circuit.Failed(write, fault.Message);
    }
}
