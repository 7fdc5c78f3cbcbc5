using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Backend;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Readers;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// Numbers and names that two artifacts both state, read back from each artifact as its users read it (YAML parsed,
/// Markdown tables split into cells) and compared: they come from one place in the model, so they agree for every
/// profile.
/// </summary>
public sealed class CrossArtifactNumbersTests
{
    private static readonly ProjectScale[] AllScales = { ProjectScale.Small, ProjectScale.Medium, ProjectScale.Large, ProjectScale.Enterprise };

    // Three different models: the sample (PostgreSQL, medium by its users), a SQLite project with other entities and
    // names (one pod), and a second PostgreSQL project; each cross-check runs at every scale.
    private static readonly Dictionary<string, ProjectRequirements> Models = new(StringComparer.Ordinal)
    {
        ["bookstore"] = BackendSamples.Bookstore,
        ["clinics-on-sqlite"] = BackendSamples.Clinics,
        ["every-type"] = AgentSamples.EveryFieldType,
    };

    public static TheoryData<string> ModelNames() => new(Models.Keys);

    public static TheoryData<string, ProjectScale> ModelsAndScales()
    {
        var data = new TheoryData<string, ProjectScale>();
        foreach (var model in Models.Keys)
        {
            foreach (var scale in AllScales)
            {
                data.Add(model, scale);
            }
        }

        return data;
    }

