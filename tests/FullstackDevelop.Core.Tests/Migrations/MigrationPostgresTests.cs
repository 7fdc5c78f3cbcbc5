using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Core.Migrations;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Agents;
using FullstackDevelop.Core.Tests.Agents.Infrastructure;
using FullstackDevelop.Core.Tests.TestSupport;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Migrations;

/// <summary>
/// The migration scripts run by psql on a real PostgreSQL: applied in order to an empty database, they give the database
/// that <c>database/schema.sql</c> gives (every column, type, nullability, identity, constraint and index, compared from
/// PostgreSQL's catalog), each runs twice without a change, and the rows already there survive every step.
/// </summary>
public sealed class MigrationPostgresTests
{
    // Everything the schema declares, as PostgreSQL describes it. Column order is left out: a column added later comes
    // last, where schema.sql has it in declaration order, and nothing the API does depends on it. NOT NULL constraints
    // (their own rows in pg_constraint since PostgreSQL 18) are named by how they were made; attnotnull says the same.
    private const string CatalogQuery =
        "SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull || ' identity=' || a.attidentity::text "
        + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        + "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped "
        + "UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
        + "WHERE connamespace = 'public'::regnamespace AND contype <> 'n' "
        + "UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' "
        + "ORDER BY 1;";

    [SkippableFact]
    public async Task The_first_migration_of_a_model_with_checks_a_one_to_one_and_a_many_to_many_equals_schema_sql()
    {
        using var server = await PostgresServer.StartOrSkipAsync();
        using var folder = new TemporaryDirectory();
        var migrations = new List<MigrationFile>();
        MigrationModels.Next(migrations, MigrationModels.Schema(RulesSample.Requirements));

        var expected = await SchemaSqlCatalogAsync(server, folder, RulesSample.Requirements, "expected");
        await CreateDatabaseAsync(server, folder, "migrated");
        await ApplyAsync(server, folder, "migrated", migrations[0]);
        Assert.Equal(expected, await CatalogAsync(server, folder, "migrated"));

        // Applied again, on top of itself: nothing changes.
        await ApplyAsync(server, folder, "migrated", migrations[0]);
        Assert.Equal(expected, await CatalogAsync(server, folder, "migrated"));
    }

    [SkippableTheory]
    [InlineData(16001)]
    [InlineData(16002)]
    [InlineData(16003)]
    public async Task Seeded_random_edits_migrate_a_database_with_rows_to_what_schema_sql_creates(int seed)
    {
        using var server = await PostgresServer.StartOrSkipAsync();
        using var folder = new TemporaryDirectory();
        var edits = new RandomSchemaEdits(seed);
        var migrations = new List<MigrationFile>();
        await CreateDatabaseAsync(server, folder, "migrated");

        MigrationModels.Next(migrations, MigrationModels.Schema(edits.Requirements()));
        await ApplyAsync(server, folder, "migrated", migrations[0]);
        await PsqlAsync(server, folder, "migrated", "-c", "INSERT INTO \"Authors\" (\"Name\") VALUES ('Ursula'); INSERT INTO \"Books\" (\"Title\", \"AuthorId\") VALUES ('Earthsea', 1);");

        var applied = 1;
        for (var step = 0; step < 12; step++)
        {
            var edit = edits.Next();
            var requirements = edits.Requirements();
            var plan = MigrationModels.Next(migrations, MigrationModels.Schema(requirements));
            Assert.Null(plan.Problem);
            if (plan.NewFile is not { } script)
            {
                continue;
            }

            applied++;
            Assert.StartsWith(applied.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "_", script.FileName, StringComparison.Ordinal);
            var reviewed = script with { Text = MigrationModels.WithDestructiveStepsRun(script.Text) };
            await ApplyAsync(server, folder, "migrated", reviewed, edit);
            var catalog = await CatalogAsync(server, folder, "migrated");
            Assert.True(
                catalog == await SchemaSqlCatalogAsync(server, folder, requirements, "expected"),
                $"Seed {seed}, after '{edit}', {script.FileName} does not give schema.sql's database:\n{script.Text}");

            await ApplyAsync(server, folder, "migrated", reviewed, edit + " (again)");
            Assert.Equal(catalog, await CatalogAsync(server, folder, "migrated"));

            var rows = await PsqlAsync(server, folder, "migrated", "-A", "-t", "-c", "SELECT a.\"Name\" || '/' || b.\"Title\" FROM \"Books\" b JOIN \"Authors\" a ON a.\"Id\" = b.\"AuthorId\";");
            Assert.Equal("Ursula/Earthsea", rows.Output.Trim());
        }

        Assert.True(applied > 3, $"Seed {seed} made only {applied} migrations.");
    }

    private static async Task<string> SchemaSqlCatalogAsync(PostgresServer server, TemporaryDirectory folder, ProjectRequirements requirements, string database)
    {
        var files = folder.Combine("render-" + database);
        if (Directory.Exists(files))
        {
            Directory.Delete(files, recursive: true);
        }

        foreach (var (path, text) in AgentSamples.Render("backend-developer", requirements))
        {
            var target = Path.Combine(files, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, text);
        }

        await CreateDatabaseAsync(server, folder, database);
        await PsqlAsync(server, folder, database, "-f", Path.Combine(files, "database", "schema.sql"));
        return await CatalogAsync(server, folder, database);
    }

    private static async Task CreateDatabaseAsync(PostgresServer server, TemporaryDirectory folder, string database)
    {
        await PsqlAsync(server, folder, "postgres", "-c", $"DROP DATABASE IF EXISTS {database};");
        await PsqlAsync(server, folder, "postgres", "-c", $"CREATE DATABASE {database};");
    }

    // As the app's --migrate runs a script: in one transaction (psql's -1).
    private static async Task ApplyAsync(PostgresServer server, TemporaryDirectory folder, string database, MigrationFile script, string? edit = null)
    {
        var path = folder.Combine(script.FileName);
        await File.WriteAllTextAsync(path, script.Text);
        var result = await server.PsqlOnAsync(database, folder.Path, "-1", "-f", path);
        Assert.True(result.ExitCode == 0, $"{script.FileName} failed after '{edit}': {result.Describe()}\n{script.Text}");
    }

    private static async Task<string> CatalogAsync(PostgresServer server, TemporaryDirectory folder, string database) =>
        (await PsqlAsync(server, folder, database, "-A", "-t", "-c", CatalogQuery)).Output;

    private static async Task<ProcessResult> PsqlAsync(PostgresServer server, TemporaryDirectory folder, string database, params string[] arguments)
    {
        var result = await server.PsqlOnAsync(database, folder.Path, arguments);
        Assert.True(result.ExitCode == 0, result.Describe());
        return result;
    }
}
