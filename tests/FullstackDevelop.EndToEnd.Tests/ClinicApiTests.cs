using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
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

        // The build wrote the deployment files into the app's fullstack/ folder, inside this repository: every path
        // they name resolves from where they are.
        Assert.Empty(DeploymentPathCheck.Problems(Path.Combine(AppFolder, "fullstack"), RepositoryPaths.Root, Path.Combine(AppFolder, "fullstack", ".github", "workflows", "ci.yml")));
    }

    /// <summary>
    /// The app as its image runs it: published by the command of the Dockerfile's build stage (PROJECT from the
    /// Dockerfile, the output in a folder of the test's own instead of /app), then started from that folder by the
    /// entry point, the link <c>start</c>, with the port in ASPNETCORE_HTTP_PORTS as the image sets it.
    /// </summary>
    [Fact]
    public async Task The_published_app_started_by_the_dockerfiles_entry_point_serves_the_api()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(AppFolder, "fullstack", "deploy", "Dockerfile"));
        var project = dockerfile.Single(line => line.StartsWith("ARG PROJECT=", StringComparison.Ordinal))["ARG PROJECT=".Length..];
        var publish = dockerfile.Single(line => line.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        Assert.Equal("tests/Apps/Clinic/Clinic.csproj", project);
        Assert.Contains("ENTRYPOINT [\"./start\"]", dockerfile);

        // The publish command's arguments, on the RUN line's first line up to && or the line's end; without --arch, which needs the target platform's packs,
        // and --no-restore, as the Dockerfile's restore layer is not run here.
        using var output = new TemporaryDirectory();
        var arguments = publish.TrimEnd('\\').Split(" &&")[0]["RUN dotnet ".Length..]
            .Replace(" --arch \"$TARGETARCH\"", string.Empty, StringComparison.Ordinal)
            .Replace(" --no-restore", string.Empty, StringComparison.Ordinal)
            .Replace("\"$PROJECT\"", project, StringComparison.Ordinal)
            .Replace("/app", output.Path, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new[] { "publish", project, "--configuration", "Release", "--output", output.Path, "-p:UseAppHost=true" }, arguments);
        var run = await ProcessRunner.DotnetAsync(RepositoryPaths.Root, null, arguments);
        Assert.True(run.ExitCode == 0, run.Describe());

        // The rest of the RUN line: the apphost named after the assembly, linked as start.
        var apphost = Path.Combine(output.Path, "Clinic");
        Assert.True(File.Exists(apphost), "The publish folder has no apphost Clinic.");
        File.CreateSymbolicLink(Path.Combine(output.Path, "start"), "Clinic");

        using var data = new TemporaryDirectory();
        await using var app = await RunningApp.StartEntryPointAsync(Path.Combine(output.Path, "start"), output.Path, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Clinic"] = "Data Source=" + data.Combine("clinic.db"),
        }, "/openapi/v1.json");
        await ClinicApiScenario.RunAsync(app.BaseAddress);
    }

    [SkippableFact]
    public async Task The_clinic_api_enforces_its_model_over_http_on_postgresql()
    {
        var (bin, reason) = PostgresServer.Locate();
        Integration.SkipUnless(bin is not null, reason);
        using var server = PostgresServer.Start(bin!);
        await RunAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Clinic"] = server.ConnectionString("clinic"),
            },
            async baseAddress =>
            {
                await ClinicApiScenario.RunAsync(baseAddress);
                await RuntimeScenario.RunAsync(baseAddress, server, Path.Combine(AppFolder, "fullstack", "monitoring"));
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

    private static Task RunAsync(Dictionary<string, string> environment, Func<Uri, Task>? scenario = null) =>
        RunningApp.BuildAndRunAsync(AppFolder, "Clinic", environment, scenario ?? ClinicApiScenario.RunAsync);
}
