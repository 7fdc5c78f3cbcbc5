using System;
using System.Collections.Generic;
using System.IO;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Build.State;

namespace FullstackDevelop.Build.Running;

/// <summary>
/// What <c>dotnet clean</c> does to the artifacts: deletes every file the last build wrote that still has the content it
/// wrote, with the folders that leaves empty. A file the user edited stays (<see cref="ArtifactWarningCodes.EditedStaleFileKept"/>).
/// The state itself goes with the other files under <c>obj/</c>. MSBuild's own clean cannot do this: it deletes only the
/// <c>FileWrites</c> under the project's output and intermediate folders.
/// </summary>
public static class AgentClean
{
    private static readonly Dictionary<string, byte[]> NoArtifacts = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> NothingWritten = new(StringComparer.Ordinal);

    /// <summary>Cleans <paramref name="outputFolder"/> as the state in <paramref name="workingDirectory"/> records it.</summary>
    /// <returns>What was deleted and kept; nothing when there is no state (nothing was built, or it was cleaned).</returns>
    public static ArtifactWriteResult Run(string outputFolder, string workingDirectory, IBuildLog log)
    {
        var state = new BuildStateStore(Path.Combine(workingDirectory, AgentBuild.StateFileName)).Load();

        // Writing nothing over the last build's record deletes exactly what a build that stopped producing everything would.
        var result = ArtifactWriter.Write(outputFolder, NoArtifacts, state?.WrittenFiles ?? NothingWritten, gitHubRoot: state?.GitHubRoot);
        foreach (var warning in result.Warnings)
        {
            log.LogWarning(warning.Code, ArtifactPath.Resolve(outputFolder, warning.File, state?.GitHubRoot), warning.Message);
        }

        log.LogMessage($"FullstackDevelop: clean deleted {result.Deleted.Count} artifact(s) from {outputFolder}.", important: false);
        return result;
    }
}
