using System.Globalization;
using System.IO;

namespace Bookstore;

/// <summary>Prints the agent execution plan the generator built from this project's requirements.</summary>
internal static class PlanReport
{
    public static void Print(TextWriter output)
    {
        var plan = FullstackPlan.Plan;
        output.WriteLine($"Execution plan for {plan.ProjectName} (requirements {plan.RequirementsHash[..12]})");
        output.WriteLine();

        output.WriteLine("Parallel groups:");
        foreach (var group in plan.ParallelGroups)
        {
            output.WriteLine($"  {group.Number}. {string.Join(", ", group.Agents)} ({group.Duration.TotalMinutes:0} min)");
        }

        output.WriteLine();
        var path = plan.CriticalPath;
        output.WriteLine($"Critical path: {string.Join(" -> ", path.Agents)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {path.Length.TotalMinutes:0} min vs {path.SequentialSum.TotalMinutes:0} min sequential ({path.Speedup:0.00}x)"));

        output.WriteLine();
        var profile = plan.ResourceProfile;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Resource profile: {profile.Scale}, {profile.MaxConcurrentAgents} concurrent agents, {profile.MemoryPerAgentMegabytes} MB and {profile.CpuPerAgent:0.0} CPU per agent, {profile.TotalProjectMemoryMegabytes} MB in total"));

        output.WriteLine();
        output.WriteLine("Patterns:");
        foreach (var pattern in plan.Patterns)
        {
            output.WriteLine($"  {pattern.Type}: frequency {pattern.Frequency}, potential {pattern.Potential}, saves {pattern.EstimatedTimeSavings}");
        }
    }
}
