using System.Collections.Generic;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>The sample's generated web API, started as a real process, on SQLite (the default) and on PostgreSQL.</summary>
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
    }

    private static Task RunAsync(Dictionary<string, string> environment) =>
        RunningApp.BuildAndRunAsync(SampleFolder, "Bookstore", environment, BookstoreApiScenario.RunAsync);
}
