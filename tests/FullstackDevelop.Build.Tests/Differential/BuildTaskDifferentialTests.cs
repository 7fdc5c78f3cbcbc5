using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>
/// Random sequences of what users do between builds, from one seed (<see cref="DifferentialSettings"/>); after every
/// build the output folder must be byte for byte a clean build's, but for the edits the policy keeps, and the report
/// must tell what happened.
/// </summary>
public sealed class BuildTaskDifferentialTests
{
    private readonly ITestOutputHelper _output;

    public BuildTaskDifferentialTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Every_incremental_build_leaves_what_a_clean_build_of_the_same_inputs_leaves()
    {
        var seed = DifferentialSettings.Seed;
        var model = new RequirementsModel();
        using var project = new DifferentialProject();
        var oracle = new OutputOracle(project.Options.OutputFolder);
        var steps = new RandomSteps(seed, model, project, oracle);
        steps.Start();
        var history = new List<string>();
        var kinds = new HashSet<StepKind>();
        var totals = new RunTotals();
        for (var step = 0; step < DifferentialSettings.Steps; step++)
        {
            var (kind, description) = step == 0 ? ((StepKind?)null, "first build") : steps.Next(step);
            history.Add(step + ": " + kind + " " + description);
            if (kind is { } applied)
            {
                kinds.Add(applied);
            }

            if (kind == StepKind.DisableAgentsForOneBuild)
            {
                continue;
            }

            var failure = await BuildAndCompareAsync(project, model, oracle, totals);
            if (failure is not null)
            {
                Assert.Fail(
                    "The build after " + DifferentialSettings.Reproduce(seed, step) + " differs from a clean build:" + Environment.NewLine
                    + failure + Environment.NewLine
                    + "Model: " + model.Describe() + Environment.NewLine
                    + "Templates: " + string.Join(", ", project.Templates.Select(pair => pair.Key + " edition " + pair.Value)) + "; script edition " + project.ScriptEdition + Environment.NewLine
                    + "Last steps:" + Environment.NewLine + string.Join(Environment.NewLine, history.TakeLast(12)));
            }
        }

        _output.WriteLine($"seed {seed}: {DifferentialSettings.Steps} steps, {totals.Builds} builds compared with clean builds; agents run {totals.AgentsRun}, reused {totals.AgentsReused}; edited files kept {totals.EditedKept}; cache repairs {totals.CacheRepairs}");

        // The default sequence must exercise every kind of step and every policy, or it proves less than it claims.
        if (seed == DifferentialSettings.DefaultSeed && DifferentialSettings.Steps >= DifferentialSettings.DefaultSteps)
        {
            Assert.Empty(Enum.GetValues<StepKind>().Except(kinds));
            Assert.True(totals.EditedKept > 0 && totals.CacheRepairs > 0 && totals.AgentsReused > 0, "The sequence kept no edit, repaired no cache entry or reused no agent.");
        }
    }

    // Null when the build did what a clean build does; otherwise every difference found, one line each.
    private static async Task<string?> BuildAndCompareAsync(DifferentialProject project, RequirementsModel model, OutputOracle oracle, RunTotals totals)
    {
        var snapshot = model.Snapshot();
        var folder = project.Options.OutputFolder;
        var leftBefore = folder == oracle.Folder ? null : FolderContents.Read(oracle.Folder);
        var before = FolderContents.Read(folder);
        var runsBefore = project.CommandRuns;
        var log = new RecordingBuildLog();
        var outcome = await project.BuildAsync(snapshot, log);
        var after = FolderContents.Read(folder);
        var report = BuildReport.Read(project.Options.ReportPath);
        var clean = await project.CleanBuildAsync(snapshot);
        var expected = oracle.Expect(folder, before, clean.Files, leftBefore);

        var problems = new List<string>();
        if (!outcome.Succeeded || log.Errors.Count > 0 || clean.Log.Errors.Count > 0)
        {
            problems.Add("errors: " + string.Join(" | ", log.Errors.Concat(clean.Log.Errors).Select(error => error.Code + " " + error.Text)));
        }

        problems.AddRange(FolderContents.Differences(expected.Current.Files, after).Select(difference => "output folder, " + difference));
        if (expected.Left is { } left)
        {
            problems.AddRange(FolderContents.Differences(left.Files, FolderContents.Read(left.Folder)).Select(difference => "output folder moved from, " + difference));
        }

        problems.AddRange(WarningProblems(log, expected));
        problems.AddRange(FileCountProblems(report, expected.Current, before, after));
        problems.AddRange(AgentProblems(report, clean.Report, project.CommandRuns - runsBefore));
        problems.AddRange(SummaryProblems(log, report, expected.Current, before, after));
        problems.AddRange(RepairProblems(log, report, project.TakeRepairedCacheFiles()));
        oracle.Built(expected);
        totals.Add(report, expected.Current);
        return problems.Count == 0 ? null : string.Join(Environment.NewLine, problems);
    }

