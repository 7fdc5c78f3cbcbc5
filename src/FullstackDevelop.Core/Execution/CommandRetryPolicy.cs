using System;

namespace FullstackDevelop.Core.Execution;

/// <summary>
/// How command agents' transient failures are retried, and when the circuit breaker shared by the command
/// agents of one run opens. Template agents are deterministic, so they are never retried.
/// </summary>
public sealed record CommandRetryPolicy
{
    /// <summary>Retries after the first attempt, at least 1. Default 3.</summary>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>The delay before the first retry; each next one doubles it. Default 1 second.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether delays are randomised so that agents failing together do not retry together. Default true.</summary>
    public bool UseJitter { get; init; } = true;

    /// <summary>The share of failed attempts, within the sampling duration, that opens the breaker, in (0, 1]. Default 0.5.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>The attempts, within the sampling duration, below which the breaker stays closed; at least 2. Default 6.</summary>
    public int BreakerMinimumThroughput { get; init; } = 6;

    /// <summary>The window over which attempts are counted; at least half a second. Default 1 minute.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an open breaker refuses command agents before it lets one try; at least half a second. Default 30 seconds.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
