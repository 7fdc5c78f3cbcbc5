using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Migrations;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// The generated backend's SQLite migrations: the first script of a model creates what EF Core's <c>EnsureCreated</c>
/// makes, and the generated runner (what the Development initializer and <c>--migrate</c> call) brings a database that
/// holds rows through a sequence of requirement changes (add field, add entity, add relation and its index), adopting a
/// database <c>EnsureCreated</c> made before, applying each script once even with two runners at once; served over HTTP
/// by each version of the app, the old rows stay and the new entity works.
/// </summary>
public sealed class SqliteMigrationRunnerTests
{
    private static readonly string[] Versions =
    [
        // 1: owners.
        """
        public sealed class Owner { public int Id { get; set; } [Required, MaxLength(80)] public string Name { get; set; } = ""; }
        """,
        // 2: a field, optional, and one required.
        """
        public sealed class Owner { public int Id { get; set; } [Required, MaxLength(80)] public string Name { get; set; } = ""; public string? Phone { get; set; } [Range(0, 100)] public int Visits { get; set; } }
        """,
        // 3: an entity that refers to owners.
        """
        public sealed class Owner { public int Id { get; set; } [Required, MaxLength(80)] public string Name { get; set; } = ""; public string? Phone { get; set; } [Range(0, 100)] public int Visits { get; set; } }
        [Entity] public sealed class Pet { public int Id { get; set; } [Required] public string Name { get; set; } = ""; public int OwnerId { get; set; } public Owner? Owner { get; set; } }
        """,
        // 4: another entity, and a reference to it from pets: a column, its foreign key and index on a table with rows.
        """
        public sealed class Owner { public int Id { get; set; } [Required, MaxLength(80)] public string Name { get; set; } = ""; public string? Phone { get; set; } [Range(0, 100)] public int Visits { get; set; } }
        [Entity] public sealed class Pet { public int Id { get; set; } [Required] public string Name { get; set; } = ""; public int OwnerId { get; set; } public Owner? Owner { get; set; } public int? VetId { get; set; } public Vet? Vet { get; set; } }
        [Entity] public sealed class Vet { public int Id { get; set; } [Required] public string Name { get; set; } = ""; public DateTimeOffset Since { get; set; } }
        """,
    ];

    private static readonly Lazy<(Assembly Assembly, DatabaseSchema Schema)>[] Apps = Versions.Select(version => new Lazy<(Assembly, DatabaseSchema)>(() => Compile(version))).ToArray();

