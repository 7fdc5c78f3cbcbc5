using System;

namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>
/// How the build talks to a remote cache server (bazel-remote's HTTP layout: <c>ac/</c> and <c>cas/</c> under
/// <see cref="BaseAddress"/>). The defaults keep a slow or dead server's cost to seconds, never the build's result.
/// </summary>
public sealed record RemoteCacheOptions
{
    /// <summary>The server's base address without user info, ending in '/'; <c>ac/</c> and <c>cas/</c> are under it.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The value of the <c>Authorization</c> header (<c>Bearer …</c> or <c>Basic …</c>); null for none. Never logged.</summary>
    public string? Authorization { get; init; }

    /// <summary>True to read only: nothing is uploaded (builds of untrusted code, pull requests from forks).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The HMAC-SHA256 key that signs uploaded action entries and must have signed downloaded ones; null for none.</summary>
    public byte[]? SigningKey { get; init; }

    /// <summary>The longest wait for a connection to the server (applied by the host's HTTP handler).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The longest one request may take, body included.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How many times a failed read (<c>GET</c>, <c>HEAD</c>) is tried again.</summary>
    public int ReadRetries { get; init; } = 2;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The consecutive failed operations after which the remote level is off for the rest of the build.</summary>
    public int FailuresBeforeOff { get; init; } = 5;

    /// <summary>The most requests in flight at once.</summary>
    public int MaxConcurrentRequests { get; init; } = 8;

    /// <summary>The longest the end of a build waits for its uploads.</summary>
    public TimeSpan UploadWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The largest body accepted from the server; a larger one is not ours and is a miss.</summary>
    public long MaxDownloadBytes { get; init; } = 256L * 1024 * 1024;
}
