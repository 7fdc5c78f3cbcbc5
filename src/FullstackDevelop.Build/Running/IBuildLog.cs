namespace FullstackDevelop.Build.Running;

/// <summary>Where the build host reports: MSBuild's logger in the task, a list in tests.</summary>
public interface IBuildLog
{
    /// <summary>A message; <paramref name="important"/> ones show at minimal verbosity, the others at normal.</summary>
    void LogMessage(string text, bool important);

    /// <summary>A warning with its code, about <paramref name="file"/> when there is one.</summary>
    void LogWarning(string code, string? file, string text);

    /// <summary>An error with its code, about <paramref name="file"/> when there is one.</summary>
    void LogError(string code, string? file, string text);
}
