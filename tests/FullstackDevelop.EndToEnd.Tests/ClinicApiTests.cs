using System;
using System.Collections.Generic;
using System.IO;
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

    // The Clinic declares api.cors-origins = http://localhost:5173 (the frontend's dev server).
    private static readonly TestedApp Clinic = new(AppFolder, "Clinic", "Clinic", ClinicApiScenario.RunAsync, "/api/clinics", new[] { "http://localhost:5173" });

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

    /// <summary>The app as its image runs it: published by the Dockerfile's build stage, started by its entry point.</summary>
    [Fact]
    public Task The_published_app_started_by_the_dockerfiles_entry_point_serves_the_api() =>
        DeploymentScenario.PublishedAppStartedByTheEntryPointServesTheApiAsync(Clinic, "tests/Apps/Clinic/Clinic.csproj");

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
                await RuntimeScenario.RunAsync(baseAddress, server, Clinic, "/api/doctors");
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

    /// <summary>The deployment's order on an empty PostgreSQL: three migration runs at once, then three processes at once.</summary>
    [SkippableFact]
    public Task Three_migration_runs_then_three_processes_at_once_on_an_empty_postgresql_all_succeed_and_serve() =>
        DeploymentScenario.MigratedThenStartedThreeTimesAtOnceAsync(Clinic);

    private static Task RunAsync(Dictionary<string, string> environment, Func<Uri, Task>? scenario = null) =>
        RunningApp.BuildAndRunAsync(AppFolder, "Clinic", environment, scenario ?? ClinicApiScenario.RunAsync);
}
