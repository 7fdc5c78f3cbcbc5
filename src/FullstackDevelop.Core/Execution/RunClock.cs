using System;

namespace FullstackDevelop.Core.Execution;

/// <summary>
/// The time within one run: the start's wall-clock time plus the monotonic time elapsed since, so durations
/// and the makespan are immune to wall-clock adjustments during the build.
/// </summary>
internal sealed class RunClock
{
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly DateTimeOffset _startUtc;

    public RunClock(TimeProvider time)
    {
        _time = time;
        _start = time.GetTimestamp();
        _startUtc = time.GetUtcNow();
    }

    public DateTimeOffset Now() => _startUtc + _time.GetElapsedTime(_start);
}
