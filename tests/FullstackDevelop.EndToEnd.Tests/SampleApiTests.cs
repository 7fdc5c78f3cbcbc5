using System.Collections.Generic;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// The sample's generated web API, started as a real process, on SQLite (the default) and on PostgreSQL; and the test
/// project its QA agent generates, run with <c>dotnet test</c> on each database.
/// </summary>
public sealed class SampleApiTests
{
    private static readonly string SampleFolder = RepositoryPaths.Combine("samples", "Bookstore");

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
        Assert.Contains("Create_get_update_and_delete", tests.Output, System.StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_generated_api_works_over_http_on_postgresql()
    {
        var (bin, reason) = PostgresServer.Locate();
        Integration.SkipUnless(bin is not null, reason);
        using var server = PostgresServer.Start(bin!);
        await RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Bookstore"] = server.ConnectionString("bookstore"),
        });

        var tests = await GeneratedTestProject.TestAsync(SampleFolder, new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Bookstore"] = server.ConnectionString("bookstore_api_tests"),
        });
        Assert.True(tests.ExitCode == 0, tests.Describe());
    }

    private static Task RunAsync(Dictionary<string, string> environment) =>
        RunningApp.BuildAndRunAsync(SampleFolder, "Bookstore", environment, BookstoreApiScenario.RunAsync);
}
