using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Planning;

/// <summary>The plan, or the problems that prevent one.</summary>
/// <param name="Plan">The plan, or <see langword="null"/> when an agent's dependencies are invalid.</param>
/// <param name="Problems">Unknown dependencies and cycles, about the custom agents that declare them.</param>
public sealed record PlanResult(ExecutionPlan? Plan, EquatableArray<Problem> Problems);

/// <summary>
/// Plans the built-in and custom agents of a project: checks their dependencies, groups them into
/// topological levels, finds the critical path, picks the resource profile and recognises patterns.
/// </summary>
public static class ExecutionPlanner
{
    /// <summary>Plans <paramref name="requirements"/>.</summary>
    public static PlanResult Plan(ProjectRequirements requirements) =>
        Plan(requirements, RequirementsHash.Compute(RequirementsJson.Write(requirements)));

    /// <summary>Plans <paramref name="requirements"/>, whose snapshot the caller has already hashed.</summary>
    /// <param name="requirements">The requirements.</param>
    /// <param name="requirementsHash">The <see cref="RequirementsHash"/> of their <see cref="RequirementsJson"/> snapshot.</param>
    public static PlanResult Plan(ProjectRequirements requirements, string requirementsHash)
    {
        var definitions = BuiltInAgents.All.Concat(requirements.Agents.Select(ToDefinition)).ToList();
        var problems = FindUnknownDependencies(definitions);
        if (problems.Count > 0)
        {
            return new PlanResult(null, EquatableArray.From(problems));
        }

        var graph = new AgentGraph(definitions);
        var cycle = graph.FindCycle();
        if (cycle is not null)
        {
            var problem = Problem.Create(ProblemCatalog.AgentDependencyCycle, ProblemSubject.AgentNamed(cycle[0]), string.Join(" -> ", cycle));
            return new PlanResult(null, EquatableArray.Of(problem));
        }

        var levels = graph.Levels();
        var agents = definitions.Select(definition => new PlannedAgent(definition, levels[definition.Name]));
        var groups = levels
            .GroupBy(pair => pair.Value)
            .OrderBy(group => group.Key)
            .Select(group => new ParallelGroup(
                group.Key,
                EquatableArray.From(group.Select(pair => pair.Key).OrderBy(name => name, StringComparer.Ordinal)),
                group.Max(pair => definitions.First(d => d.Name == pair.Key).EstimatedMinutes)));
        var (path, length) = graph.CriticalPath();
        var plan = new ExecutionPlan(
            requirements.Project.Name,
            EquatableArray.From(agents),
            EquatableArray.From(groups),
            new CriticalPath(EquatableArray.From(path), length, definitions.Sum(d => d.EstimatedMinutes)),
            ResourceProfiles.For(requirements.Project.Scale),
            PatternRecognizer.Recognize(requirements),
            requirementsHash);
        return new PlanResult(plan, default);
    }

    /// <summary>
    /// Plans <paramref name="requirements"/> like <see cref="Plan(ProjectRequirements, string)"/>, but always returns a plan, for the
    /// code the user's program calls while an error is being fixed: when the custom agents' dependencies are invalid, the
    /// plan of the built-in agents alone, with an empty requirements hash (no snapshot is written from such requirements),
    /// and the problems that prevented the full plan.
    /// </summary>
    /// <param name="requirements">The valid part of the requirements.</param>
    /// <param name="requirementsHash">The hash of their snapshot, or an empty string when none is written.</param>
    public static PlanResult PlanValidPart(ProjectRequirements requirements, string requirementsHash)
    {
        var planned = Plan(requirements, requirementsHash);
        if (planned.Plan is not null)
        {
            return planned;
        }

        var builtIn = Plan(requirements with { Agents = default }, string.Empty);
        return new PlanResult(builtIn.Plan, planned.Problems);
    }

    private static AgentDefinition ToDefinition(CustomAgentInfo agent) =>
        new(agent.Name, agent.DependsOn, agent.Reads, agent.EstimatedMinutes, agent.Version, IsBuiltIn: false, agent.Command, agent.Outputs, agent.Templates);

    private static List<Problem> FindUnknownDependencies(List<AgentDefinition> definitions)
    {
        var names = new HashSet<string>(definitions.Select(d => d.Name), StringComparer.Ordinal);
        var known = string.Join(", ", names.OrderBy(name => name, StringComparer.Ordinal).Select(name => "'" + name + "'"));
        return definitions
            .SelectMany(definition => definition.DependsOn
                .Where(dependency => !names.Contains(dependency))
                .Select(dependency => Problem.Create(ProblemCatalog.UnknownAgentDependency, ProblemSubject.AgentNamed(definition.Name), definition.Name, dependency, known)))
            .ToList();
    }
}
