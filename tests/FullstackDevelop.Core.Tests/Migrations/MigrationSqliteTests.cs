using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Migrations;
using FullstackDevelop.Core.Tests.TestSupport;
using FullstackDevelop.Tests.Shared;
using Microsoft.Data.Sqlite;
using Xunit;

namespace FullstackDevelop.Core.Tests.Migrations;

/// <summary>
/// The SQLite scripts, derived from the PostgreSQL ones, run on a real SQLite database as the generated app runs them
/// (foreign keys off, one <c>BEGIN IMMEDIATE</c> transaction per script): applied in order to a database that holds rows,
/// each gives the database the first script of the same model gives an empty one, and the rows survive every step.
/// That first script equals what EF Core's <c>EnsureCreated</c> makes: Generators' <c>SqliteMigrationRunnerTests</c>.
/// </summary>
public sealed class MigrationSqliteTests
{
    [Fact]
    public void Each_postgresql_script_gets_a_sqlite_script_of_the_same_name_and_one_that_exists_is_never_rewritten()
    {
        var postgres = new List<MigrationFile>();
        var entities = MigrationModels.Library();
        MigrationModels.Next(postgres, MigrationModels.Schema(entities));
        entities[1] = entities[1] with { Properties = FullstackDevelop.Core.Collections.EquatableArray.From(entities[1].Properties.Append(Declare.Text("Isbn", nullable: true))) };
        MigrationModels.Next(postgres, MigrationModels.Schema(entities));

        var all = SqliteMigrationHistory.Missing(postgres, [], "Clinic", MigrationModels.Tool);
        Assert.Null(all.Problem);
        Assert.Equal(["0001_create_schema.sql", "0002_add_column_books_isbn.sql"], all.NewFiles.Select(file => file.FileName));
        Assert.Contains("ALTER TABLE \"Books\" ADD COLUMN \"Isbn\" TEXT NULL;", all.NewFiles[1].Text, StringComparison.Ordinal);
        Assert.Contains(MigrationSqliteSql.CreatesPrefix + "column Books Isbn", all.NewFiles[1].Text, StringComparison.Ordinal);

        var rest = SqliteMigrationHistory.Missing(postgres, ["0001_create_schema.sql"], "Clinic", MigrationModels.Tool);
        Assert.Equal(["0002_add_column_books_isbn.sql"], rest.NewFiles.Select(file => file.FileName));
        Assert.Equal(all.NewFiles[1], rest.NewFiles[0]);

        // A script that lost its record stops the scripts from it on, and says which.
        postgres[0] = postgres[0] with { Text = postgres[0].Text.Replace(MigrationSchemaRecord.LinePrefix, "-- lost: ", StringComparison.Ordinal) };
        var stopped = SqliteMigrationHistory.Missing(postgres, [], "Clinic", MigrationModels.Tool);
        Assert.Empty(stopped.NewFiles);
        Assert.Contains("0001_create_schema.sql", stopped.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16001)]
    [InlineData(16002)]
    [InlineData(16003)]
    [InlineData(16004)]
    public void Seeded_random_edits_migrate_a_sqlite_database_with_rows_to_what_the_first_script_of_the_model_creates(int seed)
    {
        using var folder = new TemporaryDirectory();
        var edits = new RandomSchemaEdits(seed);
        var postgres = new List<MigrationFile>();
        var sqlite = new List<MigrationFile>();
        using var migrated = Open(folder.Combine("migrated.db"));

        MigrationModels.Next(postgres, MigrationModels.Schema(edits.Requirements()));
        Apply(migrated, Derive(postgres, sqlite).Single());
        Execute(migrated, "INSERT INTO \"Authors\" (\"Name\") VALUES ('Ursula'); INSERT INTO \"Books\" (\"Title\", \"AuthorId\") VALUES ('Earthsea', 1);");

        for (var step = 0; step < 14; step++)
        {
            var edit = edits.Next();
            var schema = MigrationModels.Schema(edits.Requirements());
            if (MigrationModels.Next(postgres, schema).NewFile is null)
            {
                continue;
            }

            var script = Derive(postgres, sqlite).Single();
            Apply(migrated, script with { Text = MigrationModels.WithDestructiveStepsRun(script.Text) });

            using var expected = Open(folder.Combine("expected-" + step + ".db"));
            Apply(expected, MigrationSqliteSql.Script("0001_create_schema.sql", DatabaseSchema.Empty, schema, "Clinic", MigrationModels.Tool));
            var catalog = SqliteCatalog.Of(migrated);
            Assert.True(catalog == SqliteCatalog.Of(expected), $"Seed {seed}, after '{edit}', {script.FileName} does not give the model's database:\n{script.Text}\n\nmigrated:\n{catalog}\n\nexpected:\n{SqliteCatalog.Of(expected)}");
            Assert.Equal("Ursula/Earthsea", Scalar(migrated, "SELECT a.\"Name\" || '/' || b.\"Title\" FROM \"Books\" b JOIN \"Authors\" a ON a.\"Id\" = b.\"AuthorId\";"));
            Assert.Empty(Scalar(migrated, "SELECT group_concat(\"table\") FROM pragma_foreign_key_check;") ?? string.Empty);
        }

        Assert.True(sqlite.Count > 3, $"Seed {seed} made only {sqlite.Count} migrations.");
    }

