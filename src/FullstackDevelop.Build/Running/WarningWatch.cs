namespace FullstackDevelop.Build.Running;

/// <summary>A log that passes everything on to another and notes whether a warning went through it.</summary>
internal sealed class WarningWatch : IBuildLog
{
    private readonly IBuildLog _log;

    public WarningWatch(IBuildLog log) => _log = log;

    /// <summary>True once a warning was logged.</summary>
    public bool Warned { get; private set; }

    public void LogMessage(string text, bool important) => _log.LogMessage(text, important);

    public void LogWarning(string code, string? file, string text)
    {
        Warned = true;
        _log.LogWarning(code, file, text);
    }

    public void LogError(string code, string? file, string text) => _log.LogError(code, file, text);
}
