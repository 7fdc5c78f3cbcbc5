using System;
using System.Linq;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Planning;

public sealed class MermaidWriterTests
{
    private static string Mermaid(ProjectRequirements requirements)
    {
        var plan = ExecutionPlanner.Plan(requirements).Plan;
        Assert.NotNull(plan);
        return MermaidWriter.Write(plan);
    }

    private static string[] Lines(string mermaid) => mermaid.Split('\n');

    private static int Count(string mermaid, string line) => Lines(mermaid).Count(l => l == line);

    // The lines from "subgraph groupN" to its "end".
    private static string[] Subgraph(string mermaid, int number)
    {
        var lines = Lines(mermaid);
        var start = Array.FindIndex(lines, line => line.StartsWith("    subgraph group" + number + "[", StringComparison.Ordinal));
        Assert.True(start >= 0, "group " + number + " has no subgraph");
        var end = Array.IndexOf(lines, "    end", start);
        return lines.Skip(start + 1).Take(end - start - 1).ToArray();
    }

    [Fact]
    public void StartsWithATopDownGraphAndUsesLineFeeds()
    {
        var mermaid = Mermaid(Model.Requirements());

        Assert.StartsWith("graph TD\n", mermaid, StringComparison.Ordinal);
        Assert.EndsWith("\n", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void HasOneSubgraphPerParallelGroup()
    {
        var mermaid = Mermaid(Model.Requirements());

        Assert.Equal(6, Lines(mermaid).Count(line => line.StartsWith("    subgraph ", StringComparison.Ordinal)));
        Assert.Equal(6, Count(mermaid, "    end"));
        Assert.Equal(1, Count(mermaid, "    subgraph group3[\"Group 3\"]"));
        Assert.Equal(
            new[]
            {
                "        backend_developer[\"backend-developer (25 min)\"]",
                "        devops_engineer[\"devops-engineer (20 min)\"]",
                "        frontend_developer[\"frontend-developer (25 min)\"]",
            },
            Subgraph(mermaid, 3));
    }

    [Fact]
    public void HasAnEdgePerDependencyWithThickEdgesOnTheCriticalPath()
    {
        var mermaid = Mermaid(Model.Requirements());
        var edges = Lines(mermaid).Where(line => line.Contains(" --> ", StringComparison.Ordinal) || line.Contains(" ==> ", StringComparison.Ordinal)).ToList();

        Assert.Equal(BuiltInAgents.All.Sum(agent => agent.DependsOn.Count), edges.Count);
        Assert.Equal(
            new[]
            {
                "    product_manager ==> technical_architect",
                "    technical_architect ==> backend_developer",
                "    backend_developer ==> qa_engineer",
                "    qa_engineer ==> site_reliability_engineer",
                "    site_reliability_engineer ==> development_coordinator",
            }.OrderBy(line => line, StringComparer.Ordinal),
            edges.Where(line => line.Contains("==>", StringComparison.Ordinal)).OrderBy(line => line, StringComparer.Ordinal));
        Assert.Contains("    technical_architect --> frontend_developer", edges);
        Assert.Contains("    technical_architect --> devops_engineer", edges);
        Assert.Contains("    frontend_developer --> qa_engineer", edges);
        Assert.Contains("    devops_engineer --> site_reliability_engineer", edges);
    }

    [Fact]
    public void BuiltInOnlyPlanHasNoCustomClass()
    {
        Assert.DoesNotContain("classDef", Mermaid(Model.Requirements()), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomAgentsAreInTheirGroupWithEdgesAndClassedAsCustom()
    {
        var mermaid = Mermaid(Model.Requirements(
            Model.CustomAgent("docs-writer", 5),
            Model.CustomAgent("search-indexer", 15, "backend-developer")));

        Assert.Contains("        search_indexer[\"search-indexer (15 min)\"]", Subgraph(mermaid, 4));
        Assert.Contains("        docs_writer[\"docs-writer (5 min)\"]", Subgraph(mermaid, 1));
        Assert.Equal(1, Count(mermaid, "    backend_developer --> search_indexer"));
        Assert.Equal(1, Count(mermaid, "    classDef custom stroke-dasharray: 5 5"));
        Assert.Equal(1, Count(mermaid, "    class docs_writer,search_indexer custom"));
    }

    [Fact]
    public void EdgeIntoACustomAgentOnTheCriticalPathIsThick()
    {
        var mermaid = Mermaid(Model.Requirements(Model.CustomAgent("search-indexer", 100, "backend-developer")));

        Assert.Equal(1, Count(mermaid, "    backend_developer ==> search_indexer"));
        Assert.Equal(1, Count(mermaid, "    backend_developer --> qa_engineer"));
        Assert.Equal(1, Count(mermaid, "    site_reliability_engineer --> development_coordinator"));
    }

    [Fact]
    public void IsTheSameWhateverTheDeclarationOrder()
    {
        var (ordered, shuffled) = CanonicalSamples.OrderedAndShuffled();

        Assert.Equal(
            Mermaid(RequirementsBuilder.Build(ordered).Requirements!),
            Mermaid(RequirementsBuilder.Build(shuffled).Requirements!));
    }
}
