using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace FullstackDevelop.Core.Tests.Execution;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells a test when a timer is armed with a given due time (on creation, or by
/// <see cref="ITimer.Change"/> as <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/> does): advancing the clock
/// before the code under test has armed its timer would skip past it, so a test waits for the timer, then advances.
/// </summary>
internal sealed class WatchedClock : FakeTimeProvider
{
    private readonly ConcurrentDictionary<TimeSpan, TaskCompletionSource<bool>> _armed = new();

    public WatchedClock()
        : base(new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>The time elapsed on this clock since it was made.</summary>
    public TimeSpan Elapsed => GetUtcNow() - Start;

    /// <summary>Completes once a timer has been armed to fire <paramref name="dueTime"/> later.</summary>
    public Task Armed(TimeSpan dueTime) => Signal(dueTime).Task;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ArmedTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Signal(dueTime).TrySetResult(true);
        return timer;
    }

    private TaskCompletionSource<bool> Signal(TimeSpan dueTime) =>
        _armed.GetOrAdd(dueTime, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));

    private sealed class ArmedTimer(ITimer timer, WatchedClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = timer.Change(dueTime, period);
            clock.Signal(dueTime).TrySetResult(true);
            return changed;
        }

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