    [Fact]
    public void A_field_made_required_and_a_removed_one_rebuild_the_table_keeping_its_rows_and_the_removed_data()
    {
        using var folder = new TemporaryDirectory();
        var postgres = new List<MigrationFile>();
        var sqlite = new List<MigrationFile>();
        var entities = MigrationModels.Library();
        entities[1] = entities[1] with { Properties = FullstackDevelop.Core.Collections.EquatableArray.From(entities[1].Properties.Append(Declare.Scalar("Pages", "System.Int32", nullable: true)).Append(Declare.Text("Note").With(Annotate.Required))) };
        using var database = Open(folder.Combine("app.db"));
        MigrationModels.Next(postgres, MigrationModels.Schema(entities));
        Apply(database, Derive(postgres, sqlite).Single());
        Execute(database, "INSERT INTO \"Authors\" (\"Name\") VALUES ('Ursula'); INSERT INTO \"Books\" (\"Title\", \"AuthorId\", \"Pages\", \"Note\") VALUES ('Earthsea', 1, NULL, 'kept');");

        entities[1] = entities[1] with { Properties = FullstackDevelop.Core.Collections.EquatableArray.From(entities[1].Properties.Where(property => property.Name is not ("Pages" or "Note")).Append(Declare.Scalar("Pages", "System.Int32"))) };
        MigrationModels.Next(postgres, MigrationModels.Schema(entities));
        var script = Derive(postgres, sqlite).Single();
        Apply(database, script);

        Assert.Contains("-- Books is rebuilt, its rows copied", script.Text, StringComparison.Ordinal);
        Assert.Equal("Earthsea/0/kept", Scalar(database, "SELECT \"Title\" || '/' || \"Pages\" || '/' || \"Note\" FROM \"Books\";"));
        Assert.Contains("column Books.Pages INTEGER notnull=1 pk=0", SqliteCatalog.Of(database), StringComparison.Ordinal);
        Assert.Contains("column Books.Note TEXT notnull=0 pk=0", SqliteCatalog.Of(database), StringComparison.Ordinal);
        Assert.Contains("foreign key Books.AuthorId -> Authors.Id", SqliteCatalog.Of(database), StringComparison.Ordinal);

        // The API, which no longer writes the removed column, can still insert.
        Execute(database, "INSERT INTO \"Books\" (\"Title\", \"AuthorId\", \"Pages\") VALUES ('Tehanu', 1, 250);");
    }

    private static IReadOnlyList<MigrationFile> Derive(List<MigrationFile> postgres, List<MigrationFile> sqlite)
    {
        var missing = SqliteMigrationHistory.Missing(postgres, sqlite.Select(file => file.FileName).ToList(), "Clinic", MigrationModels.Tool);
        Assert.Null(missing.Problem);
        sqlite.AddRange(missing.NewFiles);
        return missing.NewFiles;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        connection.Open();
        return connection;
    }

    // As the generated app applies a script: foreign keys off (outside the transaction), then BEGIN IMMEDIATE.
    private static void Apply(SqliteConnection connection, MigrationFile script)
    {
        Execute(connection, "PRAGMA foreign_keys = OFF;");
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = script.Text;
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException exception)
            {
                throw new Xunit.Sdk.XunitException(script.FileName + " failed: " + exception.Message + "\n" + script.Text);
            }

            transaction.Commit();
        }

        Execute(connection, "PRAGMA foreign_keys = ON;");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }
}
