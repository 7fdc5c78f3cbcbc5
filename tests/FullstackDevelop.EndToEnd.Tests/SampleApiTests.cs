using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// The sample's generated web API, started as a real process, on SQLite (the default) and on PostgreSQL, where the
/// platform's view of it (health, metrics, CORS, promtool) is checked too; the test project its QA agent generates, run
/// with <c>dotnet test</c> on each database; and the app run as its deployment files run it.
/// </summary>
public sealed class SampleApiTests
{
    private static readonly string SampleFolder = RepositoryPaths.Combine("samples", "Bookstore");

    // The sample declares no api.cors-origins, so it answers no origin's preflight.
    private static readonly TestedApp Bookstore = new(SampleFolder, "Bookstore", "Bookstore", BookstoreApiScenario.RunAsync, "/api/books", Array.Empty<string>());

    [Fact]
    public async Task The_generated_api_works_over_http_on_sqlite()
    {
        using var data = new TemporaryDirectory();
        await RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Bookstore"] = "Data Source=" + data.Combine("bookstore.db"),
        });

        // The test project the QA agent generated, against the same build, on a SQLite file of its own.
        var tests = await GeneratedTestProject.TestAsync(SampleFolder);
        Assert.True(tests.ExitCode == 0, tests.Describe());
        Assert.Contains("Create_get_update_and_delete", tests.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_generated_api_works_over_http_on_postgresql()
    {
        var (bin, reason) = PostgresServer.Locate();
        Integration.SkipUnless(bin is not null, reason);
        using var server = PostgresServer.Start(bin!);
        await RunAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Bookstore"] = server.ConnectionString("bookstore"),
            },
            async baseAddress =>
            {
                await BookstoreApiScenario.RunAsync(baseAddress);
                await RuntimeScenario.RunAsync(baseAddress, server, Bookstore, "/api/books");
            });

        var tests = await GeneratedTestProject.TestAsync(SampleFolder, new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Bookstore"] = server.ConnectionString("bookstore_api_tests"),
        });
        Assert.True(tests.ExitCode == 0, tests.Describe());
    }

    /// <summary>The sample as its image runs it: published by the Dockerfile's build stage, started by its entry point.</summary>
    [Fact]
    public Task The_published_app_started_by_the_dockerfiles_entry_point_serves_the_api() =>
        DeploymentScenario.PublishedAppStartedByTheEntryPointServesTheApiAsync(Bookstore, "samples/Bookstore/Bookstore.csproj");

    /// <summary>The deployment's order on an empty PostgreSQL: three migration runs at once, then three processes at once.</summary>
    [SkippableFact]
    public Task Three_migration_runs_then_three_processes_at_once_on_an_empty_postgresql_all_succeed_and_serve() =>
        DeploymentScenario.MigratedThenStartedThreeTimesAtOnceAsync(Bookstore);

    private static Task RunAsync(Dictionary<string, string> environment, Func<Uri, Task>? scenario = null) =>
        RunningApp.BuildAndRunAsync(SampleFolder, "Bookstore", environment, scenario ?? BookstoreApiScenario.RunAsync);
}