    // Exactly the kept edits have an FSD1201 warning, exactly the kept stale files (here or in a folder moved from) FSD1202.
    private static IEnumerable<string> WarningProblems(RecordingBuildLog log, OutputExpectation expected)
    {
        var byCode = log.Warnings.ToLookup(warning => warning.Code, warning => warning.File is null ? string.Empty : Path.GetFullPath(warning.File));
        var edited = byCode[ArtifactWarningCodes.EditedFileKept].Order(StringComparer.Ordinal).ToList();
        var expectedEdited = expected.Current.EditedKept.Select(path => Path.GetFullPath(ArtifactPath.Resolve(expected.Current.Folder, path))).Order(StringComparer.Ordinal).ToList();
        if (!edited.SequenceEqual(expectedEdited))
        {
            yield return "FSD1201 warnings for [" + string.Join(", ", edited) + "], expected for [" + string.Join(", ", expectedEdited) + "]";
        }

        var stale = byCode[ArtifactWarningCodes.EditedStaleFileKept].Order(StringComparer.Ordinal).ToList();
        var expectedStale = expected.StaleKeptPaths.Order(StringComparer.Ordinal).ToList();
        if (!stale.SequenceEqual(expectedStale))
        {
            yield return "FSD1202 warnings for [" + string.Join(", ", stale) + "], expected for [" + string.Join(", ", expectedStale) + "]";
        }

        foreach (var other in log.Warnings.Where(warning => warning.Code is not ArtifactWarningCodes.EditedFileKept and not ArtifactWarningCodes.EditedStaleFileKept))
        {
            yield return "unexpected warning " + other.Code + " " + other.File + ": " + other.Text;
        }
    }

    // The one important line says what the report says, and "up to date" exactly when nothing ran or changed on disk.
    private static IEnumerable<string> SummaryProblems(RecordingBuildLog log, BuildReport report, FolderExpectation expected, SortedDictionary<string, byte[]> before, SortedDictionary<string, byte[]> after)
    {
        var summary = log.Messages.Where(message => message.Important).Select(message => message.Text).ToList();
        var untouched = report.AgentsRun == 0 && expected.EditedKept.Count == 0 && expected.StaleKept.Count == 0
            && after.Count == before.Count && after.All(file => before.TryGetValue(file.Key, out var old) && old.AsSpan().SequenceEqual(file.Value));
        if (report.UpToDate != untouched)
        {
            yield return "the report says up to date: " + report.UpToDate + ", but " + (untouched ? "nothing" : "something") + " ran or changed";
        }

        var expectedLine = report.UpToDate
            ? $"up to date: 0 agents run, {report.FilesUnchanged} files unchanged"
            : $"{report.AgentsRun} agents run, {report.AgentsReused} reused, {report.AgentsNotDone} not done";
        var files = $"files {report.FilesWritten} written, {report.FilesUnchanged} unchanged, {report.FilesDeleted} deleted";
        if (summary.Count != 1 || !summary[0].Contains(expectedLine, StringComparison.Ordinal) || (!report.UpToDate && !summary[0].Contains(files, StringComparison.Ordinal)))
        {
            yield return "summary lines [" + string.Join(" | ", summary) + "], expected one with '" + expectedLine + "'" + (report.UpToDate ? string.Empty : " and '" + files + "'");
        }
    }

