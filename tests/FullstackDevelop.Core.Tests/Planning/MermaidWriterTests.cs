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
                "        agent_backend_developer[\"backend-developer (25 min)\"]",
                "        agent_devops_engineer[\"devops-engineer (20 min)\"]",
                "        agent_frontend_developer[\"frontend-developer (25 min)\"]",
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
                "    agent_product_manager ==> agent_technical_architect",
                "    agent_technical_architect ==> agent_backend_developer",
                "    agent_backend_developer ==> agent_qa_engineer",
                "    agent_qa_engineer ==> agent_site_reliability_engineer",
                "    agent_site_reliability_engineer ==> agent_development_coordinator",
            }.OrderBy(line => line, StringComparer.Ordinal),
            edges.Where(line => line.Contains("==>", StringComparison.Ordinal)).OrderBy(line => line, StringComparer.Ordinal));
        Assert.Contains("    agent_technical_architect --> agent_frontend_developer", edges);
        Assert.Contains("    agent_technical_architect --> agent_devops_engineer", edges);
        Assert.Contains("    agent_frontend_developer --> agent_qa_engineer", edges);
        Assert.Contains("    agent_devops_engineer --> agent_site_reliability_engineer", edges);
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

        Assert.Contains("        agent_search_indexer[\"search-indexer (15 min)\"]", Subgraph(mermaid, 4));
        Assert.Contains("        agent_docs_writer[\"docs-writer (5 min)\"]", Subgraph(mermaid, 1));
        Assert.Equal(1, Count(mermaid, "    agent_backend_developer --> agent_search_indexer"));
        Assert.Equal(1, Count(mermaid, "    classDef custom stroke-dasharray: 5 5"));
        Assert.Equal(1, Count(mermaid, "    class agent_docs_writer,agent_search_indexer custom"));
    }

    [Fact]
    public void EdgeIntoACustomAgentOnTheCriticalPathIsThick()
    {
        var mermaid = Mermaid(Model.Requirements(Model.CustomAgent("search-indexer", 100, "backend-developer")));

        Assert.Equal(1, Count(mermaid, "    agent_backend_developer ==> agent_search_indexer"));
        Assert.Equal(1, Count(mermaid, "    agent_backend_developer --> agent_qa_engineer"));
        Assert.Equal(1, Count(mermaid, "    agent_site_reliability_engineer --> agent_development_coordinator"));
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
