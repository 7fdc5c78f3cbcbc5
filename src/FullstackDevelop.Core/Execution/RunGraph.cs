using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Execution;

/// <summary>
/// The agents of one run and the dependencies among them. A dependency on an agent outside the run is
/// taken as satisfied: the host runs only the agents whose inputs changed, the others' results come from the cache.
/// </summary>
internal sealed class RunGraph
{
    private readonly Dictionary<string, int> _estimates;
    private readonly Dictionary<string, string[]> _dependencies;
    private readonly Dictionary<string, List<string>> _dependents;

    public RunGraph(IReadOnlyList<AgentDefinition> agents)
    {
        var duplicate = agents.GroupBy(agent => agent.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The agent '{duplicate.Key}' is given more than once.", nameof(agents));
        }

        Agents = agents;
        _estimates = agents.ToDictionary(agent => agent.Name, agent => agent.EstimatedMinutes, StringComparer.Ordinal);
        var names = new HashSet<string>(_estimates.Keys, StringComparer.Ordinal);
        _dependencies = agents.ToDictionary(agent => agent.Name, agent => agent.DependsOn.Where(names.Contains).ToArray(), StringComparer.Ordinal);
        _dependents = agents.ToDictionary(agent => agent.Name, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var pair in _dependencies)
        {
            foreach (var dependency in pair.Value)
            {
                _dependents[dependency].Add(pair.Key);
            }
        }

        var cycle = new AgentGraph(agents.Select(agent => agent with { DependsOn = EquatableArray.Of(_dependencies[agent.Name]) })).FindCycle();
        if (cycle is not null)
        {
            throw new ArgumentException("The agents' dependencies form a cycle: " + string.Join(" -> ", cycle), nameof(agents));
        }
    }

    /// <summary>The agents, in the order given.</summary>
    public IReadOnlyList<AgentDefinition> Agents { get; }

    /// <summary>The agents of the run that <paramref name="name"/> depends on directly.</summary>
    public IReadOnlyList<string> DependenciesOf(string name) => _dependencies[name];

    /// <summary>The agents of the run that depend on <paramref name="name"/> directly.</summary>
    public IReadOnlyList<string> DependentsOf(string name) => _dependents[name];

    /// <summary>
    /// The agents in the order ready ones take a free slot: the longest estimated chain still ahead first, so
    /// the critical path is never kept waiting by agents with slack; ties by name, so runs are repeatable.
    /// </summary>
    public IReadOnlyList<AgentDefinition> ByPriority()
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        return Agents
            .OrderByDescending(agent => RemainingMinutes(agent.Name, remaining))
            .ThenBy(agent => agent.Name, StringComparer.Ordinal)
            .ToList();
    }

    private int RemainingMinutes(string name, Dictionary<string, int> remaining)
    {
        if (remaining.TryGetValue(name, out var minutes))
        {
            return minutes;
        }

        var after = _dependents[name].Select(dependent => RemainingMinutes(dependent, remaining)).DefaultIfEmpty(0).Max();
        minutes = _estimates[name] + after;
        remaining[name] = minutes;
        return minutes;
    }
}
