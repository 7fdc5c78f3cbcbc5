using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// CORS from the requirement key <c>api.cors-origins</c>, over HTTP on the generated backend: preflights from a listed
/// origin get the API's methods and headers, from any other origin (every origin without the key) no CORS headers,
/// and never a 405.
/// </summary>
public sealed class CorsTests
{
    private const string Allowed = "https://app.example.com";

    private static readonly Lazy<Assembly> WithOrigins = new(() => Generate("""[assembly: FullstackDevelop.Requirement("api.cors-origins", "https://app.example.com, http://localhost:5173")]"""));

    private static readonly Lazy<Assembly> WithoutOrigins = new(() => Generate(string.Empty));

    [Theory]
    [InlineData("/api/clinics", "POST")]
    [InlineData("/api/clinics/1", "PUT")]
    [InlineData("/api/clinics/1", "DELETE")]
    public async Task A_preflight_from_a_listed_origin_is_allowed_the_method_and_headers(string path, string method)
    {
        await using var app = await GeneratedWebApp.StartAsync(WithOrigins.Value, "Clinics", "Clinics", "Production", GeneratedWebApp.SchemaOnStartup);

        using var response = await app.Client.SendAsync(Preflight(path, Allowed, method));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains(method, response.Headers.GetValues("Access-Control-Allow-Methods").SelectMany(value => value.Split(',')).Select(value => value.Trim()));
        // The clinics require no sign-in: a JSON body is the only header to allow.
        Assert.Equal("content-type", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant());
    }

    [Fact]
    public async Task A_request_from_a_listed_origin_carries_its_origin_and_exposes_the_location()
    {
        await using var app = await GeneratedWebApp.StartAsync(WithOrigins.Value, "Clinics", "Clinics", "Production", GeneratedWebApp.SchemaOnStartup);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/clinics") { Content = new StringContent("""{ "name": "North" }""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "http://localhost:5173");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("http://localhost:5173", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Location", response.Headers.GetValues("Access-Control-Expose-Headers"));
    }

    [Theory]
    [InlineData(true, "https://evil.example.com")]
    [InlineData(true, "https://app.example.com:8443")]
    [InlineData(false, Allowed)]
    [InlineData(false, "http://localhost:5173")]
    public async Task Any_other_origin_gets_no_cors_headers_and_no_405(bool withOrigins, string origin)
    {
        await using var app = await GeneratedWebApp.StartAsync((withOrigins ? WithOrigins : WithoutOrigins).Value, "Clinics", "Clinics", "Production", GeneratedWebApp.SchemaOnStartup);

        using var preflight = await app.Client.SendAsync(Preflight("/api/clinics", origin, "POST"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/clinics");
        request.Headers.Add("Origin", origin);
        using var simple = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Methods"));
        Assert.Equal(HttpStatusCode.OK, simple.StatusCode);
        Assert.False(simple.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static Assembly Generate(string requirement)
    {
        var files = BackendInputs.Clinics(false).Append(new SourceFile("Cors.cs", requirement)).ToArray();
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace: "Clinics"), GeneratorHarness.Compile(files, "Clinics", web: true));
        Assert.Empty(outcome.CompilationProblems());
        return GeneratedWebApp.Load(outcome.Output);
    }
}
