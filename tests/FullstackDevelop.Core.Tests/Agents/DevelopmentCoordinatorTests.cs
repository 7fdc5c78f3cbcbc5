using System;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class DevelopmentCoordinatorTests
{
    private const string Agent = "development-coordinator";
    private const string ReportPath = "docs/delivery-report.md";

    public static TheoryData<string> Samples => new() { "Bookstore", "Keys", "EveryFieldType", "CommandAgent" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_report_lists_every_agent_of_the_plan_with_its_group_and_estimate(string sample)
    {
        var requirements = Sample(sample);
        var plan = AgentSamples.Model(requirements).Plan;
        var report = AgentSamples.Render(Agent, requirements)[ReportPath];

        var rows = Regex.Matches(report, "^\\| `(?<name>[^`]+)`(?: \\(custom\\))? \\| (?<group>\\d+) \\| (?<deps>[^|]+) \\| (?<minutes>\\d+) min \\|$", RegexOptions.Multiline)
            .ToDictionary(match => match.Groups["name"].Value, match => match, StringComparer.Ordinal);
        Assert.Equal(plan.Agents.Select(agent => agent.Name).OrderBy(name => name, StringComparer.Ordinal), rows.Keys.OrderBy(name => name, StringComparer.Ordinal));
        foreach (var agent in plan.Agents)
        {
            var row = rows[agent.Name];
            Assert.Equal(agent.Group.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Groups["group"].Value);
            Assert.Equal(agent.EstimatedMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Groups["minutes"].Value);
            Assert.Equal(
                agent.DependsOn.Count == 0 ? "–" : string.Join(", ", agent.DependsOn.Select(name => "`" + name + "`")),
                row.Groups["deps"].Value.Trim());
        }

        foreach (var group in plan.Groups)
        {
            Assert.Contains(
                "| " + group.Number + " | " + string.Join(", ", group.Agents.Select(name => "`" + name + "`")) + " | " + group.DurationMinutes + " min |",
                report,
                StringComparison.Ordinal);
        }

        var saved = plan.SequentialMinutes - plan.CriticalPathMinutes;
        Assert.Contains("| Critical path (the shortest possible run) | " + plan.CriticalPathMinutes + " |", report, StringComparison.Ordinal);
        Assert.Contains("| Sequential (every estimate added up) | " + plan.SequentialMinutes + " |", report, StringComparison.Ordinal);
        Assert.Contains("| " + saved + " (" + (saved * 100 / plan.SequentialMinutes) + "%) |", report, StringComparison.Ordinal);
        Assert.Contains(string.Join(" → ", plan.CriticalPath.Select(name => "`" + name + "`")), report, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_report_is_identical_across_renders(string sample)
    {
        var first = AgentSamples.Render(Agent, Sample(sample))[ReportPath];
        var second = AgentSamples.Render(Agent, Sample(sample))[ReportPath];

        Assert.Equal(first, second);
        Assert.DoesNotMatch(new Regex("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}"), first);
    }

    [Fact]
    public void The_report_names_every_artifact_of_every_built_in_agent()
    {
        var report = AgentSamples.Render(Agent, BackendSamples.Bookstore)[ReportPath];

        foreach (var agent in BuiltInAgentArtifacts.All.GroupBy(artifact => artifact.Agent))
        {
            var start = report.IndexOf("\n### " + agent.Key + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, "The report has a section for " + agent.Key + ".");
            var end = report.IndexOf("\n#", start + 5, StringComparison.Ordinal);
            var listed = Regex.Matches(report.Substring(start, end - start), "^- `(?<path>[^`]+)`", RegexOptions.Multiline).Select(match => match.Groups["path"].Value);
            Assert.Equal(agent.Select(artifact => artifact.Path), listed);
        }
    }

    [Fact]
    public void Custom_agents_are_listed_with_their_commands_and_declared_outputs()
    {
        var report = AgentSamples.Render(Agent, Sample("CommandAgent"))[ReportPath];
        var custom = report.Substring(report.IndexOf("\n## Custom agents\n", StringComparison.Ordinal));

        Assert.Contains("| `search-indexer` | ", custom, StringComparison.Ordinal);
        Assert.Contains("| templates only | – |", custom, StringComparison.Ordinal);
        Assert.Contains("| `storybook` | ", custom, StringComparison.Ordinal);
        Assert.Contains("| `npm run build-storybook \\| tee storybook.log` | `storybook-static/index.html` |", custom, StringComparison.Ordinal);
        Assert.DoesNotContain("`product-manager`", custom, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_without_custom_agents_says_so()
    {
        var report = AgentSamples.Render(Agent, BackendSamples.Keys)[ReportPath];

        Assert.Contains("\n## Custom agents\n\nThe project declares no custom agents.\n", report, StringComparison.Ordinal);
    }

    private static ProjectRequirements Sample(string name) => name switch
    {
        "Bookstore" => BackendSamples.Bookstore,
        "Keys" => BackendSamples.Keys,
        "CommandAgent" => BackendSamples.Bookstore with
        {
            Agents = EquatableArray.From(BackendSamples.Bookstore.Agents.Append(new CustomAgentInfo(
                "storybook",
                EquatableArray.Of("frontend-developer"),
                EquatableArray.Of("ui."),
                "2.0.0",
                12,
                "npm run build-storybook | tee storybook.log",
                EquatableArray.Of("storybook-static/index.html")))),
        },
        _ => AgentSamples.EveryFieldType,
    };
}
