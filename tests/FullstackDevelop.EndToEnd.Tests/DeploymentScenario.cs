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
/// An app run the way its deployment files run it, for the sample and the Clinic alike: published by the Dockerfile's
/// build stage and started by its entry point; and migrated, then started three times at once, on an empty PostgreSQL.
/// </summary>
internal static class DeploymentScenario
{
    /// <summary>
    /// The app as its image runs it: published by the command of the Dockerfile's build stage (PROJECT from the
    /// Dockerfile, the output in a folder of the test's own instead of /app), then started from that folder by the
    /// entry point, the link <c>start</c>, with the port in ASPNETCORE_HTTP_PORTS as the image sets it.
    /// </summary>
    public static async Task PublishedAppStartedByTheEntryPointServesTheApiAsync(TestedApp app, string expectedProject)
    {
        var dockerfile = File.ReadAllLines(Path.Combine(app.Folder, "fullstack", "deploy", "Dockerfile"));
        var project = dockerfile.Single(line => line.StartsWith("ARG PROJECT=", StringComparison.Ordinal))["ARG PROJECT=".Length..];
        var publish = dockerfile.Single(line => line.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        Assert.Equal(expectedProject, project);
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
        Assert.True(File.Exists(Path.Combine(output.Path, app.Assembly)), "The publish folder has no apphost " + app.Assembly + ".");
        File.CreateSymbolicLink(Path.Combine(output.Path, "start"), app.Assembly);

        using var data = new TemporaryDirectory();
        await using var started = await RunningApp.StartEntryPointAsync(Path.Combine(output.Path, "start"), output.Path, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            [app.ConnectionStringVariable] = "Data Source=" + data.Combine("app.db"),
        }, "/openapi/v1.json");
        await app.Scenario(started.BaseAddress);
    }

    /// <summary>
    /// The deployment's order on an empty PostgreSQL: three `--migrate` runs at once (the advisory lock lets one apply each
    /// script, the others find it applied), then three app processes started at once, which create nothing
    /// (<c>Database:CreateOnStartup</c> false, as a deployment sets it) and all serve; the first runs the full scenario.
    /// </summary>
    public static async Task MigratedThenStartedThreeTimesAtOnceAsync(TestedApp app)
    {
        var (bin, reason) = PostgresServer.Locate();
        Integration.SkipUnless(bin is not null, reason);
        using var server = PostgresServer.Start(bin!);
        var database = app.Assembly.ToLowerInvariant();
        var created = server.Psql("-c", "CREATE DATABASE " + database + ";");
        Assert.True(created.ExitCode == 0, created.Output);
        var build = await ProcessRunner.DotnetAsync(app.Folder, null, "build", app.Assembly + ".csproj");
        Assert.True(build.ExitCode == 0, build.Describe());
        var assembly = Path.Combine(app.BuildOutput, app.Assembly + ".dll");
        var scripts = Directory.GetFiles(Path.Combine(app.BuildOutput, "migrations"), "*.sql");
        Assert.NotEmpty(scripts);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = "PostgreSql",
            ["Database__CreateOnStartup"] = "false",
            [app.ConnectionStringVariable] = server.ConnectionString(database),
        };

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ProcessRunner.DotnetAsync(app.Folder, environment, assembly, "--migrate")));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Describe()));
        Assert.Equal(scripts.Length, runs.Sum(run => run.Output.Split('\n').Count(line => line.StartsWith("Applied 0", StringComparison.Ordinal))));
        var history = server.Psql("-d", database, "-A", "-t", "-c", "SELECT count(*) FROM \"__FullstackMigrations\";");
        Assert.Equal(scripts.Length.ToString(CultureInfo.InvariantCulture), history.Output.Trim());

        var apps = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RunningApp.StartAsync(assembly, app.Folder, environment, "/openapi/v1.json")));
        try
        {
            await app.Scenario(apps[0].BaseAddress);
            using var client = new HttpClient();
            foreach (var other in apps.Skip(1))
            {
                using var response = await client.GetAsync(new Uri(other.BaseAddress, app.ProtectedPath));
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }
        }
        finally
        {
            foreach (var started in apps)
            {
                await started.DisposeAsync();
            }
        }
    }
}
