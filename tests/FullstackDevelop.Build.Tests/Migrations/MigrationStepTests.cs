using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Migrations;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Migrations;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Build.Tests.Migrations;

/// <summary>
/// The build's migration step through <see cref="AgentBuild"/>: the first build writes 0001, a schema change the next
/// number, and nothing (a lost state, a fast-path build, a clean) rewrites, renumbers or deletes a script.
/// </summary>
public sealed class MigrationStepTests : IDisposable
{
    private readonly TaskFolder _folder = new();
    private readonly AgentBuildOptions _options;

    public MigrationStepTests()
    {
        _options = _folder.Options with { WritesMigrations = true };
    }

    public void Dispose() => _folder.Dispose();

    private string MigrationsFolder => Path.Combine(_options.OutputFolder, "database", "migrations");

    [Fact(Timeout = 60_000)]
    public async Task The_first_build_writes_0001_and_builds_with_the_same_schema_never_touch_it_even_without_a_state()
    {
        var log = new RecordingBuildLog();
        var outcome = await BuildAsync(SampleRequirements.Shop(), log);

        var scripts = Scripts();
        Assert.Equal(["0001_create_schema.sql"], scripts.Keys);
        Assert.Contains("CREATE TABLE IF NOT EXISTS \"Books\"", scripts["0001_create_schema.sql"], StringComparison.Ordinal);
        Assert.Contains(log.Messages, message => message.Text.Contains("database/migrations/0001_create_schema.sql", StringComparison.Ordinal) && !message.Important);
        Assert.Single(log.Messages, message => message.Important);

        // Not among the files the build owns: dotnet clean and a later build leave it.
        Assert.DoesNotContain(outcome.FileWrites, path => path.Contains("migrations", StringComparison.Ordinal));
        var written = File.GetLastWriteTimeUtc(Path.Combine(MigrationsFolder, "0001_create_schema.sql"));

        await BuildAsync(SampleRequirements.Shop("light"));
        File.Delete(Path.Combine(_options.WorkingDirectory, AgentBuild.StateFileName));
        await BuildAsync(SampleRequirements.Shop());
        AgentClean.Run(_options.OutputFolder, _options.WorkingDirectory, new RecordingBuildLog());

        Assert.Equal(scripts, Scripts());
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(MigrationsFolder, "0001_create_schema.sql")));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_new_field_and_a_removed_one_get_the_next_numbers_and_the_removal_is_commented_out_with_FSD2105()
    {
        await BuildAsync(SampleRequirements.Shop());
        await BuildAsync(WithBookFields(new FieldInfo("Isbn", "string", false, false, 13, default)));
        var log = new RecordingBuildLog();
        await BuildAsync(WithBookFields(), log);

        var scripts = Scripts();
        Assert.Equal(["0001_create_schema.sql", "0002_add_column_books_isbn.sql", "0003_drop_column_books_isbn.sql"], scripts.Keys);
        Assert.Contains("-- ALTER TABLE \"Books\" DROP COLUMN IF EXISTS \"Isbn\";", scripts["0003_drop_column_books_isbn.sql"], StringComparison.Ordinal);
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(MigrationWarningCodes.DestructiveStepCommentedOut, warning.Code);
        Assert.Equal(Path.Combine(MigrationsFolder, "0003_drop_column_books_isbn.sql"), warning.File);
        Assert.Contains("\"Books\".\"Isbn\"", warning.Text, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_deleted_folder_is_written_again_by_a_build_with_nothing_else_to_do_as_a_clean_build_writes_it()
    {
        await BuildAsync(SampleRequirements.Shop());
        var scripts = Scripts();
        Directory.Delete(MigrationsFolder, recursive: true);

        await BuildAsync(SampleRequirements.Shop());

        Assert.Equal(scripts, Scripts());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_last_script_that_lost_its_schema_record_stops_the_migrations_with_FSD2107_and_is_left_as_it_is()
    {
        await BuildAsync(SampleRequirements.Shop());
        var path = Path.Combine(MigrationsFolder, "0001_create_schema.sql");
        var damaged = File.ReadAllText(path).Replace(MigrationSchemaRecord.LinePrefix, "-- ", StringComparison.Ordinal);
        File.WriteAllText(path, damaged);
        var log = new RecordingBuildLog();

        await BuildAsync(WithBookFields(new FieldInfo("Pages", "int32", false, true, null, default)), log);

        Assert.Equal(MigrationWarningCodes.HistoryUnreadable, Assert.Single(log.Warnings).Code);
        Assert.Equal(["0001_create_schema.sql"], Scripts().Keys);
        Assert.Equal(damaged, File.ReadAllText(path));
    }

    [Fact(Timeout = 60_000)]
    public async Task Each_script_gets_a_sqlite_twin_a_folder_without_them_gets_them_all_and_one_that_exists_is_never_rewritten()
    {
        await BuildAsync(SampleRequirements.Shop());
        await BuildAsync(WithBookFields(new FieldInfo("Isbn", "string", false, false, 13, default)));
        Assert.Equal(Scripts().Keys, SqliteScripts().Keys);
        Assert.Contains("ALTER TABLE \"Books\" ADD COLUMN \"Isbn\" TEXT NULL;", SqliteScripts()["0002_add_column_books_isbn.sql"], StringComparison.Ordinal);

        // A folder written before the SQLite scripts existed, and one of them edited by hand: the missing one comes back, the edited one stays.
        var sqlite = Path.Combine(MigrationsFolder, "sqlite");
        var original = SqliteScripts();
        File.Delete(Path.Combine(sqlite, "0001_create_schema.sql"));
        File.AppendAllText(Path.Combine(sqlite, "0002_add_column_books_isbn.sql"), "-- reviewed\n");
        var log = new RecordingBuildLog();
        await BuildAsync(WithBookFields(new FieldInfo("Isbn", "string", false, false, 13, default)), log);

        Assert.Equal(original["0001_create_schema.sql"], SqliteScripts()["0001_create_schema.sql"]);
        Assert.EndsWith("-- reviewed\n", SqliteScripts()["0002_add_column_books_isbn.sql"], StringComparison.Ordinal);
        Assert.Contains(log.Messages, message => message.Text.Contains("database/migrations/sqlite/0001_create_schema.sql", StringComparison.Ordinal) && !message.Important);
        Assert.Empty(log.Warnings);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_postgresql_script_that_lost_its_record_stops_the_sqlite_scripts_from_it_on_with_FSD2111()
    {
        await BuildAsync(SampleRequirements.Shop());
        await BuildAsync(WithBookFields(new FieldInfo("Isbn", "string", false, false, 13, default)));
        var first = Path.Combine(MigrationsFolder, "0001_create_schema.sql");
        File.WriteAllText(first, File.ReadAllText(first).Replace(MigrationSchemaRecord.LinePrefix, "-- ", StringComparison.Ordinal));
        Directory.Delete(Path.Combine(MigrationsFolder, "sqlite"), recursive: true);
        var log = new RecordingBuildLog();

        await BuildAsync(WithBookFields(new FieldInfo("Isbn", "string", false, false, 13, default)), log);

        var warning = Assert.Single(log.Warnings);
        Assert.Equal(MigrationWarningCodes.SqliteHistoryUnreadable, warning.Code);
        Assert.Contains("0001_create_schema.sql", warning.Text, StringComparison.Ordinal);
        Assert.Empty(SqliteScripts());
    }

    private static ProjectRequirements WithBookFields(params FieldInfo[] fields)
    {
        var shop = SampleRequirements.Shop();
        var book = shop.Entities[0];
        return shop with { Entities = EquatableArray.Of(book with { Fields = EquatableArray.From(book.Fields.Concat(fields)) }) };
    }

    private Task<AgentBuildOutcome> BuildAsync(ProjectRequirements requirements, RecordingBuildLog? log = null) =>
        AgentBuild.RunAsync(_options, TaskFolder.Snapshot(requirements), new MemoryResultCache(), new ParsedTemplateCache(256), log ?? new RecordingBuildLog(), CancellationToken.None);

    private SortedDictionary<string, string> SqliteScripts() =>
        Directory.Exists(Path.Combine(MigrationsFolder, "sqlite"))
            ? new(Directory.EnumerateFiles(Path.Combine(MigrationsFolder, "sqlite")).ToDictionary(path => Path.GetFileName(path), File.ReadAllText), StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    private SortedDictionary<string, string> Scripts() =>
        new(Directory.EnumerateFiles(MigrationsFolder).ToDictionary(path => Path.GetFileName(path), File.ReadAllText), StringComparer.Ordinal);
}
