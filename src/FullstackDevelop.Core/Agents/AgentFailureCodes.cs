namespace FullstackDevelop.Core.Agents;

/// <summary>The error codes of agents' own failures (the scheduler's are in <see cref="Execution.AgentErrorCodes"/>).</summary>
public static class AgentFailureCodes
{
    /// <summary>A template of a built-in agent failed to parse or render.</summary>
    public const string TemplateFailed = "FSD2101";

    /// <summary>A command agent's command exited with a code other than 0.</summary>
    public const string CommandFailed = "FSD2102";

    /// <summary>A command agent's command succeeded but did not write one of its declared outputs.</summary>
    public const string OutputMissing = "FSD2103";

    /// <summary>A command agent's command could not be started.</summary>
    public const string CommandNotStarted = "FSD2104";
}
