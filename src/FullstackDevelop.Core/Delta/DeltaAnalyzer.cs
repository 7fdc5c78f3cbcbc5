using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Delta;

/// <summary>
/// Compares the requirements of this build with the previous build's: the seed's delta processing,
/// which picks the agents to re-run and the optimisation strategy.
/// </summary>
public static class DeltaAnalyzer
{
    private static readonly string[] IncrementalPrefixes = { "ui.", "frontend." };
    private static readonly string[] SelectivePrefixes = { "architecture.", "database." };

    /// <summary>Analyzes the change for the agents of <paramref name="plan"/>.</summary>
    /// <param name="previous">The previous build's requirements, or <see langword="null"/> when there was none.</param>
    /// <param name="current">This build's requirements.</param>
    /// <param name="plan">This build's plan.</param>
    public static ProjectDelta Analyze(ProjectRequirements? previous, ProjectRequirements current, ExecutionPlan plan) =>
        Analyze(previous, current, plan.Agents.Select(agent => agent.Definition));

    /// <summary>Analyzes the change for <paramref name="agents"/>.</summary>
    /// <param name="previous">The previous build's requirements, or <see langword="null"/> when there was none.</param>
    /// <param name="current">This build's requirements.</param>
    /// <param name="agents">The agents of this build, with unique names.</param>
    public static ProjectDelta Analyze(ProjectRequirements? previous, ProjectRequirements current, IEnumerable<AgentDefinition> agents)
    {
        var definitions = agents.ToList();
        var currentKeys = RequirementKeys.Of(current);
        if (previous is null)
        {
            return new ProjectDelta(Sorted(currentKeys.Keys), Sorted(definitions.Select(agent => agent.Name)), default, RebuildStrategy.FullRebuild, 0);
        }

        // A build that found nothing to do passes the same requirements twice: no need to flatten them again.
        var changed = ChangedKeys(ReferenceEquals(previous, current) ? currentKeys : RequirementKeys.Of(previous), currentKeys);
        var inputs = definitions.Select(AgentInputs.For).ToList();
        var direct = new HashSet<string>(inputs.Where(input => changed.Any(input.Reads)).Select(input => input.Agent), StringComparer.Ordinal);
        var downstream = DependentsOf(direct, inputs);
        downstream.ExceptWith(direct);
        var saved = definitions
            .Where(agent => !direct.Contains(agent.Name) && !downstream.Contains(agent.Name))
            .Sum(agent => agent.EstimatedMinutes);
        return new ProjectDelta(Sorted(changed), Sorted(direct), Sorted(downstream), StrategyFor(changed), saved);
    }

    private static List<string> ChangedKeys(IReadOnlyDictionary<string, string> previous, IReadOnlyDictionary<string, string> current) =>
        previous.Keys
            .Union(current.Keys, StringComparer.Ordinal)
            .Where(key => !previous.TryGetValue(key, out var before) || !current.TryGetValue(key, out var after) || !string.Equals(before, after, StringComparison.Ordinal))
            .ToList();

    // Every agent reachable from the given ones by following dependencies backwards.
    private static HashSet<string> DependentsOf(HashSet<string> agents, List<AgentInputs> inputs)
    {
        var dependents = inputs
            .SelectMany(input => input.DependsOn.Select(dependency => (Dependency: dependency, Dependent: input.Agent)))
            .ToLookup(edge => edge.Dependency, edge => edge.Dependent, StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(agents);
        while (pending.Count > 0)
        {
            foreach (var dependent in dependents[pending.Pop()])
            {
                if (reached.Add(dependent))
                {
                    pending.Push(dependent);
                }
            }
        }

        return reached;
    }

    private static RebuildStrategy StrategyFor(List<string> changed)
    {
        if (changed.All(key => StartsWithAny(key, IncrementalPrefixes)))
        {
            return RebuildStrategy.Incremental;
        }

        return changed.Any(key => StartsWithAny(key, SelectivePrefixes)) ? RebuildStrategy.Selective : RebuildStrategy.FullRebuild;
    }

    private static bool StartsWithAny(string key, string[] prefixes) => prefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal));

    private static EquatableArray<string> Sorted(IEnumerable<string> names) => EquatableArray.From(names.OrderBy(name => name, StringComparer.Ordinal));
}
