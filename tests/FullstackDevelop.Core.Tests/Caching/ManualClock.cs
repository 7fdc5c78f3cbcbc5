using System;

namespace FullstackDevelop.Core.Tests.Caching;

/// <summary>A clock the test moves by hand, so time-to-live tests do not sleep.</summary>
internal sealed class ManualClock
{
    public DateTimeOffset Now { get; private set; } = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public Func<DateTimeOffset> Read => () => Now;

    public void Advance(TimeSpan by) => Now += by;
}