    // A repair is reported, and logged, only for a damaged entry the build removed or replaced; a removed one is reported.
    private static IEnumerable<string> RepairProblems(RecordingBuildLog log, BuildReport report, (int Removed, int Changed) damaged)
    {
        var logged = log.Messages.Count(message => !message.Important && message.Text.Contains("repaired the damaged disk cache entry", StringComparison.Ordinal));
        if (logged != report.CacheRepairs)
        {
            yield return $"{logged} repairs logged, {report.CacheRepairs} in the report";
        }

        if ((damaged.Changed == 0 && report.CacheRepairs > 0) || (damaged.Removed > 0 && report.CacheRepairs == 0))
        {
            yield return $"{report.CacheRepairs} cache repairs reported; of the damaged cache files, this build removed {damaged.Removed} and changed {damaged.Changed}";
        }
    }

    // The report's file counts are what changed on disk: placed files that were already right are unchanged, the other
    // placed ones written, and every file gone from the folder deleted.
    private static IEnumerable<string> FileCountProblems(BuildReport report, FolderExpectation expected, SortedDictionary<string, byte[]> before, SortedDictionary<string, byte[]> after)
    {
        var unchanged = expected.Placed.Count(path => before.TryGetValue(path, out var old) && after.TryGetValue(path, out var now) && old.AsSpan().SequenceEqual(now));
        var written = expected.Placed.Count - unchanged;
        var deleted = before.Keys.Count(path => !after.ContainsKey(path));
        if (report.FilesWritten != written || report.FilesUnchanged != unchanged || report.FilesDeleted != deleted)
        {
            yield return $"report files written {report.FilesWritten}, unchanged {report.FilesUnchanged}, deleted {report.FilesDeleted}; on disk written {written}, unchanged {unchanged}, deleted {deleted}";
        }
    }

    // Every agent reports the key and output of a clean build; the counts add up; the command agent ran exactly when
    // the report says it ran.
    private static IEnumerable<string> AgentProblems(BuildReport report, BuildReport clean, int commandRuns)
    {
        var ran = report.Agents.Count(agent => agent.Status == "ran");
        var reused = report.Agents.Count(agent => agent.Status is "cached" or "up-to-date");
        if (report.AgentsRun != ran || report.AgentsReused != reused || report.AgentsNotDone != 0 || ran + reused != clean.Agents.Count)
        {
            yield return $"report agents run {report.AgentsRun}, reused {report.AgentsReused}, not done {report.AgentsNotDone}; statuses say {ran} ran, {reused} reused, of {clean.Agents.Count}";
        }

        var cleanAgents = clean.Agents.ToDictionary(agent => agent.Name, StringComparer.Ordinal);
        foreach (var agent in report.Agents)
        {
            if (!cleanAgents.TryGetValue(agent.Name, out var cleanAgent))
            {
                yield return "agent " + agent.Name + " is not in the clean build";
            }
            else if (agent.CacheKey != cleanAgent.CacheKey || agent.OutputHash != cleanAgent.OutputHash)
            {
                yield return $"agent {agent.Name} ({agent.Status}): key {agent.CacheKey}, output {agent.OutputHash}; clean build: key {cleanAgent.CacheKey}, output {cleanAgent.OutputHash}";
            }
        }

        var command = report.Agents.Single(agent => agent.Name == RequirementsModel.CommandAgent);
        if ((command.Status == "ran" ? 1 : 0) != commandRuns)
        {
            yield return $"the command agent is reported {command.Status} but its script ran {commandRuns} times";
        }
    }

    private sealed class RunTotals
    {
        public int Builds { get; private set; }

        public int AgentsRun { get; private set; }

        public int AgentsReused { get; private set; }

        public int EditedKept { get; private set; }

        public int CacheRepairs { get; private set; }

        public void Add(BuildReport report, FolderExpectation expected)
        {
            Builds++;
            AgentsRun += report.AgentsRun;
            AgentsReused += report.AgentsReused;
            EditedKept += expected.EditedKept.Count;
            CacheRepairs += report.CacheRepairs;
        }
    }
}
