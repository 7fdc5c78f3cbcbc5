using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// The second app (tests/Apps/Clinic), which uses every supported attribute, a many-to-many, a one-to-one, a composite
/// key and a property the generator leaves out, started as a real process in Development on SQLite and on PostgreSQL.
/// </summary>
public sealed class ClinicApiTests
{
    private static readonly string AppFolder = RepositoryPaths.Combine("tests", "Apps", "Clinic");

    [Fact]
    public async Task The_clinic_api_enforces_its_model_over_http_on_sqlite()
    {
        using var data = new TemporaryDirectory();
        await RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Clinic"] = "Data Source=" + data.Combine("clinic.db"),
        });
    }

    [SkippableFact]
    public async Task The_clinic_api_enforces_its_model_over_http_on_postgresql()
    {
        var (bin, reason) = PostgresServer.Locate();
        Integration.SkipUnless(bin is not null, reason);
        using var server = PostgresServer.Start(bin!);
        await RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Clinic"] = server.ConnectionString("clinic"),
        });
    }

    /// <summary>
    /// The deployment's order on an empty PostgreSQL: three `--migrate` runs at once (the advisory lock lets one apply each
    /// script, the others find it applied), then three app processes started at once, which create nothing
    /// (<c>Database:CreateOnStartup</c> false, as a deployment sets it) and all serve; the first runs the full scenario.
    /// </summary>
    [SkippableFact]
    public async Task Three_migration_runs_then_three_processes_at_once_on_an_empty_postgresql_all_succeed_and_serve()
    {
        var (bin, reason) = PostgresServer.Locate();
        Integration.SkipUnless(bin is not null, reason);
        using var server = PostgresServer.Start(bin!);
        var created = server.Psql("-c", "CREATE DATABASE clinic;");
        Assert.True(created.ExitCode == 0, created.Output);
        var build = await ProcessRunner.DotnetAsync(AppFolder, null, "build", "Clinic.csproj");
        Assert.True(build.ExitCode == 0, build.Describe());
        var output = Path.Combine(AppFolder, "bin", "Debug", "net10.0");
        var scripts = Directory.GetFiles(Path.Combine(output, "migrations"), "*.sql");
        Assert.NotEmpty(scripts);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = "PostgreSql",
            ["Database__CreateOnStartup"] = "false",
            ["ConnectionStrings__Clinic"] = server.ConnectionString("clinic"),
        };

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ProcessRunner.DotnetAsync(AppFolder, environment, Path.Combine(output, "Clinic.dll"), "--migrate")));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Describe()));
        Assert.Equal(scripts.Length, runs.Sum(run => run.Output.Split('\n').Count(line => line.StartsWith("Applied 0", StringComparison.Ordinal))));
        var history = server.Psql("-d", "clinic", "-A", "-t", "-c", "SELECT count(*) FROM \"__FullstackMigrations\";");
        Assert.Equal(scripts.Length.ToString(CultureInfo.InvariantCulture), history.Output.Trim());

        var apps = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RunningApp.StartAsync(Path.Combine(output, "Clinic.dll"), AppFolder, environment, "/openapi/v1.json")));
        try
        {
            await ClinicApiScenario.RunAsync(apps[0].BaseAddress);
            using var client = new HttpClient();
            foreach (var app in apps.Skip(1))
            {
                using var response = await client.GetAsync(new Uri(app.BaseAddress, "/api/clinics"));
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    private static Task RunAsync(Dictionary<string, string> environment) =>
        RunningApp.BuildAndRunAsync(AppFolder, "Clinic", environment, ClinicApiScenario.RunAsync);
}