    // The objectives as declared by slo. keys, valid or not, or the profile's when the value is empty.
    public static TheoryData<string, ProjectScale, string, string, string> DeclaredObjectives()
    {
        var data = new TheoryData<string, ProjectScale, string, string, string>();
        foreach (var model in Models.Keys)
        {
            foreach (var scale in AllScales)
            {
                data.Add(model, scale, string.Empty, string.Empty, string.Empty);
            }

            data.Add(model, ProjectScale.Small, "99.95", "300", "28d");
            data.Add(model, ProjectScale.Large, "95", "1500", "7d");
            data.Add(model, ProjectScale.Medium, "99.999", "2", "90d");
            data.Add(model, ProjectScale.Enterprise, "100", "0", "4w");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelsAndScales))]
    public void The_capacity_plan_never_asks_for_more_cpu_or_memory_than_its_own_profile_has(string model, ProjectScale scale)
    {
        var plan = Rows(Render("site-reliability-engineer", Sample(model, scale))["docs/capacity-plan.md"]);

        var profile = plan["Whole deployment (profile)"][0].Split(", ");
        var profileMillicores = double.Parse(profile[0].Split(' ')[0], CultureInfo.InvariantCulture) * 1000;
        var profileMebibytes = double.Parse(profile[1].Split("GB")[0], CultureInfo.InvariantCulture) * 1024;
        foreach (var row in plan.ContainsKey("Always") ? new[] { "Always" } : new[] { "Maximum", "Maximum during a rollout (one extra pod)" })
        {
            Assert.True(Millicores(plan[row][1]) <= profileMillicores, $"{row}: {plan[row][1]} requested, the profile has {profile[0]}.");
            Assert.True(Mebibytes(plan[row][3]) <= profileMebibytes, $"{row}: {plan[row][3]} requested, the profile has {profile[1]}.");
        }
    }

    [Theory]
    [MemberData(nameof(ModelsAndScales))]
    public void Replicas_and_pod_sizes_agree_across_kubernetes_the_capacity_plan_the_alert_rules_and_the_documents(string model, ProjectScale scale)
    {
        var requirements = Sample(model, scale);
        var sre = Render("site-reliability-engineer", requirements);
        var plan = Rows(sre["docs/capacity-plan.md"]);
        var kubernetes = Documents(Render("devops-engineer", requirements)["deploy/kubernetes/app.yaml"]);
        var autoscaler = kubernetes.SingleOrDefault(document => Text(document, "kind") == "HorizontalPodAutoscaler");
        var deployment = kubernetes.Single(document => Text(document, "kind") == "Deployment");
        var container = (YamlMappingNode)((YamlSequenceNode)Node(deployment, "spec", "template", "spec", "containers")).Children[0];

        // The pods Kubernetes runs: the autoscaler's range, or the Deployment's fixed count when nothing scales it.
        var minimum = autoscaler is null ? Text(deployment, "spec", "replicas") : Text(autoscaler, "spec", "minReplicas");
        var maximum = autoscaler is null ? minimum : Text(autoscaler, "spec", "maxReplicas");
        var scalesOut = autoscaler is not null;
        Assert.Equal(Models[model].Project.Stack.Contains("postgresql"), scalesOut);
        if (scalesOut)
        {
            Assert.Equal(minimum, plan["Minimum"][0]);
            Assert.Equal(maximum, plan["Maximum"][0]);
            Assert.Equal(minimum + " to " + maximum + ",", string.Join(" ", plan["API pods"][0].Split(' ').Take(3)));
            Assert.Equal((int.Parse(maximum, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture), plan["Maximum during a rollout (one extra pod)"][0]);
        }
        else
        {
            Assert.Equal("1", minimum);
            Assert.Equal(minimum, plan["Always"][0]);
            Assert.StartsWith(minimum + " ", plan["API pods"][0], StringComparison.Ordinal);
        }

        Assert.Equal(Text(container, "resources", "requests", "cpu"), plan["Request"][0].Split(' ')[0]);
        Assert.Equal(Text(container, "resources", "requests", "memory"), plan["Request"][1].Split(' ')[0]);
        Assert.Equal(Text(container, "resources", "limits", "cpu"), plan["Limit"][0].Split(' ')[0]);
        Assert.Equal(Text(container, "resources", "limits", "memory"), plan["Limit"][1].Split(' ')[0]);

        var rules = Rules(sre["monitoring/alert-rules.yaml"]);
        var atMaximum = rules.SingleOrDefault(rule => Alert(rule).EndsWith("AutoscalerAtMaximum", StringComparison.Ordinal));
        Assert.Equal(scalesOut, atMaximum is not null);
        if (atMaximum is not null)
        {
            Assert.Matches("at its maximum of " + maximum + " pods$", Text(atMaximum, "annotations", "summary"));
            var expected = ExpectedAlerts(sre["monitoring/alert-rules.test.yaml"]).Where(alert => alert.Summary.Contains("at its maximum", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(expected);
            Assert.All(expected, alert => Assert.EndsWith("at its maximum of " + maximum + " pods", alert.Summary, StringComparison.Ordinal));
        }

        var range = scalesOut ? minimum + " to " + maximum + "," : minimum + " (SQLite";
        var architecture = Rows(Render("technical-architect", requirements)["docs/architecture.md"]);
        Assert.StartsWith(range, architecture["API replicas"][0], StringComparison.Ordinal);
        Assert.StartsWith(minimum + " to " + maximum + " API replicas (" + Text(container, "resources", "requests", "cpu") + " CPU / " + Text(container, "resources", "requests", "memory") + " requested", architecture["Deployment"][1], StringComparison.Ordinal);

        var delivery = Rows(Render("development-coordinator", requirements)["docs/delivery-report.md"]);
        Assert.StartsWith(range, delivery["API pods"][0], StringComparison.Ordinal);

        var scalability = Rows(Render("product-manager", requirements)["docs/requirements.md"])["NFR-3"][1];
        Assert.StartsWith(scalesOut ? "At least " + minimum + " API instances, scaled out to " + maximum + " " : "One API instance:", scalability, StringComparison.Ordinal);

        var testPlan = Render("qa-engineer", requirements)["docs/test-plan.md"];
        var staging = Rows(testPlan)["Staging"][1];
        Assert.EndsWith(", " + minimum + " API replica" + (minimum == "1" ? string.Empty : "s"), staging, StringComparison.Ordinal);
        var sized = Regex.Match(testPlan, @"with (?:([0-9]+) to ([0-9]+) API pods|one API pod) of ([0-9.m]+) CPU / ([0-9A-Za-z]+) memory requested");
        Assert.True(sized.Success, "The test plan states the pods it sizes the load test for.");
        Assert.Equal(scalesOut ? minimum : string.Empty, sized.Groups[1].Value);
        Assert.Equal(scalesOut ? maximum : string.Empty, sized.Groups[2].Value);
        Assert.Equal(Text(container, "resources", "requests", "cpu"), sized.Groups[3].Value);
        Assert.Equal(scalesOut, Rows(testPlan).TryGetValue("Scaling", out var scaling));
        if (scaling is not null)
        {
            Assert.EndsWith("up to " + maximum + " and the SLOs recover", scaling[1], StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(DeclaredObjectives))]
    public void Availability_latency_window_and_error_budget_agree_across_the_slos_the_alert_rules_their_tests_the_capacity_plan_and_the_requirements_spec(string model, ProjectScale scale, string availability, string latency, string window)
    {
        var requirements = Sample(model, scale);
        foreach (var (key, value) in new[] { ("slo.availability", availability), ("slo.latency-p95-ms", latency), ("slo.window", window) }.Where(entry => entry.Item2.Length > 0))
        {
            requirements = DevOpsEngineerTests.WithRequirement(requirements, key, value);
        }

        // The SLOs as OpenSLO tools read them: the objective's target and the rolling window.
        var sre = Render("site-reliability-engineer", requirements);
        var slos = Documents(sre["monitoring/slos.yaml"]).Where(document => Text(document, "kind") == "SLO").ToList();
        var availabilitySlo = slos.Single(slo => Text(slo, "metadata", "name").EndsWith("availability", StringComparison.Ordinal));
        var latencySlo = slos.Single(slo => Text(slo, "metadata", "name").EndsWith("latency", StringComparison.Ordinal));
        var target = double.Parse(Text(((YamlSequenceNode)Node(availabilitySlo, "spec", "objectives")).Children[0], "target"), CultureInfo.InvariantCulture);
        var percent = target * 100;
        var windowText = Text(((YamlSequenceNode)Node(availabilitySlo, "spec", "timeWindow")).Children[0], "duration");
        Assert.Equal(windowText, Text(((YamlSequenceNode)Node(latencySlo, "spec", "timeWindow")).Children[0], "duration"));
        var windowHours = int.Parse(windowText.TrimEnd('d'), CultureInfo.InvariantCulture) * 24;
        var bucket = int.Parse(Regex.Match(Text(latencySlo, "spec", "indicator", "metadata", "displayName"), "^Requests answered within ([0-9]+) ms$").Groups[1].Value, CultureInfo.InvariantCulture);

        // A declared value that the catalog's form accepts is the one every artifact states; any other is the profile's.
        var profile = InfrastructureProfiles.For(scale);
        var expectedPercent = Regex.IsMatch(availability, @"^9[0-9](\.[0-9]{1,3})?$") ? double.Parse(availability, CultureInfo.InvariantCulture) : double.Parse(profile.AvailabilityTarget, CultureInfo.InvariantCulture);
        Assert.Equal(expectedPercent, percent, 6);
        Assert.Equal(Regex.IsMatch(window, "^[1-9][0-9]?d$") ? window : "30d", windowText);

        // The latency alert's threshold, in seconds as PromQL compares it, is the objective; the SLO counts the first
        // histogram bucket at or above it.
        var rules = Rules(sre["monitoring/alert-rules.yaml"]);
        var latencyRule = rules.Single(rule => Alert(rule).EndsWith("LatencyHigh", StringComparison.Ordinal));
        var latencySeconds = double.Parse(Regex.Match(Text(latencyRule, "expr"), @"\) > ([0-9.]+)\s*$").Groups[1].Value, CultureInfo.InvariantCulture);
        var latencyMs = (int)Math.Round(latencySeconds * 1000);
        Assert.Equal(Regex.IsMatch(latency, "^[1-9][0-9]{0,4}$") ? int.Parse(latency, CultureInfo.InvariantCulture) : profile.LatencyTarget, latencyMs);
        Assert.Equal(new[] { 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000 }.Where(boundary => boundary >= latencyMs).DefaultIfEmpty(10000).First(), bucket);
        Assert.EndsWith("p95 latency is above " + latencyMs + " ms", Text(latencyRule, "annotations", "summary"), StringComparison.Ordinal);

        // The burn-rate thresholds are the SRE workbook's, from the SLO's target and window: 2% of the budget in 1 h,
        // 5% in 6 h, 10% in 1 d and in 3 d.
        var budget = 1 - target;
        var fast = rules.Single(rule => Alert(rule).EndsWith("ErrorBudgetFastBurn", StringComparison.Ordinal));
        var slow = rules.Single(rule => Alert(rule).EndsWith("ErrorBudgetSlowBurn", StringComparison.Ordinal));
        Assert.Equal(new[] { Burn(0.02, 1), Burn(0.02, 1), Burn(0.05, 6), Burn(0.05, 6) }, Thresholds(Text(fast, "expr")));
        Assert.Equal(new[] { Burn(0.1, 24), Burn(0.1, 24), Burn(0.1, 72), Burn(0.1, 72) }, Thresholds(Text(slow, "expr")));
        Assert.Contains("the " + windowText + " error budget of the " + Percent(percent) + "% objective", Text(fast, "annotations", "description"), StringComparison.Ordinal);

        // promtool's unit tests expect the alerts with the same objective and window in their annotations.
        var expected = ExpectedAlerts(sre["monitoring/alert-rules.test.yaml"]);
        Assert.Contains(expected, alert => alert.Summary.EndsWith("p95 latency is above " + latencyMs + " ms", StringComparison.Ordinal));
        Assert.All(expected.Where(alert => alert.Description.Contains("% objective", StringComparison.Ordinal)), alert =>
            Assert.Contains(Percent(percent) + "% objective", alert.Description, StringComparison.Ordinal));

        var planObjectives = Rows(sre["docs/capacity-plan.md"])["Objectives"][0];
        var planned = Regex.Match(planObjectives, @"^([0-9.]+)% of requests without a server error, 95% within ([0-9]+) ms");
        Assert.True(planned.Success, planObjectives);
        Assert.Equal(percent, double.Parse(planned.Groups[1].Value, CultureInfo.InvariantCulture), 6);
        Assert.Equal(latencyMs, int.Parse(planned.Groups[2].Value, CultureInfo.InvariantCulture));

        // The spec's promise, and the downtime it allows in 30 days, to the minute (to the second below one).
        var promise = Rows(Render("product-manager", requirements)["docs/requirements.md"])["NFR-2"][1];
        var promised = Regex.Match(promise, @"^([0-9.]+)% of requests succeed each month \(at most (?:([0-9]+) h)? ?(?:([0-9]+) min)?(?:([0-9]+) s)? of downtime in 30 days\)\.$");
        Assert.True(promised.Success, promise);
        Assert.Equal(percent, double.Parse(promised.Groups[1].Value, CultureInfo.InvariantCulture), 6);
        var downtimeSeconds = (Number(promised.Groups[2]) * 3600) + (Number(promised.Groups[3]) * 60) + Number(promised.Groups[4]);
        var allowed = 30 * 24 * 3600 * budget;
        Assert.True(Math.Abs(downtimeSeconds - allowed) <= (allowed < 59.5 ? 0.5 : 30), $"{promise}: {allowed} s allowed.");

        double Burn(double share, int hours) => Math.Round(share * windowHours / hours * budget, 6);
    }

    [Theory]
    [MemberData(nameof(ModelsAndScales))]
    public void The_connection_pools_of_every_pod_fit_the_connections_the_capacity_plan_gives_postgresql(string model, ProjectScale scale)
    {
        var requirements = Sample(model, scale);
        var devops = Render("devops-engineer", requirements);
        var plan = Render("site-reliability-engineer", requirements)["docs/capacity-plan.md"];
        var compose = Documents(devops["deploy/compose.yaml"]).Single();
        var environment = (YamlMappingNode)Node(compose, "services", "api", "environment");
        var composed = environment.Children.Single(entry => entry.Key.ToString().StartsWith("ConnectionStrings__", StringComparison.Ordinal)).Value.ToString();
        var autoscaler = Documents(devops["deploy/kubernetes/app.yaml"]).SingleOrDefault(document => Text(document, "kind") == "HorizontalPodAutoscaler");
        if (autoscaler is null)
        {
            // SQLite: one pod, no pool to size.
            Assert.False(new DbConnectionStringBuilder { ConnectionString = composed }.ContainsKey("Maximum Pool Size"));
            Assert.DoesNotContain("Maximum Pool Size", plan, StringComparison.Ordinal);
            return;
        }

        // The connection strings as Npgsql reads them: compose's, and the one the manifests tell the operator to store in the Secret.
        var secret = Regex.Match(devops["deploy/kubernetes/app.yaml"], "--from-literal=database-connection-string='([^']*)'");
        Assert.True(secret.Success, "The manifests show the Secret's connection string.");
        var pools = new[] { composed, secret.Groups[1].Value }
            .Select(text => int.Parse((string)new DbConnectionStringBuilder { ConnectionString = text }["Maximum Pool Size"], CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        var pool = Assert.Single(pools);

        var stated = Regex.Matches(plan, "`Maximum Pool Size=([0-9]+)`").Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct();
        Assert.Equal(pool, Assert.Single(stated));
        var raised = Regex.Match(plan, "raise `max_connections` to at least ([0-9]+)");
        var maxConnections = raised.Success ? int.Parse(raised.Groups[1].Value, CultureInfo.InvariantCulture) : 100;
        var maxPods = int.Parse(Text(autoscaler, "spec", "maxReplicas"), CultureInfo.InvariantCulture);

        // Every pod at the autoscaler's maximum with a full pool, plus the 10 connections kept for administration.
        Assert.True((pool * maxPods) + 10 <= maxConnections, $"{maxPods} pods of {pool} connections need more than the {maxConnections} PostgreSQL accepts.");
        Assert.True(pool >= 10, $"A pool of {pool} connections starves a pod.");
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void The_port_and_the_health_and_metrics_paths_agree_across_the_backend_the_images_compose_and_kubernetes(string model)
    {
        // The backend's code, as the compiler reads its constants.
        var backend = Backend(model);
        var health = Constants(backend.Values.Single(text => text.Contains("public const string ReadyPath", StringComparison.Ordinal)));
        var metrics = Constants(backend.Values.Single(text => text.Contains("MapPrometheusScrapingEndpoint", StringComparison.Ordinal)));
        var live = health["LivePath"];
        var ready = health["ReadyPath"];
        var scraped = metrics["Path"];

        var devops = Render("devops-engineer", Models[model]);
        var dockerfile = Instructions(devops["deploy/Dockerfile"]);
        var port = dockerfile.Single(instruction => instruction.StartsWith("ENV ASPNETCORE_HTTP_PORTS=", StringComparison.Ordinal)).Split('=')[1];
        Assert.Equal("EXPOSE " + port, dockerfile.Single(instruction => instruction.StartsWith("EXPOSE ", StringComparison.Ordinal)));

        var kubernetes = Documents(devops["deploy/kubernetes/app.yaml"]);
        var pod = Node(kubernetes.Single(document => Text(document, "kind") == "Deployment"), "spec", "template");
        var container = (YamlMappingNode)((YamlSequenceNode)Node(pod, "spec", "containers")).Children[0];
        var containerPort = ((YamlSequenceNode)Node(container, "ports")).Children.Single(entry => Text(entry, "name") == "http");
        Assert.Equal(port, Text(containerPort, "containerPort"));
        Assert.Equal(port, Text(pod, "metadata", "annotations", "prometheus.io/port"));
        Assert.Equal(scraped, Text(pod, "metadata", "annotations", "prometheus.io/path"));
        foreach (var (probe, path) in new[] { ("startupProbe", live), ("readinessProbe", ready), ("livenessProbe", live) })
        {
            Assert.Equal(path, Text(container, probe, "httpGet", "path"));
            Assert.Equal("http", Text(container, probe, "httpGet", "port"));
        }

        var service = ((YamlSequenceNode)Node(kubernetes.Single(document => Text(document, "kind") == "Service"), "spec", "ports")).Children.Single();
        Assert.Equal("http", Text(service, "targetPort"));
        var serviceName = Text(kubernetes.Single(document => Text(document, "kind") == "Service"), "metadata", "name");

        // The frontend's nginx forwards /api to the API: in Kubernetes through its Service, in compose and by default
        // in the image straight to the container's port.
        var frontendPod = Documents(devops["deploy/kubernetes/frontend.yaml"]).Single(document => Text(document, "kind") == "Deployment");
        var upstream = ((YamlSequenceNode)Node((YamlMappingNode)((YamlSequenceNode)Node(frontendPod, "spec", "template", "spec", "containers")).Children[0], "env")).Children
            .Single(entry => Text(entry, "name") == "API_UPSTREAM");
        var inCluster = new Uri(Text(upstream, "value"));
        Assert.Equal(serviceName, inCluster.Host);
        Assert.Equal(Text(service, "port"), inCluster.Port.ToString(CultureInfo.InvariantCulture));

        var compose = Documents(devops["deploy/compose.yaml"]).Single();
        var published = ((YamlSequenceNode)Node(compose, "services", "api", "ports")).Children.Single().ToString();
        Assert.Equal(port, published.Substring(published.LastIndexOf(':') + 1));
        var composed = new Uri(Text(compose, "services", "web", "environment", "API_UPSTREAM"));
        Assert.Equal("api", composed.Host);
        Assert.Equal(port, composed.Port.ToString(CultureInfo.InvariantCulture));
        var imageDefault = Instructions(devops["deploy/frontend.Dockerfile"]).Single(instruction => instruction.StartsWith("ENV ", StringComparison.Ordinal));
        Assert.Contains("API_UPSTREAM=" + composed.GetLeftPart(UriPartial.Authority) + " ", imageDefault + " ", StringComparison.Ordinal);

        // The alert rules' unit tests scrape a target on the same port.
        var targets = Regex.Matches(Render("site-reliability-engineer", Models[model])["monitoring/alert-rules.test.yaml"], "instance=\"[0-9.]+:([0-9]+)\"").Select(match => match.Groups[1].Value).Distinct();
        Assert.Equal(port, Assert.Single(targets));
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Page_sizes_and_the_fields_of_a_page_agree_across_the_backend_the_openapi_document_the_frontend_and_the_documents(string model)
    {
        var backend = Backend(model);
        var paging = Constants(backend.Values.Single(text => text.Contains("public static class Paging", StringComparison.Ordinal)));
        var defaultSize = int.Parse(paging["DefaultPageSize"], CultureInfo.InvariantCulture);
        var maxSize = int.Parse(paging["MaxPageSize"], CultureInfo.InvariantCulture);

        // The page's JSON names, as System.Text.Json writes the record's properties (camel case).
        var record = backend.Values.Single(text => text.Contains("record PagedResult<T>", StringComparison.Ordinal));
        var fields = Regex.Match(record, @"record PagedResult<T>\(([^)]*)\)").Groups[1].Value.Split(',')
            .Select(parameter => parameter.Trim().Split(' ').Last())
            .Concat(Regex.Matches(record, @"public int (\w+) =>").Select(match => match.Groups[1].Value))
            .Select(name => char.ToLowerInvariant(name[0]) + name.Substring(1))
            .ToList();

        var architect = Render("technical-architect", Models[model]);
        var openApi = new OpenApiStringReader().Read(architect["api/openapi.yaml"], out var diagnostic);
        Assert.Empty(diagnostic.Errors);
        var pageSize = openApi.Components.Parameters["PageSize"].Schema;
        Assert.Equal(maxSize, (int)pageSize.Maximum!.Value);
        Assert.Equal(defaultSize, ((OpenApiInteger)pageSize.Default).Value);
        var pages = openApi.Components.Schemas.Where(schema => schema.Key.StartsWith("PagedResultOf", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Equal(fields, page.Value.Properties.Keys));

        var architecture = architect["docs/architecture.md"];
        var documented = Regex.Match(architecture, @"`pageSize` \(1–([0-9]+), ([0-9]+) by default\),[^|]*? and return `\{ ([^}]*) \}`");
        Assert.True(documented.Success, "The architecture document states the paging rules.");
        Assert.Equal(maxSize.ToString(CultureInfo.InvariantCulture), documented.Groups[1].Value);
        Assert.Equal(defaultSize.ToString(CultureInfo.InvariantCulture), documented.Groups[2].Value);
        Assert.Equal(fields, documented.Groups[3].Value.Split(", "));

        var client = Render("frontend-developer", Models[model])["frontend/src/api/client.ts"];
        Assert.Equal(defaultSize.ToString(CultureInfo.InvariantCulture), Regex.Match(client, @"export const defaultPageSize = ([0-9]+);").Groups[1].Value);
        var typed = Regex.Matches(Regex.Match(client, @"export interface PagedResult<T> \{(.*?)\n\}", RegexOptions.Singleline).Groups[1].Value, @"^\s+(\w+)\??:", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(typed);
        Assert.All(typed, name => Assert.Contains(name, fields));

        var spec = Rows(Render("product-manager", Models[model])["docs/requirements.md"])["NFR-4"][1];
        Assert.Contains("(" + defaultSize + " items by default, at most " + maxSize + " per page)", spec, StringComparison.Ordinal);
        var plan = Render("site-reliability-engineer", Models[model])["docs/capacity-plan.md"];
        Assert.Matches(@"lists are paged \(" + defaultSize + @" items by\s+default, " + maxSize + " at most\\)", plan);

        var qa = Render("qa-engineer", Models[model]);
        // Each entity's rows of the test matrix: number, scenario, request, expected.
        var matrix = qa["docs/test-plan.md"].Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Select(line => line.Trim().Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray()).ToList();
        var outOfRange = matrix.Where(row => row.Length == 4 && row[1] == "Paging out of range").ToList();
        Assert.NotEmpty(outOfRange);
        Assert.All(outOfRange, row => Assert.Contains("`pageSize=" + (maxSize + 1) + "`", row[2], StringComparison.Ordinal));
        var firstPage = matrix.Where(row => row.Length == 4 && row[1] == "First page").ToList();
        Assert.NotEmpty(firstPage);
        Assert.All(firstPage, row => Assert.Contains("`pageSize` " + defaultSize + ", " + defaultSize + " items", row[3], StringComparison.Ordinal));
        var firstPageTests = qa.Where(file => file.Key.EndsWith("ApiTests.cs", StringComparison.Ordinal)).Select(file => file.Value).ToList();
        Assert.NotEmpty(firstPageTests);
        Assert.All(firstPageTests, test => Assert.Contains("Assert.Equal(" + defaultSize + ", page[\"pageSize\"]", test, StringComparison.Ordinal));
        Assert.All(qa.Where(file => file.Key.EndsWith(".http", StringComparison.Ordinal)), file =>
            Assert.Equal(new[] { (maxSize + 1).ToString(CultureInfo.InvariantCulture) }, Regex.Matches(file.Value, "pageSize=([0-9]+)").Select(match => match.Groups[1].Value).Where(size => size != defaultSize.ToString(CultureInfo.InvariantCulture)).Distinct()));

        var stories = Render("product-manager", Models[model]).Where(file => file.Key.StartsWith("docs/user-stories/", StringComparison.Ordinal)).Select(file => file.Value).ToList();
        Assert.All(stories.Where(story => story.Contains("`pageSize`", StringComparison.Ordinal)), story =>
            Assert.Contains("`items` (at most " + defaultSize + "), `page` 1, `pageSize` " + defaultSize + ",", story, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void The_architecture_document_names_the_development_tokens_fields_as_the_api_returns_them(string model)
    {
        // The backend's answer, as System.Text.Json writes the record's properties (camel case).
        var renderer = new BackendRenderer(new TemplateRenderer(TemplateCatalog.BuiltIn, new ParsedTemplateCache(64), RenderLimits.Default), AgentSamples.Tool);
        var rendered = renderer.RenderProject(BackendSamples.Build(Models[model]), BackendSamples.AllPackages, CancellationToken.None);
        Assert.Empty(rendered.Problems);
        var backend = rendered.Files.Single(file => file.FileName.EndsWith("Tokens.g.cs", StringComparison.Ordinal)).Text;
        var record = Regex.Match(backend, @"record DevelopmentToken\(([^)]*)\)").Groups[1].Value;
        var fields = record.Split(", ").Select(parameter => parameter.Split(' ').Last()).Select(name => char.ToLowerInvariant(name[0]) + name[1..]).ToList();
        Assert.Equal(new[] { "accessToken", "tokenType", "expiresAt" }, fields);

        var architecture = Render("technical-architect", Models[model])["docs/architecture.md"];
        var documented = Regex.Match(architecture, @"`POST /dev/token\?subject=name` returns `\{ ([^}]*) \}`").Groups[1].Value.Split(", ");
        Assert.Equal(fields, documented);
    }

    private static IReadOnlyDictionary<string, string> Render(string agent, ProjectRequirements requirements) => AgentSamples.Render(agent, requirements);

    // The backend's project-wide files, by name.
    private static Dictionary<string, string> Backend(string model)
    {
        var renderer = new BackendRenderer(new TemplateRenderer(TemplateCatalog.BuiltIn, new ParsedTemplateCache(64), RenderLimits.Default), AgentSamples.Tool);
        var rendered = renderer.RenderProject(BackendSamples.Build(Models[model]), BackendSamples.AllPackages, CancellationToken.None);
        Assert.Empty(rendered.Problems);
        return rendered.Files.ToDictionary(file => file.FileName, file => file.Text, StringComparer.Ordinal);
    }

    // The constants of a C# file, by name: `const string X = "..."` or `const int X = 20`.
    private static Dictionary<string, string> Constants(string code) =>
        Regex.Matches(code, @"public const (?:string|int) (\w+) = ""?([^"";]*)""?;").ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value, StringComparer.Ordinal);

    // A Dockerfile's instructions, continuation lines joined and comments left out, as BuildKit reads them.
    private static List<string> Instructions(string dockerfile) =>
        Regex.Replace(dockerfile, @"\\\n\s*", " ").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => Regex.Replace(line, @"\s+", " "))
            .ToList();

    private static ProjectRequirements Sample(string model, ProjectScale scale) => DevOpsEngineerTests.WithScale(Models[model], scale);

    // Every rule of every group of a Prometheus rule file.
    private static List<YamlNode> Rules(string yaml) =>
        ((YamlSequenceNode)Node(Documents(yaml).Single(), "groups")).Children
            .SelectMany(group => ((YamlSequenceNode)Node(group, "rules")).Children)
            .ToList();

    // The annotations of every alert a promtool unit test file expects.
    private static List<(string Summary, string Description)> ExpectedAlerts(string yaml) =>
        ((YamlSequenceNode)Node(Documents(yaml).Single(), "tests")).Children
            .SelectMany(test => ((YamlMappingNode)test).Children.TryGetValue(new YamlScalarNode("alert_rule_test"), out var cases) ? ((YamlSequenceNode)cases).Children : Enumerable.Empty<YamlNode>())
            .SelectMany(test => ((YamlMappingNode)test).Children.TryGetValue(new YamlScalarNode("exp_alerts"), out var alerts) && alerts is YamlSequenceNode sequence ? sequence.Children : Enumerable.Empty<YamlNode>())
            .Select(alert => (Text(alert, "exp_annotations", "summary"), Text(alert, "exp_annotations", "description")))
            .ToList();

    private static string Alert(YamlNode rule) => ((YamlMappingNode)rule).Children.TryGetValue(new YamlScalarNode("alert"), out var name) ? name.ToString() : string.Empty;

    // The numbers a burn-rate expression compares its error ratios with, in order.
    private static double[] Thresholds(string expression) =>
        Regex.Matches(expression, @"> ([0-9.eE-]+)").Select(match => double.Parse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    private static string Percent(double percent) => percent.ToString("0.###", CultureInfo.InvariantCulture);

    private static int Number(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    // Every Markdown table row by its first cell; later rows of the same name (none here) would replace earlier ones.
    private static Dictionary<string, string[]> Rows(string markdown)
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in markdown.Split('\n').Where(line => line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal)))
        {
            var cells = line.Trim().Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray();
            rows[cells[0]] = cells[1..];
        }

        return rows;
    }

    private static double Millicores(string text) => double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture) * 1000;

    private static double Mebibytes(string text)
    {
        var parts = text.Split(' ');
        var value = double.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts[1] == "GiB" ? value * 1024 : value;
    }

    private static List<YamlNode> Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(document => document.RootNode).ToList();
    }

    private static YamlNode Node(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)Node(node, path)).Value!;
}
