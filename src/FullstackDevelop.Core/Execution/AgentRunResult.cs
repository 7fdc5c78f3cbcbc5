using System;

namespace FullstackDevelop.Core.Execution;

/// <summary>How one agent fared in a scheduled run.</summary>
/// <param name="Agent">The agent's name.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Attempts">How many times the runner was called: more than one after retries, zero when it never ran.</param>
/// <param name="StartedAt">When it started, or <see langword="null"/> when it never ran.</param>
/// <param name="EndedAt">When it ended, or <see langword="null"/> when it never ran.</param>
/// <param name="Duration">From start to end, retries and their delays included.</param>
/// <param name="OutputHash">The output's content hash, when it succeeded.</param>
/// <param name="ErrorCode">The runner's or the scheduler's (<see cref="AgentErrorCodes"/>) error code, when it did not succeed.</param>
/// <param name="Output">What the agent printed, or why it did not run, when it did not succeed.</param>
/// <param name="BlockedBy">For a skipped agent, the agent whose failure stopped it.</param>
public sealed record AgentRunResult(
    string Agent,
    AgentRunStatus Status,
    int Attempts,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    TimeSpan Duration,
    string? OutputHash,
    string? ErrorCode,
    string? Output,
    string? BlockedBy);
