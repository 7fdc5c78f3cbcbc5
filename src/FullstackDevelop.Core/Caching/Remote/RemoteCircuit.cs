using System;
using System.Threading;

namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>
/// The remote level's circuit breaker: after a number of consecutive failed reads, or of consecutive failed writes, it
/// opens and stays open for the rest of the build, so a dead server costs a bounded number of requests. Reads and
/// writes count apart, so a server that takes uploads but cannot serve a download (or the reverse) still trips it.
/// It remembers the failure that opened it, and cancels <see cref="Opened"/> so requests in flight or waiting stop too.
/// </summary>
internal sealed class RemoteCircuit : IDisposable
{
    private readonly CancellationTokenSource _opened = new();
    private readonly int _threshold;
    private int _reads;
    private int _writes;
    private string? _openedBy;

    public RemoteCircuit(int threshold)
    {
        _threshold = threshold < 1 ? 1 : threshold;
    }

    /// <summary>True once the circuit has opened.</summary>
    public bool IsOpen => Volatile.Read(ref _openedBy) is not null;

    /// <summary>The failure that opened the circuit, or null while it is closed.</summary>
    public string? OpenedBy => Volatile.Read(ref _openedBy);

    /// <summary>Cancelled when the circuit opens.</summary>
    public CancellationToken Opened => _opened.Token;

    /// <summary>A read or a write succeeded: its count of consecutive failures starts again.</summary>
    public void Succeeded(bool write) => Interlocked.Exchange(ref write ? ref _writes : ref _reads, 0);

    /// <summary>A read or a write failed with <paramref name="reason"/>; the failure that reaches the threshold opens the circuit.</summary>
    public void Failed(bool write, string reason)
    {
        if (Interlocked.Increment(ref write ? ref _writes : ref _reads) >= _threshold && Interlocked.CompareExchange(ref _openedBy, reason, null) is null)
        {
            _opened.Cancel();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _opened.Dispose();
}
