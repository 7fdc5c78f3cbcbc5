using System;
using System.Globalization;
using System.Linq;
using Bookstore;

var plan = FullstackPlan.Plan;
Console.WriteLine($"Execution plan for {plan.ProjectName} (requirements {plan.RequirementsHash[..12]})");
Console.WriteLine();

Console.WriteLine("Parallel groups:");
foreach (var group in plan.ParallelGroups)
{
    Console.WriteLine($"  {group.Number}. {string.Join(", ", group.Agents)} ({group.Duration.TotalMinutes:0} min)");
}

Console.WriteLine();
var path = plan.CriticalPath;
Console.WriteLine($"Critical path: {string.Join(" -> ", path.Agents)}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {path.Length.TotalMinutes:0} min vs {path.SequentialSum.TotalMinutes:0} min sequential ({path.Speedup:0.00}x)"));

Console.WriteLine();
var profile = plan.ResourceProfile;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Resource profile: {profile.Scale}, {profile.MaxConcurrentAgents} concurrent agents, {profile.MemoryPerAgentMegabytes} MB and {profile.CpuPerAgent:0.0} CPU per agent, {profile.TotalProjectMemoryMegabytes} MB in total"));

Console.WriteLine();
Console.WriteLine("Patterns:");
foreach (var pattern in plan.Patterns)
{
    Console.WriteLine($"  {pattern.Type}: frequency {pattern.Frequency}, potential {pattern.Potential}, saves {pattern.EstimatedTimeSavings}");
}

if (args.Contains("--mermaid"))
{
    Console.WriteLine();
    Console.WriteLine(FullstackPlan.ToMermaid());
}
