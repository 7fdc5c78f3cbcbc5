using System.Collections.Generic;
using FullstackDevelop.Build.Running;

namespace FullstackDevelop.Build.Tests.TestSupport;

/// <summary>A build log that keeps what it is told, for tests to read.</summary>
internal sealed class RecordingBuildLog : IBuildLog
{
    private readonly object _gate = new();
    private readonly List<(string Text, bool Important)> _messages = [];
    private readonly List<(string Code, string? File, string Text)> _warnings = [];
    private readonly List<(string Code, string? File, string Text)> _errors = [];

    public IReadOnlyList<(string Text, bool Important)> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public IReadOnlyList<(string Code, string? File, string Text)> Warnings
    {
        get
        {
            lock (_gate)
            {
                return [.. _warnings];
            }
        }
    }

    public IReadOnlyList<(string Code, string? File, string Text)> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    public void LogMessage(string text, bool important)
    {
        lock (_gate)
        {
            _messages.Add((text, important));
        }
    }

    public void LogWarning(string code, string? file, string text)
    {
        lock (_gate)
        {
            _warnings.Add((code, file, text));
        }
    }

    public void LogError(string code, string? file, string text)
    {
        lock (_gate)
        {
            _errors.Add((code, file, text));
        }
    }
}
