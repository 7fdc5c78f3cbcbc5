using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// The generated backend's liveness, readiness and metrics endpoints, served in-process on Kestrel and SQLite; and the
/// warning that names each package a project lacks for them.
/// </summary>
public sealed class HealthAndMetricsTests
{
    private static readonly Lazy<Assembly> Clinics = new(() =>
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace: "Clinics"), GeneratorHarness.Compile(BackendInputs.Clinics(false), "Clinics", web: true));
        Assert.Empty(outcome.CompilationProblems());
        return GeneratedWebApp.Load(outcome.Output);
    });

    [Fact]
    public async Task Readiness_fails_while_the_database_is_gone_and_liveness_does_not()
    {
        await using var app = await GeneratedWebApp.StartAsync(Clinics.Value, "Clinics", "Clinics", "Production", GeneratedWebApp.SchemaOnStartup);
        await ExpectAsync(app, "/health/live", HttpStatusCode.OK, "Healthy");
        await ExpectAsync(app, "/health/ready", HttpStatusCode.OK, "Healthy");

        // EF Core's SQLite provider can connect only to a database file that exists.
        var database = app.DatabaseFile;
        File.Move(database, database + ".away");
        await ExpectAsync(app, "/health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
        await ExpectAsync(app, "/health/live", HttpStatusCode.OK, "Healthy");

        File.Move(database + ".away", database);
        await ExpectAsync(app, "/health/ready", HttpStatusCode.OK, "Healthy");
    }

    [Fact]
    public async Task Metrics_count_api_requests_by_route_and_status_but_not_probes_or_scrapes()
    {
        await using var app = await GeneratedWebApp.StartAsync(Clinics.Value, "Clinics", "Clinics", "Production", GeneratedWebApp.SchemaOnStartup);
        using (var created = await app.Client.PostAsync(new Uri("/api/clinics", UriKind.Relative), new StringContent("""{ "name": "North" }""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await ExpectAsync(app, "/api/clinics/999", HttpStatusCode.NotFound, string.Empty);
        await ExpectAsync(app, "/health/ready", HttpStatusCode.OK, "Healthy");
        await ExpectAsync(app, "/metrics", HttpStatusCode.OK, string.Empty);

        using var scrape = await app.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await scrape.Content.ReadAsStringAsync();
        Assert.Equal("text/plain", scrape.Content.Headers.ContentType!.MediaType);
        var counts = text.Split('\n').Where(line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)).ToList();
        Assert.Contains(counts, line => line.Contains("http_route=\"/api/clinics/\"", StringComparison.Ordinal) && line.Contains("http_response_status_code=\"201\"", StringComparison.Ordinal));
        Assert.Contains(counts, line => line.Contains("http_route=\"/api/clinics/{id:int}\"", StringComparison.Ordinal) && line.Contains("http_response_status_code=\"404\"", StringComparison.Ordinal));
        Assert.DoesNotContain(counts, line => line.Contains("/health/", StringComparison.Ordinal) || line.Contains("/metrics", StringComparison.Ordinal));
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_sum{", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BackendPackages.HealthChecksAssembly, "The health endpoints", "add <PackageReference Include=\"Microsoft.Extensions.Diagnostics.HealthChecks.EntityFrameworkCore\" />")]
    [InlineData(BackendPackages.PrometheusExporterAssembly, "The Prometheus metrics", "add <PackageReference Include=\"OpenTelemetry.Exporter.Prometheus.AspNetCore\" Version=\"1.20.1-beta.1\" />")]
    [InlineData(BackendPackages.AspNetCoreInstrumentationAssembly, "The Prometheus metrics", "add <PackageReference Include=\"OpenTelemetry.Instrumentation.AspNetCore\" />")]
    public void A_missing_package_leaves_its_endpoints_out_with_a_warning_that_says_how_to_add_it(string assembly, string what, string howToAdd)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace: "Clinics"), GeneratorHarness.Compile(BackendInputs.Clinics(false), "Clinics", web: true, without: assembly));

        Assert.Empty(outcome.CompilationProblems());
        // Doctor.HomeAddress is left out on purpose (FSD0008); nothing else is missing.
        var warning = Assert.Single(outcome.WarningsAndErrors, diagnostic => diagnostic.Id != "FSD0008");
        Assert.Equal(ProblemCatalog.MissingPackage.Id, warning.Id);
        Assert.StartsWith(what + " are not generated because the project does not reference " + assembly + ": " + howToAdd, warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggested_exporter_version_is_the_one_the_repository_builds_and_tests_with()
    {
        var props = System.Xml.Linq.XDocument.Load(RepositoryPaths.Combine("Directory.Packages.props"));
        var version = props.Descendants("PackageVersion").Single(element => (string?)element.Attribute("Include") == BackendPackages.PrometheusExporterAssembly).Attribute("Version")!.Value;

        Assert.Equal(BackendPackages.PrometheusExporterVersion, version);
    }

    private static async Task ExpectAsync(GeneratedWebApp app, string path, HttpStatusCode status, string body)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, path + ": " + (int)response.StatusCode + " " + text);
        Assert.StartsWith(body, text, StringComparison.Ordinal);
    }
}
