using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Microsoft.OpenApi.Readers;
using Xunit;
using Xunit.Abstractions;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// A 1,000-entity project of JHipster's benchmark model, built from the packed package with one cold
/// <c>dotnet build</c> that every test here shares: the generator and every agent succeed, the generated backend
/// compiles, and the agents' artifacts are usable by the tools their users run.
/// </summary>
[Collection(UsesPackedPackage.Name)]
public sealed partial class EnterpriseScaleTests : IClassFixture<BenchmarkModelBuild>
{
    private static readonly string[] Operations = { "GET {0}", "POST {0}", "GET {0}/{{id}}", "PUT {0}/{{id}}", "DELETE {0}/{{id}}" };

    private readonly PackedPackage _package;
    private readonly BenchmarkModelBuild _project;
    private readonly ITestOutputHelper _output;

    public EnterpriseScaleTests(PackedPackage package, BenchmarkModelBuild project, ITestOutputHelper output)
    {
        _package = package;
        _project = project;
        _output = output;
    }

    [Fact]
    public async Task The_build_succeeds_with_every_agent_run_and_nothing_reported_by_FullstackDevelop()
    {
        var build = await BuiltAsync();

        Assert.DoesNotContain("warning FSD", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error FSD", build.Output, StringComparison.Ordinal);
        var report = new BuildReport(System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(_project.ReportPath)).RootElement.Clone());
        Assert.NotEmpty(report.Agents);
        Assert.All(report.Agents, agent => Assert.True(report.StatusOf(agent.Key) == "ran", agent.Key + " is " + report.StatusOf(agent.Key)));
    }

    [Fact]
    public async Task The_generated_backend_has_every_entity_and_compiles_with_the_program_that_calls_it()
    {
        await BuiltAsync();

        var configured = Directory.GetFiles(_project.GeneratedFolder, "*.g.cs", SearchOption.AllDirectories)
            .SelectMany(path => EntityConfiguration().Matches(File.ReadAllText(path)).Select(match => match.Groups["entity"].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, BenchmarkModelBuild.Entities).Select(BenchmarkModel.EntityName).ToHashSet(StringComparer.Ordinal), configured);
        Assert.True(File.Exists(Path.Combine(_project.Root, "bin", "Debug", "net10.0", "Synthetic.dll")), "The project's assembly was not built.");
    }

    [Fact]
    public async Task The_openapi_document_parses_without_errors_and_lists_every_entity_s_endpoints()
    {
        await BuiltAsync();

        var document = new OpenApiStringReader().Read(File.ReadAllText(Path.Combine(_project.OutputFolder, "api", "openapi.yaml")), out var diagnostic);

        Assert.Empty(diagnostic.Errors);
        var operations = document.Paths.SelectMany(path => path.Value.Operations.Select(operation => operation.Key.ToString().ToUpperInvariant() + " " + path.Key)).ToHashSet(StringComparer.Ordinal);
        var route = "/api/" + Kebab(BenchmarkModel.EntityName(BenchmarkModelBuild.Entities - 1)) + "s";
        Assert.All(Operations, operation => Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, operation, route), operations));
        Assert.Equal(BenchmarkModelBuild.Entities * Operations.Length, operations.Count);
    }

    [SkippableFact]
    public async Task The_sql_schema_applies_to_postgresql_with_every_table_and_foreign_key()
    {
        await BuiltAsync();
        var (bin, reason) = PostgresServer.Locate();
        Integration.SkipUnless(bin is not null, reason);
        using var server = PostgresServer.Start(bin!);

        var (exitCode, output) = server.Psql("-v", "ON_ERROR_STOP=1", "-q", "-f", Path.Combine(_project.OutputFolder, "database", "schema.sql"));

        Assert.True(exitCode == 0, output);
        var (_, tables) = server.Psql("-At", "-c", "select count(*) from information_schema.tables where table_schema = 'public'");
        Assert.Equal(BenchmarkModelBuild.Entities.ToString(System.Globalization.CultureInfo.InvariantCulture), tables.Trim());
        var (_, foreignKeys) = server.Psql("-At", "-c", "select count(*) from information_schema.table_constraints where constraint_type = 'FOREIGN KEY'");
        Assert.Equal((BenchmarkModelBuild.Entities - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), foreignKeys.Trim());
    }

    private async Task<ProcessResult> BuiltAsync()
    {
        var result = await _project.BuildAsync(_package);
        _output.WriteLine($"dotnet build of {BenchmarkModelBuild.Entities} entities: {result.Elapsed.TotalSeconds:0.0} s");
        Assert.True(result.Build.ExitCode == 0, result.Build.Describe());
        return result.Build;
    }

    // The EF Core configuration the backend generates for each entity.
    [GeneratedRegex(@"IEntityTypeConfiguration<global::Synthetic\.Domain\.(?<entity>\w+)>")]
    private static partial Regex EntityConfiguration();

    // Entity0999 is routed as /api/entity0999s: its name in kebab case, pluralised.
    private static string Kebab(string name) => string.Concat(name.Select((character, index) => char.IsUpper(character) && index > 0 ? "-" + char.ToLowerInvariant(character) : char.ToLowerInvariant(character).ToString()));
}
