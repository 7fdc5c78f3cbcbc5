using FullstackDevelop.Build.Running;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace FullstackDevelop.Build.Tasks;

/// <summary>
/// Runs on <c>dotnet clean</c>, before the state under <c>obj/</c> is deleted: removes the artifacts the last build wrote
/// and the user did not edit. All the work is in <see cref="AgentClean"/>.
/// </summary>
public sealed class CleanFullstackArtifacts : MSBuildTask
{
    /// <summary>The artifacts' folder.</summary>
    [Required]
    public string OutputFolder { get; set; } = string.Empty;

    /// <summary>The task's folder under <c>obj/</c>, which holds the state.</summary>
    [Required]
    public string WorkingDirectory { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        AgentClean.Run(OutputFolder, WorkingDirectory, new TaskBuildLog(Log));
        return !Log.HasLoggedErrors;
    }
}
