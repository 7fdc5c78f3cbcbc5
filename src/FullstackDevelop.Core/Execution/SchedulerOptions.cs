using System;

namespace FullstackDevelop.Core.Execution;

/// <summary>The settings of an <see cref="AgentScheduler"/>.</summary>
public sealed record SchedulerOptions
{
    /// <summary>The machine's cores, which cap the agents that run at once. Default <see cref="Environment.ProcessorCount"/>.</summary>
    public int ProcessorCount { get; init; } = Environment.ProcessorCount;

    /// <summary>How long an agent may run.</summary>
    public AgentTimeoutPolicy Timeouts { get; init; } = new();

    /// <summary>How command agents are retried.</summary>
    public CommandRetryPolicy Retries { get; init; } = new();

    /// <summary>The clock and timers of timestamps, timeouts and retry delays. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
