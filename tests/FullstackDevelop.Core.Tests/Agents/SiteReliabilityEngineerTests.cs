using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;
using YamlDotNet.RepresentationModel;
using static FullstackDevelop.Core.Tests.Agents.DevOpsEngineerTests;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class SiteReliabilityEngineerTests
{
    private const string Agent = "site-reliability-engineer";

    public static TheoryData<string> SampleNames => new() { "Bookstore", "Keys", "EveryFieldType" };

    public static TheoryData<ProjectScale, string, int> Objectives => new()
    {
        { ProjectScale.Small, "0.99", 1000 },
        { ProjectScale.Medium, "0.995", 500 },
        { ProjectScale.Large, "0.999", 250 },
        { ProjectScale.Enterprise, "0.9995", 250 },
    };

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_yaml_file_parses_into_mappings(string sample)
    {
        var files = AgentSamples.Render(Agent, Sample(sample));

        Assert.Equal(new[] { "docs/capacity-plan.md", "monitoring/alert-rules.test.yaml", "monitoring/alert-rules.yaml", "monitoring/slos.yaml" }, files.Keys);
        Assert.All(files.Where(file => file.Key.EndsWith(".yaml", StringComparison.Ordinal)), file =>
            Assert.All(Documents(file.Value), document => Assert.IsType<YamlMappingNode>(document)));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_alert_rule_has_an_expression_labels_and_a_summary(string sample)
    {
        var requirements = Sample(sample);
        var name = AgentSamples.Model(requirements).Project.KebabName;

        var groups = Rules(requirements);

        Assert.Equal(new[] { name + "-api-slo-error-ratios", name + "-api-slo-alerts", name + "-api-kubernetes" }, groups.Select(group => Text(group, "name")));
        foreach (var group in groups)
        {
            var rules = Assert.IsType<YamlSequenceNode>(Node(group, "rules"));
            Assert.NotEmpty(rules);
            foreach (var rule in rules)
            {
                var expression = Text(rule, "expr");
                Assert.False(string.IsNullOrWhiteSpace(expression));
                AssertBalanced(expression);
                Assert.NotEqual(Optional(rule, "record") is null, Optional(rule, "alert") is null);
                if (Optional(rule, "alert") is not null)
                {
                    Assert.Contains(Text(rule, "labels", "severity"), new[] { "page", "ticket" });
                    Assert.Equal(name, Text(rule, "labels", "service"));
                    Assert.False(string.IsNullOrWhiteSpace(Text(rule, "annotations", "summary")));
                    Assert.False(string.IsNullOrWhiteSpace(Text(rule, "annotations", "description")));
                }
            }
        }

        // Prometheus's own template syntax survives Scriban.
        Assert.Contains("{{ $value | humanizePercentage }}", AgentSamples.Render(Agent, requirements)["monitoring/alert-rules.yaml"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Alert_rules_watch_the_autoscaler_or_the_database_volume_as_the_deployment_has(string sample)
    {
        var requirements = Sample(sample);
        var project = AgentSamples.Model(requirements).Project;

        var alerts = Alerts(requirements);

        var prefix = project.Prefix + "Api";
        Assert.Contains(prefix + "ErrorBudgetFastBurn", alerts.Keys);
        Assert.Contains(prefix + "ErrorBudgetSlowBurn", alerts.Keys);
        Assert.Contains(prefix + "LatencyHigh", alerts.Keys);
        Assert.Contains(prefix + "PodRestarting", alerts.Keys);
        Assert.Contains("kube_pod_container_status_restarts_total", Text(alerts[prefix + "PodRestarting"], "expr"), StringComparison.Ordinal);
        Assert.Equal(project.UsesPostgreSql, alerts.ContainsKey(prefix + "AutoscalerAtMaximum"));
        Assert.Equal(!project.UsesPostgreSql, alerts.ContainsKey(prefix + "DatabaseVolumeFilling"));
        if (project.UsesPostgreSql)
        {
            Assert.Contains("kube_horizontalpodautoscaler_spec_max_replicas{horizontalpodautoscaler=\"" + project.KebabName + "\"}", Text(alerts[prefix + "AutoscalerAtMaximum"], "expr"), StringComparison.Ordinal);
        }

        var latency = Text(alerts[prefix + "LatencyHigh"], "expr");
        Assert.Contains("histogram_quantile(0.95,", latency, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{job=\"" + project.KebabName + "\"}", latency, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProjectScale.Small, "99.0", "0.99")]
    [InlineData(ProjectScale.Medium, "99.5", "0.995")]
    [InlineData(ProjectScale.Large, "99.9", "0.999")]
    [InlineData(ProjectScale.Enterprise, "99.95", "0.9995")]
    public void The_requirements_spec_promises_the_availability_the_slo_targets(ProjectScale scale, string percent, string target)
    {
        var requirements = WithScale(BackendSamples.Bookstore, scale);

        var spec = AgentSamples.Render("product-manager", requirements)["docs/requirements.md"];

        Assert.Contains("| NFR-2 | Availability | " + percent + "% of requests succeed each month", spec, StringComparison.Ordinal);
        Assert.Equal(target, Target(Slos(requirements), "bookstore-api-availability"));
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Objectives_follow_the_scale(ProjectScale scale, string availability, int latencyMilliseconds)
    {
        var requirements = WithScale(BackendSamples.Bookstore, scale);

        var objectives = Slos(requirements);

        Assert.Equal(availability, Target(objectives, "bookstore-api-availability"));
        Assert.Equal("0.95", Target(objectives, "bookstore-api-latency"));
        var seconds = (latencyMilliseconds / 1000.0).ToString(CultureInfo.InvariantCulture);
        Assert.Contains(",le=" + (latencyMilliseconds % 1000 == 0 ? "~\"" + seconds + "|" + seconds + "\\\\.0\"" : "\"" + seconds + "\""), GoodQuery(objectives, "bookstore-api-latency"), StringComparison.Ordinal);

        var alerts = Alerts(requirements);
        var budget = 1 - double.Parse(availability, CultureInfo.InvariantCulture);
        Assert.Contains("rate1h{service=\"bookstore\"} > " + Threshold(14.4 * budget), Text(alerts["BookstoreApiErrorBudgetFastBurn"], "expr"), StringComparison.Ordinal);
        Assert.Contains("rate6h{service=\"bookstore\"} > " + Threshold(6 * budget), Text(alerts["BookstoreApiErrorBudgetFastBurn"], "expr"), StringComparison.Ordinal);
        Assert.Contains("rate3d{service=\"bookstore\"} > " + Threshold(budget), Text(alerts["BookstoreApiErrorBudgetSlowBurn"], "expr"), StringComparison.Ordinal);
        Assert.EndsWith("> " + seconds, Text(alerts["BookstoreApiLatencyHigh"], "expr").TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Slo_requirements_override_the_scale_defaults()
    {
        var requirements = WithRequirement(WithRequirement(WithRequirement(BackendSamples.Bookstore, "slo.availability", "99.9"), "slo.latency-p95-ms", "300"), "slo.window", "28d");

        var objectives = Slos(requirements);

        Assert.Equal("0.999", Target(objectives, "bookstore-api-availability"));
        Assert.Equal("28d", Text(Item(Node(Slo(objectives, "bookstore-api-availability"), "spec", "timeWindow"), 0), "duration"));
        // 300 ms is between buckets: the objective counts requests in the next one up.
        Assert.Contains(",le=\"0.5\"}", GoodQuery(objectives, "bookstore-api-latency"), StringComparison.Ordinal);

        var alerts = Alerts(requirements);
        // Over 28 days, 2% of the budget in an hour is a burn rate of 13.44.
        Assert.Contains("rate1h{service=\"bookstore\"} > 0.01344", Text(alerts["BookstoreApiErrorBudgetFastBurn"], "expr"), StringComparison.Ordinal);
        Assert.EndsWith("> 0.3", Text(alerts["BookstoreApiLatencyHigh"], "expr").TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("95% within 300 ms", AgentSamples.Render(Agent, requirements)["docs/capacity-plan.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_slo_requirements_fall_back_to_the_scale_defaults_with_a_note()
    {
        var requirements = WithRequirement(BackendSamples.Bookstore, "slo.availability", "100");

        var text = AgentSamples.Render(Agent, requirements)["monitoring/slos.yaml"];

        Assert.Contains("# Note: slo.availability \"100\" is not a percentage from 90 to 99.999; the medium default 99.5 applies.", text, StringComparison.Ordinal);
        Assert.Equal("0.995", Target(Documents(text), "bookstore-api-availability"));
    }

    [Fact]
    public void Monitoring_requirements_route_the_alerts()
    {
        var requirements = WithRequirement(
            WithRequirement(WithRequirement(BackendSamples.Bookstore, "monitoring.team", "shop"), "monitoring.runbook-url", "https://runbooks.example.com/bookstore"),
            "monitoring.selector",
            "service=\"bookstore-api\",namespace=\"shop\"");

        var alerts = Alerts(requirements);

        Assert.All(alerts.Values, alert =>
        {
            Assert.Equal("shop", Text(alert, "labels", "team"));
            Assert.StartsWith("https://runbooks.example.com/bookstore#bookstoreapi", Text(alert, "annotations", "runbook_url"), StringComparison.Ordinal);
        });
        Assert.Contains("{service=\"bookstore-api\",namespace=\"shop\"}", Text(alerts["BookstoreApiLatencyHigh"], "expr"), StringComparison.Ordinal);
        Assert.Contains("{service=\"bookstore-api\",namespace=\"shop\"}", Text(Slo(Slos(requirements), "bookstore-api-availability"), "spec", "indicator", "spec", "ratioMetric", "total", "metricSource", "spec", "query"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Capacity_plan_multiplies_the_profile_of_the_scale(ProjectScale scale, string availability, int latencyMilliseconds)
    {
        var profile = InfrastructureProfiles.For(scale);

        var plan = AgentSamples.Render(Agent, WithScale(BackendSamples.Bookstore, scale))["docs/capacity-plan.md"];

        Assert.StartsWith("# Capacity plan: Bookstore\n", plan, StringComparison.Ordinal);
        Assert.Contains($"| API pods | {profile.Replicas} to {profile.MaxReplicas}, scaled on CPU at {profile.TargetCpuUtilization}% of the request |", plan, StringComparison.Ordinal);
        Assert.Contains($"| Database | PostgreSQL, {profile.DatabaseStorage} volume |", plan, StringComparison.Ordinal);
        Assert.Contains($"| Estimated cost | {profile.MonthlyCost} per month |", plan, StringComparison.Ordinal);
        Assert.Contains($"| Network traffic | {profile.Bandwidth} |", plan, StringComparison.Ordinal);
        Assert.Contains($"{Percent(availability)}% of requests without a server error, 95% within {latencyMilliseconds} ms", plan, StringComparison.Ordinal);
        foreach (var (label, pods) in new[] { ("Minimum", profile.Replicas), ("Maximum", profile.MaxReplicas) })
        {
            var row = $"| {label} | {pods} | {Cores(profile.CpuRequest, pods)} | {Cores(profile.CpuLimit, pods)} | {Memory(profile.MemoryRequest, pods)} | {Memory(profile.MemoryLimit, pods)} |";
            Assert.Contains(row, plan, StringComparison.Ordinal);
        }

        Assert.Contains($"| Maximum during a rollout (one extra pod) | {profile.MaxReplicas + 1} |", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Capacity_plan_estimates_the_load_of_the_expected_users()
    {
        var plan = AgentSamples.Render(Agent, BackendSamples.Bookstore)["docs/capacity-plan.md"];

        // 5,000 users: 500 active at the peak, one request each every five seconds.
        Assert.Contains("**5,000 expected users**", plan, StringComparison.Ordinal);
        Assert.Contains("the peak load is about **100 requests per second**", plan, StringComparison.Ordinal);
        Assert.Contains("At the minimum of 3 pods that is about 34 requests per second per pod.", plan, StringComparison.Ordinal);
        // Seven pods at most (the medium profile's 4 vCPUs at 500m each, less one for a rollout): 90 spare connections, 12 each.
        Assert.Contains("At 7 pods, the connection strings of `deploy/` set `Maximum Pool Size=12`", plan, StringComparison.Ordinal);

        // Fifteen pods on the large profile: PostgreSQL's 90 spare connections leave fewer than 10 each.
        Assert.Contains("set\n  `Maximum Pool Size=10`, so raise `max_connections` to at least 160", AgentSamples.Render(Agent, WithScale(BackendSamples.Bookstore, ProjectScale.Large))["docs/capacity-plan.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Capacity_plan_of_a_sqlite_project_runs_one_pod()
    {
        var profile = InfrastructureProfiles.For(ProjectScale.Small);

        var plan = AgentSamples.Render(Agent, BackendSamples.Keys)["docs/capacity-plan.md"];

        Assert.Contains("| API pods | 1 (SQLite allows a single writer) |", plan, StringComparison.Ordinal);
        Assert.Contains($"| Always | 1 | {Cores(profile.CpuRequest, 1)} | {Cores(profile.CpuLimit, 1)} | {Memory(profile.MemoryRequest, 1)} | {Memory(profile.MemoryLimit, 1)} |", plan, StringComparison.Ordinal);
        Assert.Contains($"SQLite on a {profile.DatabaseStorage} persistent volume", plan, StringComparison.Ordinal);
        Assert.Contains("| Expected users | not declared |", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("autoscaler adds pods", plan, StringComparison.Ordinal);
    }

    private static List<YamlNode> Rules(ProjectRequirements requirements) =>
        ((YamlSequenceNode)Node(Documents(AgentSamples.Render(Agent, requirements)["monitoring/alert-rules.yaml"]).Single(), "groups")).Children.ToList();

    private static Dictionary<string, YamlNode> Alerts(ProjectRequirements requirements) =>
        Rules(requirements)
            .SelectMany(group => (YamlSequenceNode)Node(group, "rules"))
            .Where(rule => Optional(rule, "alert") is not null)
            .ToDictionary(rule => Text(rule, "alert"), StringComparer.Ordinal);

    private static IReadOnlyList<YamlNode> Slos(ProjectRequirements requirements) => Documents(AgentSamples.Render(Agent, requirements)["monitoring/slos.yaml"]);

    private static YamlNode Slo(IReadOnlyList<YamlNode> documents, string name)
    {
        Assert.All(documents, document => Assert.Equal("openslo/v1", Text(document, "apiVersion")));
        return Assert.Single(documents, document => Text(document, "kind") == "SLO" && Text(document, "metadata", "name") == name);
    }

    private static string Target(IReadOnlyList<YamlNode> documents, string name) =>
        Text(Item(Node(Slo(documents, name), "spec", "objectives"), 0), "target");

    private static string GoodQuery(IReadOnlyList<YamlNode> documents, string name) =>
        Text(Slo(documents, name), "spec", "indicator", "spec", "ratioMetric", "good", "metricSource", "spec", "query");

    private static string Threshold(double value) => Math.Round(value, 6).ToString(CultureInfo.InvariantCulture);

    private static string Percent(string ratio) => (double.Parse(ratio, CultureInfo.InvariantCulture) * 100).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Cores(string quantity, int pods)
    {
        var millicores = quantity.EndsWith('m') ? double.Parse(quantity[..^1], CultureInfo.InvariantCulture) : double.Parse(quantity, CultureInfo.InvariantCulture) * 1000;
        return (millicores * pods / 1000).ToString("0.##", CultureInfo.InvariantCulture) + " vCPU";
    }

    private static string Memory(string quantity, int pods)
    {
        var mebibytes = quantity.EndsWith("Gi", StringComparison.Ordinal) ? double.Parse(quantity[..^2], CultureInfo.InvariantCulture) * 1024 : double.Parse(quantity[..^2], CultureInfo.InvariantCulture);
        var total = mebibytes * pods;
        return total >= 1024 ? (total / 1024).ToString("0.##", CultureInfo.InvariantCulture) + " GiB" : total.ToString(CultureInfo.InvariantCulture) + " MiB";
    }

    /// <summary>Parentheses, brackets and braces pair up outside the PromQL strings.</summary>
    private static void AssertBalanced(string expression)
    {
        var open = new Stack<char>();
        var quoted = false;
        for (var index = 0; index < expression.Length; index++)
        {
            var character = expression[index];
            if (quoted)
            {
                if (character == '\\')
                {
                    index++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }

                continue;
            }

            switch (character)
            {
                case '"':
                    quoted = true;
                    break;
                case '(' or '[' or '{':
                    open.Push(character);
                    break;
                case ')' or ']' or '}':
                    Assert.True(open.Count > 0, "Unopened " + character + " in " + expression);
                    Assert.Equal(character switch { ')' => '(', ']' => '[', _ => '{' }, open.Pop());
                    break;
            }
        }

        Assert.False(quoted, "Unterminated string in " + expression);
        Assert.Empty(open);
    }
}
