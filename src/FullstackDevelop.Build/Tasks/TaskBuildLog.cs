using System.Globalization;
using FullstackDevelop.Build.Running;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FullstackDevelop.Build.Tasks;

/// <summary>A task's MSBuild logger as an <see cref="IBuildLog"/>: warnings and errors carry their code and help link.</summary>
internal sealed class TaskBuildLog : IBuildLog
{
    private readonly TaskLoggingHelper _log;

    public TaskBuildLog(TaskLoggingHelper log)
    {
        _log = log;
    }

    public void LogMessage(string text, bool important) => _log.LogMessage(important ? MessageImportance.High : MessageImportance.Normal, text);

    public void LogWarning(string code, string? file, string text) =>
        _log.LogWarning(null, code, null, HelpLink(code), file, 0, 0, 0, 0, text);

    public void LogError(string code, string? file, string text) =>
        _log.LogError(null, code, null, HelpLink(code), file, 0, 0, 0, 0, text);

    private static string HelpLink(string code) =>
        "https://github.com/fullstackdevelop/fullstackdevelop/blob/main/docs/diagnostics.md#" + code.ToLower(CultureInfo.InvariantCulture);
}
