using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Backend;
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
    public static TheoryData<ProjectScale> Scales => new() { ProjectScale.Small, ProjectScale.Medium, ProjectScale.Large, ProjectScale.Enterprise };

    [Theory]
    [MemberData(nameof(Scales))]
    public void The_capacity_plan_never_asks_for_more_cpu_or_memory_than_its_own_profile_has(ProjectScale scale)
    {
        var plan = Rows(Render("site-reliability-engineer", scale)["docs/capacity-plan.md"]);

        var profile = plan["Whole deployment (profile)"][0].Split(", ");
        var profileMillicores = double.Parse(profile[0].Split(' ')[0], CultureInfo.InvariantCulture) * 1000;
        var profileMebibytes = double.Parse(profile[1].Split("GB")[0], CultureInfo.InvariantCulture) * 1024;
        foreach (var row in new[] { "Maximum", "Maximum during a rollout (one extra pod)" })
        {
            Assert.True(Millicores(plan[row][1]) <= profileMillicores, $"{row}: {plan[row][1]} requested, the profile has {profile[0]}.");
            Assert.True(Mebibytes(plan[row][3]) <= profileMebibytes, $"{row}: {plan[row][3]} requested, the profile has {profile[1]}.");
        }
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Replicas_and_pod_sizes_agree_across_kubernetes_the_capacity_plan_the_alert_rules_and_the_documents(ProjectScale scale)
    {
        var sre = Render("site-reliability-engineer", scale);
        var plan = Rows(sre["docs/capacity-plan.md"]);
        var kubernetes = Documents(Render("devops-engineer", scale)["deploy/kubernetes/app.yaml"]);
        var autoscaler = kubernetes.Single(document => Text(document, "kind") == "HorizontalPodAutoscaler");
        var deployment = kubernetes.Single(document => Text(document, "kind") == "Deployment");
        var container = (YamlMappingNode)((YamlSequenceNode)Node(deployment, "spec", "template", "spec", "containers")).Children[0];

        var minimum = Text(autoscaler, "spec", "minReplicas");
        var maximum = Text(autoscaler, "spec", "maxReplicas");
        Assert.Equal(minimum, plan["Minimum"][0]);
        Assert.Equal(maximum, plan["Maximum"][0]);
        Assert.Equal(minimum + " to " + maximum + ",", plan["API pods"][0].Split(' ').Take(3).Aggregate((left, right) => left + " " + right));
        Assert.Equal(Text(container, "resources", "requests", "cpu"), plan["Request"][0].Split(' ')[0]);
        Assert.Equal(Text(container, "resources", "requests", "memory"), plan["Request"][1].Split(' ')[0]);
        Assert.Equal(Text(container, "resources", "limits", "cpu"), plan["Limit"][0].Split(' ')[0]);
        Assert.Equal(Text(container, "resources", "limits", "memory"), plan["Limit"][1].Split(' ')[0]);

        var alerts = Documents(sre["monitoring/alert-rules.yaml"]).Single();
        var atMaximum = ((YamlSequenceNode)Node(alerts, "groups")).Children
            .SelectMany(group => ((YamlSequenceNode)Node(group, "rules")).Children)
            .Single(rule => ((YamlMappingNode)rule).Children.TryGetValue(new YamlScalarNode("alert"), out var name) && name.ToString().EndsWith("AutoscalerAtMaximum", StringComparison.Ordinal));
        Assert.Matches("at its maximum of " + maximum + " pods$", Text(atMaximum, "annotations", "summary"));

        var architecture = Rows(Render("technical-architect", scale)["docs/architecture.md"]);
        Assert.StartsWith(minimum + " to " + maximum + ",", architecture["API replicas"][0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Availability_and_latency_targets_agree_across_the_slos_the_capacity_plan_and_the_requirements_spec(ProjectScale scale)
    {
        var sre = Render("site-reliability-engineer", scale);
        var slos = Documents(sre["monitoring/slos.yaml"]).Where(document => Text(document, "kind") == "SLO").ToList();
        var objectives = slos.Select(slo => (Name: Text(slo, "metadata", "name"), Target: double.Parse(Text((YamlMappingNode)((YamlSequenceNode)Node(slo, "spec", "objectives")).Children[0], "target"), CultureInfo.InvariantCulture))).ToList();
        var availability = objectives.Single(objective => objective.Name.EndsWith("availability", StringComparison.Ordinal)).Target * 100;
        var latency = slos.Single(slo => Text(slo, "metadata", "name").EndsWith("latency", StringComparison.Ordinal));

        var planObjectives = Rows(sre["docs/capacity-plan.md"])["Objectives"][0];
        var stated = Regex.Match(planObjectives, @"^([0-9.]+)% of requests without a server error, 95% within ([0-9]+) ms");
        Assert.True(stated.Success, planObjectives);
        Assert.Equal(availability, double.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture), 6);
        Assert.Equal("Requests answered within " + stated.Groups[2].Value + " ms", Text(latency, "spec", "indicator", "metadata", "displayName"));

        var spec = Render("product-manager", scale)["docs/requirements.md"];
        var promised = Regex.Match(spec, @"\| NFR-2 \| Availability \| ([0-9.]+)% of requests succeed each month");
        Assert.True(promised.Success, "The spec states NFR-2.");
        Assert.Equal(availability, double.Parse(promised.Groups[1].Value, CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void The_architecture_document_names_the_development_tokens_fields_as_the_api_returns_them()
    {
        // The backend's answer, as System.Text.Json writes the record's properties (camel case).
        var renderer = new BackendRenderer(new TemplateRenderer(TemplateCatalog.BuiltIn, new ParsedTemplateCache(64), RenderLimits.Default), AgentSamples.Tool);
        var rendered = renderer.RenderProject(BackendSamples.Build(BackendSamples.Bookstore), BackendSamples.AllPackages, CancellationToken.None);
        Assert.Empty(rendered.Problems);
        var backend = rendered.Files.Single(file => file.FileName.EndsWith("Tokens.g.cs", StringComparison.Ordinal)).Text;
        var record = Regex.Match(backend, @"record DevelopmentToken\(([^)]*)\)").Groups[1].Value;
        var fields = record.Split(", ").Select(parameter => parameter.Split(' ').Last()).Select(name => char.ToLowerInvariant(name[0]) + name[1..]).ToList();
        Assert.Equal(new[] { "accessToken", "tokenType", "expiresAt" }, fields);

        var architecture = Render("technical-architect", ProjectScale.Small)["docs/architecture.md"];
        var documented = Regex.Match(architecture, @"`POST /dev/token\?subject=name` returns `\{ ([^}]*) \}`").Groups[1].Value.Split(", ");
        Assert.Equal(fields, documented);
    }

    private static IReadOnlyDictionary<string, string> Render(string agent, ProjectScale scale) =>
        AgentSamples.Render(agent, DevOpsEngineerTests.WithScale(BackendSamples.Bookstore, scale));

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
