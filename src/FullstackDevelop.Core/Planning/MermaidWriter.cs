using System.Linq;
using System.Text;

namespace FullstackDevelop.Core.Planning;

/// <summary>Draws a plan's agent DAG as a Mermaid flowchart, one subgraph per parallel group.</summary>
public static class MermaidWriter
{
    /// <summary>The Mermaid source, with <c>\n</c> line ends.</summary>
    public static string Write(ExecutionPlan plan)
    {
        var text = new StringBuilder("graph TD\n");
        foreach (var group in plan.ParallelGroups)
        {
            text.Append("    subgraph group").Append(group.Number).Append("[\"Group ").Append(group.Number).Append("\"]\n");
            foreach (var name in group.Agents)
            {
                var agent = plan.Agents.First(a => a.Definition.Name == name).Definition;
                text.Append("        ").Append(NodeId(name)).Append("[\"").Append(name).Append(" (").Append(agent.EstimatedMinutes).Append(" min)\"]\n");
            }

            text.Append("    end\n");
        }

        foreach (var agent in plan.Agents)
        {
            foreach (var dependency in agent.Definition.DependsOn)
            {
                var critical = IsCriticalEdge(plan, dependency, agent.Definition.Name);
                text.Append("    ").Append(NodeId(dependency)).Append(critical ? " ==> " : " --> ").Append(NodeId(agent.Definition.Name)).Append('\n');
            }
        }

        var custom = plan.Agents.Where(a => !a.Definition.IsBuiltIn).Select(a => NodeId(a.Definition.Name)).ToList();
        if (custom.Count > 0)
        {
            text.Append("    classDef custom stroke-dasharray: 5 5\n");
            text.Append("    class ").Append(string.Join(",", custom)).Append(" custom\n");
        }

        return text.ToString();
    }

    private static bool IsCriticalEdge(ExecutionPlan plan, string from, string to)
    {
        var path = plan.CriticalPath.Agents;
        for (var i = 0; i + 1 < path.Count; i++)
        {
            if (path[i] == from && path[i + 1] == to)
            {
                return true;
            }
        }

        return false;
    }

    // Prefixed so that no agent name can collide with a Mermaid keyword such as "end" or "class".
    private static string NodeId(string agentName) => "agent_" + agentName.Replace('-', '_');
}
