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
/// key and a property the generator leaves out, started as a real process in Development on SQLite and on PostgreSQL;
/// and the test project its QA agent generates, run with <c>dotnet test</c> against the same build, on each database,
/// and against a copy of the app with a broken backend, where it must fail.
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

        // The generated tests host the app on a SQLite file of their own.
        var tests = await GeneratedTestProject.TestAsync(AppFolder);
        Assert.True(tests.ExitCode == 0, tests.Describe());
        Assert.Contains("Create_get_update_and_delete", tests.Output, StringComparison.Ordinal);

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

        // As the CI workflow's PostgreSQL service runs them: the environment names the database.
        var tests = await GeneratedTestProject.TestAsync(AppFolder, new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Clinic"] = server.ConnectionString("clinic_api_tests"),
        });
        Assert.True(tests.ExitCode == 0, tests.Describe());
    }

    [Fact]
    public async Task The_generated_tests_fail_against_a_backend_whose_deletes_do_nothing()
    {
        // A copy beside the app, so that its relative imports of the repository's build files still resolve.
        var copy = RepositoryPaths.Combine("tests", "Apps", "ClinicBroken" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            CopyApp(AppFolder, copy);
            File.WriteAllText(Path.Combine(copy, "Program.cs"), BrokenProgram);
            var build = await ProcessRunner.DotnetAsync(copy, null, "build", "Clinic.csproj");
            Assert.True(build.ExitCode == 0, build.Describe());
            var tests = await GeneratedTestProject.TestAsync(copy);
            Assert.True(tests.ExitCode != 0, "The generated tests passed against a backend that deletes nothing:" + Environment.NewLine + tests.Output);
            Assert.Matches(@"Failed [\w.]+\.DoctorApiTests\.Create_get_update_and_delete", tests.Output);
            Assert.Matches(@"Failed [\w.]+\.DoctorApiTests\.Delete_of_a_missing_key_is_404", tests.Output);
            Assert.Matches(@"Passed [\w.]+\.DoctorApiTests\.Get_of_a_missing_key_is_404", tests.Output);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    // The app's Program.cs with one bug: every DELETE answers 204 and deletes nothing.
    private const string BrokenProgram = """
        using Clinic;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddClinicBackend(builder.Configuration);

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsDelete(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            await next(context);
        });
        app.MapClinicEndpoints();
        app.Run();
        """;

    // The app's sources and settings, without what a build of it left (bin, obj, the output folder, databases).
    private static void CopyApp(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj" or "fullstack" || top.StartsWith("clinic.db", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
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
