using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Migrations;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.State;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Migrations;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Build.Tests.Migrations;

/// <summary>
/// A build with nothing to do skips the migration step when the migrations folder is as the last step left it (the
/// state keeps the folder's stamps), and runs it when anything there changed or the last step reported a problem.
/// </summary>
public sealed class MigrationFastPathTests : IDisposable
{
    private readonly TaskFolder _folder = new();
    private readonly AgentBuildOptions _options;

    public MigrationFastPathTests()
    {
        _options = _folder.Options with { WritesMigrations = true };
    }

    public void Dispose() => _folder.Dispose();

    private string Script => Path.Combine(_options.OutputFolder, "database", "migrations", "0001_create_schema.sql");

    private string StatePath => Path.Combine(_options.WorkingDirectory, AgentBuild.StateFileName);

    [Fact(Timeout = 60_000)]
    public async Task The_state_keeps_the_stamps_of_the_folder_the_step_left()
    {
        await BuildAsync(SampleRequirements.Shop());

        var state = new BuildStateStore(StatePath).Load();

        Assert.NotNull(state?.MigrationFolder);
        Assert.Equal(MigrationFolderStamps.Read(_options.OutputFolder), state.MigrationFolder);
        Assert.Equal(["0001_create_schema.sql", "sqlite/0001_create_schema.sql"], state.MigrationFolder.Keys.Order(StringComparer.Ordinal));
    }

    // A script damaged without changing its size or time is the one change the stamps cannot see: that the damage goes
    // unreported shows the step was skipped; once the time changes, the step runs and reports it.
    [Fact(Timeout = 60_000)]
    public async Task A_folder_as_the_last_step_left_it_is_not_read_and_a_changed_one_is()
    {
        await BuildAsync(SampleRequirements.Shop());
        var written = File.GetLastWriteTimeUtc(Script);
        File.SetLastWriteTimeUtc(StatePath, written.AddSeconds(1));
        var damaged = File.ReadAllText(Script).Replace(MigrationSchemaRecord.LinePrefix, "-- " + new string('x', MigrationSchemaRecord.LinePrefix.Length - 3), StringComparison.Ordinal);
        File.WriteAllText(Script, damaged);
        File.SetLastWriteTimeUtc(Script, written);

        var skipped = new RecordingBuildLog();
        await BuildAsync(SampleRequirements.Shop(), skipped);
        File.SetLastWriteTimeUtc(Script, written.AddTicks(1));
        var ran = new RecordingBuildLog();
        await BuildAsync(SampleRequirements.Shop(), ran);

        Assert.Empty(skipped.Warnings);
        Assert.Equal(MigrationWarningCodes.HistoryUnreadable, Assert.Single(ran.Warnings).Code);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_script_written_in_the_same_tick_as_the_state_is_read()
    {
        await BuildAsync(SampleRequirements.Shop());
        var written = File.GetLastWriteTimeUtc(Script);
        File.WriteAllText(Script, File.ReadAllText(Script).Replace(MigrationSchemaRecord.LinePrefix, "-- " + new string('x', MigrationSchemaRecord.LinePrefix.Length - 3), StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(Script, written);
        File.SetLastWriteTimeUtc(StatePath, written);

        var log = new RecordingBuildLog();
        await BuildAsync(SampleRequirements.Shop(), log);

        Assert.Equal(MigrationWarningCodes.HistoryUnreadable, Assert.Single(log.Warnings).Code);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_problem_the_step_reported_is_reported_again_by_every_build_with_nothing_to_do()
    {
        await BuildAsync(SampleRequirements.Shop());
        File.WriteAllText(Script, File.ReadAllText(Script).Replace(MigrationSchemaRecord.LinePrefix, "-- ", StringComparison.Ordinal));
        var first = new RecordingBuildLog();
        await BuildAsync(SampleRequirements.Shop("light"), first);

        var again = new RecordingBuildLog();
        await BuildAsync(SampleRequirements.Shop("light"), again);

        Assert.Equal(MigrationWarningCodes.HistoryUnreadable, Assert.Single(first.Warnings).Code);
        Assert.Null(new BuildStateStore(StatePath).Load()!.MigrationFolder);
        Assert.Equal(MigrationWarningCodes.HistoryUnreadable, Assert.Single(again.Warnings).Code);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_file_added_to_the_folder_makes_the_step_run()
    {
        await BuildAsync(SampleRequirements.Shop());
        File.SetLastWriteTimeUtc(StatePath, DateTime.UtcNow.AddMinutes(1));
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Script)!, "0001_copy.sql"), File.ReadAllText(Script));

        var log = new RecordingBuildLog();
        await BuildAsync(SampleRequirements.Shop(), log);

        Assert.Equal(MigrationWarningCodes.HistoryUnreadable, Assert.Single(log.Warnings).Code);
    }

    private Task<AgentBuildOutcome> BuildAsync(ProjectRequirements requirements, RecordingBuildLog? log = null) =>
        AgentBuild.RunAsync(_options, TaskFolder.Snapshot(requirements), new MemoryResultCache(), new ParsedTemplateCache(256), log ?? new RecordingBuildLog(), CancellationToken.None);
}
