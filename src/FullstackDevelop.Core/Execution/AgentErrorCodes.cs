namespace FullstackDevelop.Core.Execution;

/// <summary>The error codes the scheduler itself gives; a runner's failures carry the runner's own codes.</summary>
public static class AgentErrorCodes
{
    /// <summary>The runner threw instead of returning a failure.</summary>
    public const string RunnerCrashed = "FSD2001";

    /// <summary>The agent ran past its timeout.</summary>
    public const string TimedOut = "FSD2002";

    /// <summary>The command agents' circuit breaker was open, so the agent was not run (again).</summary>
    public const string CircuitOpen = "FSD2003";

    /// <summary>An agent it depends on did not succeed.</summary>
    public const string DependencyFailed = "FSD2004";
}
