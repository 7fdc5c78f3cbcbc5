using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Generators.Emitting;

/// <summary>
/// Emits the plan as a readable, typed static class, <c>FullstackPlan</c>, whose values are the
/// runtime types of <c>FullstackDevelop.Planning</c> in the Abstractions assembly.
/// </summary>
internal static class PlanEmitter
{
    private const string Alias = "FullstackPlanning";

    public static string Emit(ExecutionPlan plan, string @namespace)
    {
        var writer = GeneratedHeader.Start()
            .Line("using " + Alias + " = global::FullstackDevelop.Planning;")
            .Line()
            .Open("namespace " + @namespace);
        writer.Line("/// <summary>")
            .Line("/// The agent execution plan of the " + Xml(plan.ProjectName) + " project, generated from its requirement attributes.")
            .Line("/// </summary>")
            .Line(GeneratedHeader.GeneratedCodeAttribute)
            .Open("internal static partial class FullstackPlan");
        writer.Line("/// <summary>The project's name.</summary>")
            .Line("public const string ProjectName = " + CSharpLiteral.String(plan.ProjectName) + ";")
            .Line()
            .Line(plan.RequirementsHash.Length == 0
                ? "/// <summary>Empty: the requirements have errors, so no snapshot was written and this plan holds only what is valid.</summary>"
                : "/// <summary>The SHA-256 of the canonical requirements snapshot this plan was built from.</summary>")
            .Line("public const string RequirementsHash = " + CSharpLiteral.String(plan.RequirementsHash) + ";")
            .Line()
            .Line("/// <summary>The whole plan.</summary>")
            .Line("public static " + Alias + "::ExecutionPlan Plan { get; } = new " + Alias + "::ExecutionPlan(")
            .Line("    projectName: ProjectName,")
            .Line("    agents: new " + Alias + "::AgentDescriptor[]")
            .Line("    {");
        foreach (var agent in plan.Agents)
        {
            WriteAgent(writer, agent);
        }

        writer.Line("    },")
            .Line("    parallelGroups: new " + Alias + "::ParallelGroup[]")
            .Line("    {");
        foreach (var group in plan.ParallelGroups)
        {
            writer.Line("        new " + Alias + "::ParallelGroup(" + CSharpLiteral.Int(group.Number) + ", " + CSharpLiteral.Strings(group.Agents) + ", " + Minutes(group.DurationMinutes) + "),");
        }

        var path = plan.CriticalPath;
        var profile = plan.ResourceProfile;
        writer.Line("    },")
            .Line("    criticalPath: new " + Alias + "::CriticalPath(")
            .Line("        agents: " + CSharpLiteral.Strings(path.Agents) + ",")
            .Line("        length: " + Minutes(path.LengthMinutes) + ",")
            .Line("        sequentialSum: " + Minutes(path.SequentialMinutes) + "),")
            .Line("    resourceProfile: new " + Alias + "::ResourceProfile(")
            .Line("        scale: global::FullstackDevelop.ProjectScale." + profile.Scale + ",")
            .Line("        maxConcurrentAgents: " + CSharpLiteral.Int(profile.MaxConcurrentAgents) + ",")
            .Line("        memoryPerAgentMegabytes: " + CSharpLiteral.Int(profile.MemoryPerAgentMegabytes) + ",")
            .Line("        cpuPerAgent: " + CSharpLiteral.Double(profile.CpuPerAgent) + ",")
            .Line("        totalProjectMemoryMegabytes: " + CSharpLiteral.Int(profile.TotalProjectMemoryMegabytes) + "),")
            .Line("    patterns: new " + Alias + "::DetectedPattern[]")
            .Line("    {");
        foreach (var pattern in plan.Patterns)
        {
            writer.Line("        new " + Alias + "::DetectedPattern(" + CSharpLiteral.String(pattern.Type) + ", " + CSharpLiteral.Int(pattern.Frequency) + ", "
                + Alias + "::OptimizationPotential." + pattern.Potential + ", " + CSharpLiteral.Double(pattern.MinimumHoursSaved) + ", " + CSharpLiteral.Double(pattern.MaximumHoursSaved) + "),");
        }

        writer.Line("    },")
            .Line("    requirementsHash: RequirementsHash,")
            .Line("    mermaid: " + CSharpLiteral.VerbatimString(MermaidWriter.Write(plan)) + ");")
            .Line();
        WriteShortcuts(writer);
        return writer.Close().Close().ToString();
    }

    private static void WriteAgent(SourceWriter writer, PlannedAgent planned)
    {
        var agent = planned.Definition;
        writer.Line("        new " + Alias + "::AgentDescriptor(")
            .Line("            name: " + CSharpLiteral.String(agent.Name) + ",")
            .Line("            dependsOn: " + CSharpLiteral.Strings(agent.DependsOn) + ",")
            .Line("            reads: " + CSharpLiteral.Strings(agent.Reads) + ",")
            .Line("            parallelGroup: " + CSharpLiteral.Int(planned.Group) + ",")
            .Line("            estimatedDuration: " + Minutes(agent.EstimatedMinutes) + ",")
            .Line("            version: " + CSharpLiteral.String(agent.Version) + ",")
            .Line("            isBuiltIn: " + (agent.IsBuiltIn ? "true" : "false") + ",")
            .Line("            command: " + CSharpLiteral.String(agent.Command) + ",")
            .Line("            outputs: " + CSharpLiteral.Strings(agent.Outputs) + "),");
    }

    private static void WriteShortcuts(SourceWriter writer)
    {
        var shortcuts = new[]
        {
            ("Every agent: the built-in agents in pipeline order, then custom agents by name.", "global::System.Collections.Generic.IReadOnlyList<" + Alias + "::AgentDescriptor>", "Agents"),
            ("The groups of agents that run at the same time, in execution order.", "global::System.Collections.Generic.IReadOnlyList<" + Alias + "::ParallelGroup>", "ParallelGroups"),
            ("The longest chain of dependent agents.", Alias + "::CriticalPath", "CriticalPath"),
            ("The resource limits for the project's scale.", Alias + "::ResourceProfile", "ResourceProfile"),
            ("The reusable patterns recognised in the requirements.", "global::System.Collections.Generic.IReadOnlyList<" + Alias + "::DetectedPattern>", "Patterns"),
        };
        foreach (var (summary, type, name) in shortcuts)
        {
            writer.Line("/// <summary>" + summary + "</summary>")
                .Line("public static " + type + " " + name + " => Plan." + name + ";")
                .Line();
        }

        writer.Line("/// <summary>The agent dependency graph as a Mermaid diagram; critical-path edges are drawn thick.</summary>")
            .Line("public static string ToMermaid() => Plan.ToMermaid();");
    }

    private static string Minutes(int minutes) => "global::System.TimeSpan.FromMinutes(" + CSharpLiteral.Int(minutes) + ")";

    private static string Xml(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
