using System;
using System.Threading;

namespace FullstackDevelop.Core.Tests.Execution;

/// <summary>A clock that moves only when a test advances it, so measured durations are exact; its timers are real.</summary>
internal sealed class SteppedClock : TimeProvider
{
    private static readonly DateTimeOffset Origin = new(2025, 1, 1, 8, 0, 0, TimeSpan.Zero);
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public static DateTimeOffset At(TimeSpan elapsed) => Origin + elapsed;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => Origin + TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);
}
