using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Migrations;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Build.Reporting;
using FullstackDevelop.Build.Snapshot;
using FullstackDevelop.Build.State;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Caching.Remote;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Build.Running;

/// <summary>
/// One build of the agents, as the MSBuild task runs it: snapshot from the assembly, previous state, the agents' run,
/// artifacts into the output folder, then state and report. Every problem is logged with its code; only a failing agent
/// or an unreadable snapshot fails the build, never a cache.
/// </summary>
public static class AgentBuild
{
    /// <summary>The file, in the working directory, that keeps the state between builds.</summary>
    public const string StateFileName = "state.json";

    // Process-wide: MSBuild reuses its nodes, so the next build in the same node finds results in memory.
    private static readonly MemoryResultCache Memory = new();

    private static readonly GeneratorTool Tool = new("FullstackDevelop", ToolVersion());

    /// <summary>Runs the agents with <paramref name="options"/>, logging to <paramref name="log"/>.</summary>
    public static async Task<AgentBuildOutcome> RunAsync(AgentBuildOptions options, IBuildLog log, CancellationToken cancellationToken)
    {
        var read = RequirementsSnapshotReader.Read(options.AssemblyPath);
        if (read.Snapshot is null)
        {
            log.LogError(read.Error!.Code, options.AssemblyPath, read.Error.Message);
            return new AgentBuildOutcome(false, [], null);
        }

        return await RunAsync(options, read.Snapshot, Memory, ParsedTemplateCache.Shared, log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the agents for a snapshot read already, with the given in-process caches: what the task does after reading
    /// the assembly, for hosts and benchmarks that control the caches (a fresh pair is a new build process).
    /// </summary>
    public static async Task<AgentBuildOutcome> RunAsync(
        AgentBuildOptions options,
        RequirementsSnapshot snapshot,
        MemoryResultCache memory,
        ParsedTemplateCache templates,
        IBuildLog log,
        CancellationToken cancellationToken)
    {
        var renderLimits = BuildRenderLimits.Read(options, log);
        var store = new BuildStateStore(Path.Combine(options.WorkingDirectory, StateFileName));
        var outputFolder = Path.GetFullPath(options.OutputFolder);
        var layout = BuildLayout.Read(options, log);
        var state = LeaveMovedOutputFolder(store.Load(), outputFolder, layout.GitHubRoot, log);
        var previousOutputs = state is null ? null : new OutputFolderResults(options.OutputFolder, state);
        var catalog = TemplateCatalog.BuiltIn.With(ReadTemplates(options.TemplateFiles, log));
        var commandFiles = CommandFiles.OfAgents(snapshot.Requirements.Agents, options.ProjectDirectory);
        var projectFile = ProjectFileFromOutput(options, outputFolder, log);
        var inputsHash = BuildInputsHash.Of(snapshot.Hash, Tool, catalog, options.RootNamespace, commandFiles, layout.Layout, projectFile);
        var disk = new DiskResultCache(options.CacheFolder, maxBytes: options.CacheMaxBytes);
        using var remote = RemoteCacheSession.Open(options, log);
        var request = new ArtifactBuildRequest
        {
            Requirements = snapshot.Requirements,
            RequirementsHash = snapshot.Hash,
            RootNamespace = options.RootNamespace,
            Layout = layout.Layout,
            ProjectFile = projectFile,
            ProjectDirectory = options.ProjectDirectory,
            WorkingDirectory = options.WorkingDirectory,
            Catalog = catalog,
            TemplateCache = templates,
            RenderLimits = renderLimits,
            Cache = new AgentResultCache(memory, disk, remote?.Cache),
            PreviousOutputs = previousOutputs,
            History = state?.History ?? AgentHistory.Empty,
            MaxParallelism = options.MaxParallelism,
            Tool = Tool,
            CommandFiles = commandFiles,
        };

        // Same inputs as the last clean build and its files untouched: no agent is asked, nothing is written but the report.
        // A state that does not know its output folder is saved again, so that a later move of the folder is noticed.
        if (state is not null && state.InputsHash == inputsHash && state.OutputFolder is not null && previousOutputs!.AllUnchanged()
            && ArtifactBuilder.Unchanged(request, PreviousOutputsOf(state)) is { } unchanged)
        {
            var untouched = new ArtifactWriteResult(state.WrittenFiles, state.FileStamps, [], state.WrittenFiles.Keys.OrderBy(path => path, StringComparer.Ordinal).ToList(), [], []);

            // The scripts are not among the files checked above, and a deleted folder must be written again; a folder as the
            // last step left it, with the same requirements, needs no step.
            if (options.WritesMigrations
                && !(state.MigrationFolder is { } folder && state.SavedBeforeTicks is { } savedBefore && MigrationFolderStamps.Unchanged(outputFolder, folder, savedBefore)))
            {
                MigrationStep.Run(options.OutputFolder, snapshot.Requirements, unchanged.Plan, options.RootNamespace, Tool.Name, log);
            }

            return Finish(unchanged, untouched, [], remote?.Cache.Statistics, state.WrittenFiles, store, options, layout.GitHubRoot, log);
        }

        var result = await ArtifactBuilder.BuildAsync(request with { PreviousRequirements = state?.ReadRequirements() }, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        // The uploads ran beside the agents; the task waits for them (bounded) so none is left half done.
        var remoteStatistics = remote is null ? null : await remote.FinishAsync(log, cancellationToken).ConfigureAwait(false);

        var previouslyWritten = state?.WrittenFiles ?? new Dictionary<string, string>();

        // After a failure the failed agents' files are not known, so nothing is deleted: the next good build tidies up.
        var deletable = result.Succeeded ? previouslyWritten : previouslyWritten.Where(file => result.Files.ContainsKey(file.Key)).ToDictionary(file => file.Key, file => file.Value, StringComparer.Ordinal);
        var write = ArtifactWriter.Write(options.OutputFolder, result.Files, deletable, previousOutputs?.Verified, layout.GitHubRoot);
        var writtenFiles = write.WrittenFiles.ToDictionary(file => file.Key, file => file.Value, StringComparer.Ordinal);
        foreach (var kept in previouslyWritten.Where(file => !deletable.ContainsKey(file.Key)))
        {
            writtenFiles[kept.Key] = kept.Value;
        }

        // Only a build without a failure, a conflict or a kept edit may be skipped next time: those must be reported again.
        var clean = result.Succeeded && result.Conflicts.Count == 0 && write.Warnings.Count == 0;
        var migrationFolder = options.WritesMigrations ? RunMigrations(options, snapshot, result, log) : null;
        store.Save(new BuildState(snapshot.Json, AgentStates(result), result.History, writtenFiles, clean ? inputsHash : null, outputFolder, layout.GitHubRoot, write.Stamps, migrationFolder: migrationFolder));
        return Finish(result, write, disk.Repairs, remoteStatistics, writtenFiles, store, options, layout.GitHubRoot, log);
    }

    private static AgentBuildOutcome Finish(
        ArtifactBuildResult result,
        ArtifactWriteResult write,
        IReadOnlyList<CacheRepair> repairs,
        RemoteCacheStatistics? remote,
        IReadOnlyDictionary<string, string> writtenFiles,
        BuildStateStore store,
        AgentBuildOptions options,
        string? gitHubRoot,
        IBuildLog log)
    {
        AtomicFile.Write(options.ReportPath, BuildReportJson.Write(result, write, repairs, remote));
        Log(result, write, repairs, remote, options, gitHubRoot, log);
        var fileWrites = writtenFiles.Keys.Select(path => ArtifactPath.Resolve(options.OutputFolder, path, gitHubRoot))
            .Concat(write.Warnings.Where(warning => warning.Code == ArtifactWarningCodes.EditedFileKept)
                .Select(warning => ArtifactPath.Resolve(options.OutputFolder, ArtifactPath.GeneratedSibling(warning.File), gitHubRoot)))
            .Append(store.Path)
            .Append(options.ReportPath)
            .ToList();
        return new AgentBuildOutcome(result.Succeeded, fileWrites, result);
    }

    // The migration step, before the state is saved so the folder's stamps go in it: they are kept when the step wrote
    // the next script (the folder then leads to the model's schema) or found nothing to write, and reported nothing that
    // the next build must report again.
    private static Dictionary<string, FileStamp>? RunMigrations(AgentBuildOptions options, RequirementsSnapshot snapshot, ArtifactBuildResult result, IBuildLog log)
    {
        var watched = new WarningWatch(log);
        var written = MigrationStep.Run(options.OutputFolder, snapshot.Requirements, result.Plan, options.RootNamespace, Tool.Name, watched);
        return written is not null || !watched.Warned ? MigrationFolderStamps.Read(options.OutputFolder) : null;
    }

    // After FullstackOutputPath (or where the CI workflow goes) changed, the files the last build wrote in the old places
    // are deleted as a clean would (an edited one stays, with FSD1202), and the build starts in the new places as if it
    // had written nothing yet.
    private static BuildState? LeaveMovedOutputFolder(BuildState? state, string outputFolder, string? gitHubRoot, IBuildLog log)
    {
        if (state?.OutputFolder is not { } previousFolder
            || (SameFolder(previousFolder, outputFolder) && SameFolder(state.GitHubRoot ?? string.Empty, gitHubRoot ?? string.Empty)))
        {
            return state;
        }

        var left = ArtifactWriter.Write(previousFolder, new Dictionary<string, byte[]>(StringComparer.Ordinal), state.WrittenFiles, gitHubRoot: state.GitHubRoot);
        foreach (var warning in left.Warnings)
        {
            log.LogWarning(warning.Code, ArtifactPath.Resolve(previousFolder, warning.File, state.GitHubRoot), warning.Message);
        }

        log.LogMessage($"FullstackDevelop: the output folder moved from {previousFolder}; {left.Deleted.Count} artifact(s) deleted there.", important: false);
        return new BuildState(state.SnapshotJson, new Dictionary<string, AgentState>(StringComparer.Ordinal), state.History, new Dictionary<string, string>(StringComparer.Ordinal), null, outputFolder, gitHubRoot);
    }

    private static bool SameFolder(string first, string second) =>
        string.Equals(
            first.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar),
            second.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar),
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static Dictionary<string, PreviousAgentOutput> PreviousOutputsOf(BuildState state) =>
        state.Agents.ToDictionary(
            agent => agent.Key,
            agent => new PreviousAgentOutput(agent.Value.CacheKey, agent.Value.OutputHash, agent.Value.Files.Count, agent.Value.UnitCount),
            StringComparer.Ordinal);

    private static Dictionary<string, AgentState> AgentStates(ArtifactBuildResult result) =>
        result.Agents
            .Where(agent => agent.Succeeded && result.AgentFiles.ContainsKey(agent.Agent))
            .ToDictionary(
                agent => agent.Agent,
                agent => new AgentState(agent.OutputHash!, agent.CacheKey!, EquatableArray.From(result.AgentFiles[agent.Agent].Keys.OrderBy(path => path, StringComparer.Ordinal)), agent.UnitCount),
                StringComparer.Ordinal);

    private static void Log(ArtifactBuildResult result, ArtifactWriteResult write, IReadOnlyList<CacheRepair> repairs, RemoteCacheStatistics? remote, AgentBuildOptions options, string? gitHubRoot, IBuildLog log)
    {
        // Low importance: the cache repaired itself and the build is right, but many of these point at a failing disk.
        foreach (var repair in repairs)
        {
            log.LogMessage($"FullstackDevelop: repaired the damaged disk cache entry {repair.Key}: {repair.Problem}.", important: false);
        }

        foreach (var agent in result.Agents)
        {
            var units = agent.UnitCount > 1 ? $", {agent.RenderedUnits.Count} of {agent.UnitCount} units rendered" : string.Empty;
            var level = agent.CacheLevel is null ? string.Empty : " from " + agent.CacheLevel;
            log.LogMessage($"FullstackDevelop: {agent.Agent}: {agent.Status}{level} in {agent.Duration.TotalMilliseconds:0.#} ms{units}", important: false);
            if (!agent.Succeeded && agent.Status != "cancelled")
            {
                log.LogError(agent.ErrorCode ?? AgentErrorCodes.RunnerCrashed, null, $"The agent '{agent.Agent}' {agent.Status.Replace('-', ' ')}: {agent.Output}");
            }
        }

        foreach (var conflict in result.Conflicts)
        {
            log.LogWarning("FSD1204", Path.Combine(options.OutputFolder, conflict), $"Two agents produce '{conflict}'; the first in plan order keeps it. Give the custom agent's output another path.");
        }

        foreach (var warning in write.Warnings)
        {
            log.LogWarning(warning.Code, ArtifactPath.Resolve(options.OutputFolder, warning.File, gitHubRoot), warning.Message);
        }

        log.LogMessage(BuildReportJson.SummaryLine(result, write, repairs.Count, remote, options.ReportPath), important: true);
    }

    // The generated test project refers to the app by this path; with no relative path (the output folder on another
    // drive) it falls back to the default layout's, which FSD2110 says will not resolve.
    private static string? ProjectFileFromOutput(AgentBuildOptions options, string outputFolder, IBuildLog log)
    {
        if (options.ProjectFile is not { Length: > 0 } projectFile)
        {
            return null;
        }

        if (RelativeProjectFile.Of(outputFolder, Path.GetFullPath(projectFile), ignoreCase: Path.DirectorySeparatorChar == '\\') is { } relative)
        {
            return relative;
        }

        log.LogWarning(
            "FSD2110",
            projectFile,
            $"The output folder '{outputFolder}' is on another drive than the project, so the generated test project (tests/ApiTests) cannot refer to the app by a relative path. Set FullstackOutputPath to a folder on the project's drive.");
        return null;
    }

    private static IEnumerable<TemplateSource> ReadTemplates(IReadOnlyList<string> files, IBuildLog log)
    {
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                log.LogWarning("FSD1205", file, "The template could not be read, so the built-in one is used: " + exception.Message);
                continue;
            }

            yield return new TemplateSource(TemplateCatalog.NameOf(file), text, file, IsBuiltIn: false);
        }
    }

    private static string ToolVersion() =>
        typeof(AgentBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
