using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// What the platform sees of a running app: liveness and readiness (which fails while PostgreSQL is down and recovers
/// when it is back), and a <c>/metrics</c> scrape that promtool accepts and that holds every metric of the app that the
/// SRE agent's alert rules and SLOs name; promtool checks those rules and passes their generated unit tests.
/// </summary>
internal static class RuntimeScenario
{
    // Restarted PostgreSQL accepts connections at once, but a pooled connection the restart broke fails one check.
    private const int RecoveryAttempts = 40;

    /// <summary>
    /// Runs the checks against <paramref name="app"/> started at <paramref name="baseAddress"/> on
    /// <paramref name="database"/>; preflights are sent to <paramref name="corsPath"/>, a route of the API.
    /// </summary>
    public static async Task RunAsync(Uri baseAddress, PostgresServer database, TestedApp app, string corsPath)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/live"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/ready"));

        await PreflightsAreAnsweredForTheDeclaredOriginsOnlyAsync(client, corsPath, app.CorsOrigins);
        await MetricsNamedByTheRulesAreScrapedAsync(client, app.Monitoring, app.MetricsJob);
        await PromtoolAcceptsTheRulesAndTheirTestsAsync(app.Monitoring);

        database.Stop();
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusAsync(client, "/health/ready"));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/live"));
        }
        finally
        {
            database.Resume();
        }

        var attempts = 0;
        while (await StatusAsync(client, "/health/ready") != HttpStatusCode.OK)
        {
            Assert.True(++attempts < RecoveryAttempts, "/health/ready did not recover after PostgreSQL came back.");
            await Task.Delay(250);
        }
    }

    // Every declared origin is allowed; the frontend's dev server and a stranger are refused unless declared, so an app
    // that declares no origin refuses them all.
    private static async Task PreflightsAreAnsweredForTheDeclaredOriginsOnlyAsync(HttpClient client, string path, IReadOnlyList<string> declared)
    {
        foreach (var origin in declared.Union(new[] { "http://localhost:5173", "https://evil.example.com" }, StringComparer.Ordinal))
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            using var response = await client.SendAsync(preflight);

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            var allowed = declared.Contains(origin, StringComparer.Ordinal);
            Assert.Equal(allowed ? new[] { origin } : null, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values : null);
        }
    }

    private static async Task MetricsNamedByTheRulesAreScrapedAsync(HttpClient client, string monitoring, string job)
    {
        var scrape = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var promtool = Promtool();
        using (var folder = new TemporaryDirectory())
        {
            File.WriteAllText(folder.Combine("scrape.txt"), scrape);
            var lint = await ProcessRunner.RunAsync("sh", folder.Path, TimeSpan.FromMinutes(1), "-c", promtool + " check metrics < scrape.txt");
            Assert.True(lint.ExitCode == 0, lint.Describe());
        }

        var exposed = scrape.Split('\n').Where(line => line.Length > 0 && line[0] != '#').Select(line => Regex.Match(line, "^[a-zA-Z_:][a-zA-Z0-9_:]*").Value).ToHashSet(StringComparer.Ordinal);
        var named = new[] { "alert-rules.yaml", "slos.yaml" }
            .SelectMany(file => AppMetrics(File.ReadAllText(Path.Combine(monitoring, file)), job))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("http_server_request_duration_seconds_count", named);
        Assert.Contains("http_server_request_duration_seconds_bucket", named);
        Assert.All(named, metric => Assert.True(exposed.Contains(metric), metric + " is named by the rules but not in the scrape:\n" + scrape));
    }

    // The metrics the rules select with the app's job label: `up` is Prometheus's own record of each scrape, and the
    // Kubernetes alerts read kube-state-metrics and the kubelet, not the app.
    private static IEnumerable<string> AppMetrics(string rules, string job) =>
        Regex.Matches(rules, "([a-zA-Z_:][a-zA-Z0-9_:]*)\\{job=\"" + Regex.Escape(job) + "\"")
            .Select(match => match.Groups[1].Value)
            .Where(name => name != "up");

    private static async Task PromtoolAcceptsTheRulesAndTheirTestsAsync(string monitoring)
    {
        var promtool = Promtool();
        var check = await ProcessRunner.RunAsync(promtool, monitoring, TimeSpan.FromMinutes(2), "check", "rules", "alert-rules.yaml");
        Assert.True(check.ExitCode == 0, check.Describe());
        var test = await ProcessRunner.RunAsync(promtool, monitoring, TimeSpan.FromMinutes(5), "test", "rules", "alert-rules.test.yaml");
        Assert.True(test.ExitCode == 0, test.Describe());
    }

    private static string Promtool()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "promtool"))
            .FirstOrDefault(File.Exists);
        Integration.SkipUnless(path is not null, "promtool is not installed; install it with: apt-get install prometheus");
        return path!;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }
}
