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

    private static async Task RunAsync(Dictionary<string, string> environment)
    {
        var build = await ProcessRunner.DotnetAsync(SampleFolder, null, "build", "Bookstore.csproj");
        Assert.True(build.ExitCode == 0, build.Describe());

        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        await using var app = await RunningApp.StartAsync(
            System.IO.Path.Combine(SampleFolder, "bin", "Debug", "net10.0", "Bookstore.dll"),
            SampleFolder,
            environment,
            "/openapi/v1.json");
        try
        {
            await BookstoreApiScenario.RunAsync(app.BaseAddress);
        }
        catch (Xunit.Sdk.XunitException exception)
        {
            throw new Xunit.Sdk.XunitException(exception.Message + System.Environment.NewLine + "The app's output:" + System.Environment.NewLine + app.Output);
        }
    }
}
