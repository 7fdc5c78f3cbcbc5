using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Build.State;

/// <summary>
/// What the build task remembers from one build to the next: the requirements it built, what each agent
/// produced, how long agents took, and the files it wrote. <see cref="BuildStateStore"/> keeps it on disk.
/// </summary>
public sealed class BuildState
{
    /// <summary>Creates a state; the dictionaries are copied.</summary>
    /// <param name="snapshotJson">The canonical requirements snapshot this build used.</param>
    /// <param name="agents">Each agent's last output hash and cache key, by agent name.</param>
    /// <param name="history">The agents' recorded run durations.</param>
    /// <param name="writtenFiles">
    /// Each file the task wrote, by path, with the content hash of the bytes written. Paths are compared
    /// ordinally, so the caller passes them in one normal form (for example relative to the output folder, with '/').
    /// </param>
    /// <param name="inputsHash">The hash of the build's inputs when every agent succeeded; null otherwise.</param>
    /// <param name="outputFolder">The full path of the folder <paramref name="writtenFiles"/> are in; null when not known.</param>
    /// <param name="gitHubRoot">The full path of the folder the files under <c>.github/</c> went to instead; null when they are in the output folder.</param>
    /// <param name="fileStamps">
    /// The stamps of the files of <paramref name="writtenFiles"/> known to hold what the task wrote when the state was saved;
    /// none when null. The dictionary is copied.
    /// </param>
    /// <param name="savedBeforeTicks">When the state file was written, UTC ticks, as its loader found it; null for a state not loaded.</param>
    /// <param name="migrationFolder">
    /// The stamps of the files of the migrations folder after a migration step that left nothing to do; null when not known.
    /// The dictionary is copied.
    /// </param>
    public BuildState(
        string snapshotJson,
        IReadOnlyDictionary<string, AgentState> agents,
        AgentHistory history,
        IReadOnlyDictionary<string, string> writtenFiles,
        string? inputsHash = null,
        string? outputFolder = null,
        string? gitHubRoot = null,
        IReadOnlyDictionary<string, FileStamp>? fileStamps = null,
        long? savedBeforeTicks = null,
        IReadOnlyDictionary<string, FileStamp>? migrationFolder = null)
    {
        InputsHash = inputsHash;
        OutputFolder = outputFolder;
        GitHubRoot = gitHubRoot;
        SnapshotJson = snapshotJson;
        Agents = agents.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        History = history;
        WrittenFiles = writtenFiles.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        FileStamps = fileStamps is null
            ? new Dictionary<string, FileStamp>(StringComparer.Ordinal)
            : fileStamps.Where(pair => WrittenFiles.ContainsKey(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        SavedBeforeTicks = savedBeforeTicks;
        MigrationFolder = migrationFolder?.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// The hash of the build's inputs (<see cref="Core.Agents.Running.BuildInputsHash"/>) when every agent succeeded, so
    /// that the next build with the same hash and every file in place knows at once it has nothing to do; null otherwise.
    /// </summary>
    public string? InputsHash { get; }

    /// <summary>
    /// The full path of the output folder <see cref="WrittenFiles"/> are in, so that a build with another
    /// <c>FullstackOutputPath</c> can remove them; null in a state saved before it was recorded.
    /// </summary>
    public string? OutputFolder { get; }

    /// <summary>
    /// The full path of the folder (the repository root) the files of <see cref="WrittenFiles"/> under <c>.github/</c> are in,
    /// when <c>FullstackGitHubWorkflow</c> put them there; null when they are in <see cref="OutputFolder"/>.
    /// </summary>
    public string? GitHubRoot { get; }

    /// <summary>The canonical requirements snapshot of the build that saved this state: the next build's <em>previous</em> requirements.</summary>
    public string SnapshotJson { get; }

    /// <summary>Each agent's last output hash and cache key, by agent name.</summary>
    public IReadOnlyDictionary<string, AgentState> Agents { get; }

    /// <summary>The agents' recorded run durations, from which the scheduler derives timeouts.</summary>
    public AgentHistory History { get; }

    /// <summary>
    /// Each file the task wrote, by path, with the content hash of what it wrote: a file no longer produced
    /// can be deleted, and a file whose content no longer has this hash was edited by the user.
    /// </summary>
    public IReadOnlyDictionary<string, string> WrittenFiles { get; }

    /// <summary>
    /// The stamp (size and last write time) of each file of <see cref="WrittenFiles"/> that held exactly what the task
    /// wrote when this state was saved: while a file keeps its stamp, and was written before <see cref="SavedBeforeTicks"/>
    /// (see <see cref="FileStamp.ShowsUnchanged"/>), the next build takes its content as unchanged without reading it.
    /// </summary>
    public IReadOnlyDictionary<string, FileStamp> FileStamps { get; }

    /// <summary>
    /// The state file's last write time (UTC ticks) when it was loaded, read before its content, so never later than the
    /// save that wrote what was read; null for a state built in memory, whose stamps then vouch for nothing.
    /// </summary>
    public long? SavedBeforeTicks { get; }

    /// <summary>
    /// The stamps of the files in the migrations folder, by path relative to it, as the migration step of the build that
    /// saved this state left it with nothing more to write and nothing to report; null when that is not known (the step
    /// did not run, or reported a problem that the next build must report again).
    /// </summary>
    public IReadOnlyDictionary<string, FileStamp>? MigrationFolder { get; }

    /// <summary>
    /// The requirements of <see cref="SnapshotJson"/>, for delta analysis; <see langword="null"/> when this
    /// version cannot read them (a snapshot from an older package), which calls for a full rebuild.
    /// </summary>
    public ProjectRequirements? ReadRequirements()
    {
        try
        {
            return RequirementsJson.Read(SnapshotJson);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
