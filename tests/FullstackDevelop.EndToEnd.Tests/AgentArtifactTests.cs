using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using Microsoft.OpenApi.Readers;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>The agents' artifacts from a real build, checked with the tools their users run.</summary>
[Collection(UsesPackedPackage.Name)]
public sealed class AgentArtifactTests
{
    private static readonly string[] Routes = { "/api/customers", "/api/orders", "/api/order-lines", "/api/products" };

    private readonly PackedPackage _package;

    public AgentArtifactTests(PackedPackage package)
    {
        _package = package;
    }

    [SkippableFact]
    public async Task The_openapi_document_parses_and_lists_every_endpoint_the_yaml_parses_and_the_sql_schema_applies_to_postgresql()
    {
        using var project = new AgentProject(_package);
        await project.BuildAsync();

        var document = new OpenApiStringReader().Read(File.ReadAllText(Path.Combine(project.OutputFolder, "api", "openapi.yaml")), out var diagnostic);
        Assert.Empty(diagnostic.Errors);
        var operations = document.Paths.SelectMany(path => path.Value.Operations.Select(operation => operation.Key.ToString().ToUpperInvariant() + " " + path.Key)).OrderBy(x => x, StringComparer.Ordinal);
        var expected = Routes.SelectMany(route => new[] { "GET " + route, "POST " + route, "GET " + route + "/{id}", "PUT " + route + "/{id}", "DELETE " + route + "/{id}" }).OrderBy(x => x, StringComparer.Ordinal);
        Assert.Equal(expected, operations);

        var yamlFiles = Directory.GetFiles(project.OutputFolder, "*.*", SearchOption.AllDirectories).Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal)).ToList();
        Assert.True(yamlFiles.Count >= 6, string.Join(", ", yamlFiles));
        foreach (var file in yamlFiles)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            Assert.NotEmpty(stream.Documents);
        }

        var (bin, reason) = PostgresServer.Locate();
        Integration.SkipUnless(bin is not null, reason);
        using var server = PostgresServer.Start(bin!);
        var schema = Path.Combine(project.OutputFolder, "database", "schema.sql");

        // Twice: the schema is meant to be re-applied to a database that has it.
        for (var run = 0; run < 2; run++)
        {
            var (exitCode, output) = server.Psql("-v", "ON_ERROR_STOP=1", "-f", schema);
            Assert.True(exitCode == 0, output);
        }

        var (_, tables) = server.Psql("-At", "-c", "select count(*) from information_schema.tables where table_schema = 'public'");
        Assert.Equal("4", tables.Trim());
        var (_, foreignKeys) = server.Psql("-At", "-c", "select count(*) from information_schema.table_constraints where constraint_type = 'FOREIGN KEY'");
        Assert.Equal("3", foreignKeys.Trim());
    }
}
