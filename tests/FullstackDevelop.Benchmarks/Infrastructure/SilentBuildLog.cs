using System;
using FullstackDevelop.Build.Running;

namespace FullstackDevelop.Benchmarks.Infrastructure;

/// <summary>A build log that keeps the benchmark's output to its table: only errors are printed.</summary>
internal sealed class SilentBuildLog : IBuildLog
{
    public void LogMessage(string text, bool important)
    {
    }

    public void LogWarning(string code, string? file, string text)
    {
    }

    public void LogError(string code, string? file, string text) => Console.Error.WriteLine(code + ": " + text);
}
