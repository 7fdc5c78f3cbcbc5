namespace FullstackDevelop.Core.Execution;

/// <summary>How an agent's part of a scheduled run ended.</summary>
public enum AgentRunStatus
{
    /// <summary>It produced its output.</summary>
    Succeeded,

    /// <summary>It failed, or the circuit breaker refused to run it.</summary>
    Failed,

    /// <summary>It ran past its timeout and was stopped.</summary>
    TimedOut,

    /// <summary>It never ran because an agent it depends on, directly or not, did not succeed.</summary>
    Skipped,

    /// <summary>The run was cancelled before it finished.</summary>
    Cancelled,
}
