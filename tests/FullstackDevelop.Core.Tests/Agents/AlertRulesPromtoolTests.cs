using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Backend;
using FullstackDevelop.Tests.Shared;
using Xunit;
using static FullstackDevelop.Core.Tests.Agents.DevOpsEngineerTests;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// The SRE agent's alert rules pass <c>promtool check rules</c>, and the unit tests it writes beside them pass
/// <c>promtool test rules</c>: every alert fires on series that break its objective and stays quiet on healthy ones.
/// </summary>
public sealed class AlertRulesPromtoolTests
{
    private const string Agent = "site-reliability-engineer";

    public static TheoryData<string> Cases => new()
    {
        "Bookstore", "Keys", "EveryFieldType", "Bookstore small", "Bookstore enterprise", "Bookstore keys", "Bookstore loose objective", "Bookstore regex selector",
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Promtool_checks_the_rules_and_passes_the_generated_tests(string name)
    {
        var promtool = Promtool.Locate();
        using var folder = new TemporaryDirectory();
        var files = AgentSamples.Render(Agent, Requirements(name));
        foreach (var file in files.Where(file => file.Key.StartsWith("monitoring/", StringComparison.Ordinal)))
        {
            File.WriteAllText(folder.Combine(Path.GetFileName(file.Key)), file.Value);
        }

        var check = await ProcessRunner.RunAsync(promtool, folder.Path, TimeSpan.FromMinutes(2), "check", "rules", "alert-rules.yaml");
        Assert.True(check.ExitCode == 0, check.Describe());
        var test = await ProcessRunner.RunAsync(promtool, folder.Path, TimeSpan.FromMinutes(5), "test", "rules", "alert-rules.test.yaml");
        Assert.True(test.ExitCode == 0, test.Describe() + Environment.NewLine + files["monitoring/alert-rules.test.yaml"]);
        Assert.Contains("SUCCESS", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_alert_has_a_case_that_fires_and_one_that_does_not()
    {
        foreach (var name in new[] { "Bookstore", "Keys" })
        {
            var text = AgentSamples.Render(Agent, Requirements(name))["monitoring/alert-rules.test.yaml"];
            var rules = AgentSamples.Render(Agent, Requirements(name))["monitoring/alert-rules.yaml"];
            var alerts = rules.Split('\n').Where(line => line.TrimStart().StartsWith("- alert: ", StringComparison.Ordinal)).Select(line => line.Trim()[9..]).ToList();

            Assert.NotEmpty(alerts);
            Assert.All(alerts, alert =>
            {
                var blocks = text.Split("alertname: " + alert + "\n", StringSplitOptions.None).Skip(1).ToList();
                Assert.Contains(blocks, block => block.TrimStart().StartsWith("exp_alerts:\n", StringComparison.Ordinal));
                Assert.Contains(blocks, block => block.TrimStart().StartsWith("exp_alerts: []", StringComparison.Ordinal));
            });
        }
    }

    private static ProjectRequirements Requirements(string name) => name switch
    {
        "Bookstore small" => WithScale(BackendSamples.Bookstore, ProjectScale.Small),
        "Bookstore enterprise" => WithScale(BackendSamples.Bookstore, ProjectScale.Enterprise),
        "Bookstore keys" => With(
            BackendSamples.Bookstore,
            ("monitoring.runbook-url", "https://runbooks.example.com/api"),
            ("monitoring.selector", "job=\"api\",env=\"prod\""),
            ("monitoring.team", "Team A"),
            ("slo.availability", "99.95"),
            ("slo.latency-p95-ms", "200"),
            ("slo.window", "28d")),
        // Thresholds above an error ratio of 1: the burn alerts cannot fire, and only their quiet cases are written.
        "Bookstore loose objective" => With(BackendSamples.Bookstore, ("slo.availability", "90"), ("slo.window", "99d"), ("slo.latency-p95-ms", "99999")),
        "Bookstore regex selector" => With(BackendSamples.Bookstore, ("monitoring.selector", "job=~\"shop-api\",env!=\"dev\"")),
        _ => Sample(name),
    };

    private static ProjectRequirements With(ProjectRequirements requirements, params (string Key, string Value)[] entries) =>
        entries.Aggregate(requirements, (current, entry) => WithRequirement(current, entry.Key, entry.Value));

    /// <summary>promtool from Debian's <c>prometheus</c> package.</summary>
    private static class Promtool
    {
        public static string Locate()
        {
            var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, "promtool"))
                .FirstOrDefault(File.Exists);
            const string reason = "promtool is not installed; install it with: apt-get install prometheus";
            if (path is null && Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") == "1")
            {
                throw new InvalidOperationException(reason + " (FULLSTACK_REQUIRE_INTEGRATION=1 forbids skipping)");
            }

            Skip.If(path is null, reason);
            return path!;
        }
    }
}
