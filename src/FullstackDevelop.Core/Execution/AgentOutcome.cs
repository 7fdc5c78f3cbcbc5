namespace FullstackDevelop.Core.Execution;

/// <summary>What one run of an agent produced: success with the hash of its output, or a failure.</summary>
public sealed record AgentOutcome
{
    private AgentOutcome(bool succeeded, string? outputHash, string? errorCode, string? output, bool isRetryable)
    {
        Succeeded = succeeded;
        OutputHash = outputHash;
        ErrorCode = errorCode;
        Output = output;
        IsRetryable = isRetryable;
    }

    /// <summary>True when the agent produced its output.</summary>
    public bool Succeeded { get; }

    /// <summary>The content hash of the output, on success; downstream cache keys use it.</summary>
    public string? OutputHash { get; }

    /// <summary>The error code, on failure.</summary>
    public string? ErrorCode { get; }

    /// <summary>What the agent printed, on failure, so the build error can show it.</summary>
    public string? Output { get; }

    /// <summary>True for a transient failure that running the agent again may cure; only command agents are retried.</summary>
    public bool IsRetryable { get; }

    /// <summary>A success.</summary>
    /// <param name="outputHash">The content hash of what the agent wrote.</param>
    public static AgentOutcome Success(string outputHash) => new(true, outputHash, null, null, false);

    /// <summary>A failure.</summary>
    /// <param name="errorCode">The error code the build reports.</param>
    /// <param name="output">What the agent printed.</param>
    /// <param name="isRetryable">True when the failure is transient (a network error, a busy resource).</param>
    public static AgentOutcome Failure(string errorCode, string output, bool isRetryable) => new(false, null, errorCode, output, isRetryable);
}
