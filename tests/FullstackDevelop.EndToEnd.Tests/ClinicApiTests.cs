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

    private static Task RunAsync(Dictionary<string, string> environment, Func<Uri, Task>? scenario = null) =>
        RunningApp.BuildAndRunAsync(AppFolder, "Clinic", environment, scenario ?? ClinicApiScenario.RunAsync);
}