    [Fact]
    public async Task The_first_sqlite_script_of_a_model_creates_what_ensure_created_makes()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace: "Clinics"), GeneratorHarness.Compile(BackendInputs.Clinics(true, "audit-log"), "Clinics", web: true));
        Assert.Empty(outcome.CompilationProblems());
        var schema = SchemaOf(outcome, "Clinics");
        using var folder = new TemporaryDirectory();

        await using var app = await GeneratedWebApp.StartAsync(GeneratedWebApp.Load(outcome.Output), "Clinics", "Clinics", "Development");

        Assert.Equal(Catalog(app.DatabaseFile), Catalog(Create(folder.Combine("scripted.db"), schema)));
    }

    [Fact]
    public async Task The_runner_adopts_an_ensure_created_database_and_brings_it_and_its_rows_through_each_change()
    {
        using var folder = new TemporaryDirectory();
        var database = folder.Combine("vets.db");
        var scripts = Directory.CreateDirectory(folder.Combine("sqlite")).FullName;
        var postgres = new List<MigrationFile>();

        // Version 1 as it ran before the migrations existed: EnsureCreated in Development, and a row.
        await using (var first = await StartAsync(0, database, "Development"))
        {
            await PostAsync(first, "/api/owners", """{ "name": "Ann" }""");
        }

        WriteScripts(postgres, scripts, 0);
        WriteScripts(postgres, scripts, 1);
        await using (var second = await StartAsync(1, database, "Production"))
        {
            var output = await ApplyAsync(second, 1, scripts);
            Assert.Contains("Adopted a database made before the migrations: recorded 1 script(s)", output, StringComparison.Ordinal);
            Assert.Contains("Applied 0002_add_column_owners_phone_and_more.sql.", output, StringComparison.Ordinal);
            Assert.Equal(0, JsonDocument.Parse(await GetAsync(second, "/api/owners/1")).RootElement.GetProperty("visits").GetInt32());
            await PostAsync(second, "/api/owners", """{ "name": "Bob", "phone": "555", "visits": 3 }""");
        }

        for (var version = 2; version < Versions.Length; version++)
        {
            WriteScripts(postgres, scripts, version);
            await using var app = await StartAsync(version, database, "Production");
            Assert.Contains("Applied 1 of " + (version + 1) + " migration(s).", await ApplyAsync(app, version, scripts), StringComparison.Ordinal);
            await PostAsync(app, "/api/pets", """{ "name": "Rex", "ownerId": 2 }""");
        }

        await using (var last = await StartAsync(Versions.Length - 1, database, "Production"))
        {
            Assert.Contains("up to date: 4 migration(s)", await ApplyAsync(last, Versions.Length - 1, scripts), StringComparison.Ordinal);
            await PostAsync(last, "/api/vets", """{ "name": "Dr. Who", "since": "2020-01-02T03:04:05Z" }""");
            await PostAsync(last, "/api/pets", """{ "name": "Tom", "ownerId": 1, "vetId": 1 }""");
            Assert.Contains("\"Ann\"", await GetAsync(last, "/api/owners/1"), StringComparison.Ordinal);
            Assert.Contains("\"555\"", await GetAsync(last, "/api/owners/2"), StringComparison.Ordinal);
            Assert.Equal(3, JsonDocument.Parse(await GetAsync(last, "/api/pets")).RootElement.GetProperty("totalCount").GetInt32());
        }

        // What the last version's EnsureCreated makes, and its first script: the same database.
        await using (var fresh = await GeneratedWebApp.StartAsync(Apps[^1].Value.Assembly, "Vets", "Vets", "Development"))
        {
            Assert.Equal(Catalog(fresh.DatabaseFile), Catalog(database));
        }
    }

    [Fact]
    public async Task Two_runners_at_once_on_an_empty_database_apply_each_script_once()
    {
        using var folder = new TemporaryDirectory();
        var database = folder.Combine("vets.db");
        var scripts = Directory.CreateDirectory(folder.Combine("sqlite")).FullName;
        var postgres = new List<MigrationFile>();
        for (var version = 0; version < Versions.Length; version++)
        {
            WriteScripts(postgres, scripts, version);
        }

        await using var one = await StartAsync(Versions.Length - 1, database, "Production");
        await using var two = await StartAsync(Versions.Length - 1, database, "Production");
        var outputs = await Task.WhenAll(ApplyAsync(one, Versions.Length - 1, scripts), ApplyAsync(two, Versions.Length - 1, scripts));

        Assert.Equal(4, outputs.Sum(output => output.Split('\n').Count(line => line.StartsWith("Applied 0", StringComparison.Ordinal))));
        using var connection = new SqliteConnection("Data Source=" + database + ";Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT group_concat(\"Script\", ',') FROM (SELECT \"Script\" FROM \"__FullstackMigrations\" ORDER BY \"Script\");";
        Assert.Equal(string.Join(",", Directory.GetFiles(scripts).Select(Path.GetFileName).Order(StringComparer.Ordinal)), count.ExecuteScalar());
        await PostAsync(one, "/api/owners", """{ "name": "Ann", "visits": 1 }""");
    }

    private static (Assembly, DatabaseSchema) Compile(string entities)
    {
        var source = """
            using System;
            using System.ComponentModel.DataAnnotations;
            using FullstackDevelop;

            [assembly: FullstackProject("Vets")]

            namespace Vets.Domain;

            [Entity]
            """ + "\n" + entities;
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace: "Vets"), GeneratorHarness.Compile([new SourceFile("Domain/Model.cs", source)], "Vets", web: true));
        Assert.Empty(outcome.CompilationProblems());
        return (GeneratedWebApp.Load(outcome.Output), SchemaOf(outcome, "Vets"));
    }

    private static DatabaseSchema SchemaOf(GeneratorOutcome outcome, string rootNamespace)
    {
        var requirements = RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!);
        var plan = ExecutionPlanner.Plan(requirements).Plan!;
        return DatabaseSchemaBuilder.From(ArtifactModelBuilder.Build(requirements, plan, rootNamespace));
    }

    // As the build does: the next PostgreSQL script, and the SQLite scripts the SQLite folder lacks.
    private static void WriteScripts(List<MigrationFile> postgres, string sqliteFolder, int version)
    {
        var plan = MigrationPlanner.Plan(postgres, Apps[version].Value.Schema, "Vets", "FullstackDevelop");
        postgres.Add(plan.NewFile!);
        var missing = SqliteMigrationHistory.Missing(postgres, Directory.GetFiles(sqliteFolder).Select(Path.GetFileName).ToList()!, "Vets", "FullstackDevelop");
        Assert.Null(missing.Problem);
        foreach (var file in missing.NewFiles)
        {
            File.WriteAllText(Path.Combine(sqliteFolder, file.FileName), file.Text);
        }
    }

    private static string Create(string path, DatabaseSchema schema)
    {
        using var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = MigrationSqliteSql.Script("0001_create_schema.sql", DatabaseSchema.Empty, schema, "Test", "FullstackDevelop").Text;
        command.ExecuteNonQuery();
        return path;
    }

    private static string Catalog(string path)
    {
        using var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        connection.Open();
        return SqliteCatalog.Of(connection);
    }

    private static Task<GeneratedWebApp> StartAsync(int version, string database, string environment) =>
        GeneratedWebApp.StartAsync(Apps[version].Value.Assembly, "Vets", "Vets", environment, new Dictionary<string, string?> { ["ConnectionStrings:Vets"] = "Data Source=" + database });

    // The generated runner, as the Development initializer and --migrate call it, on the app's own context.
    private static async Task<string> ApplyAsync(GeneratedWebApp app, int version, string folder)
    {
        var migrations = Apps[version].Value.Assembly.GetType("Vets.Data.VetsMigrations", throwOnError: true)!;
        using var scope = app.Services.CreateScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(Apps[version].Value.Assembly.GetType("Vets.Data.VetsDbContext", throwOnError: true)!);
        using var output = new StringWriter();
        await (Task<int>)migrations.GetMethod("ApplyAsync")!.Invoke(null, [context, folder, output, CancellationToken.None])!;
        return output.ToString().Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    private static async Task PostAsync(GeneratedWebApp app, string path, string json)
    {
        using var response = await app.Client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, path + ": " + (int)response.StatusCode + " " + await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> GetAsync(GeneratedWebApp app, string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, path + ": " + (int)response.StatusCode + " " + text);
        return text;
    }
}
