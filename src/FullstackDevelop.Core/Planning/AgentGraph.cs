using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Planning;

/// <summary>
/// The dependency DAG of a set of agents with unique names whose dependencies all exist:
/// topological levels and the critical path. Every traversal visits names in ordinal order, so
/// the results do not depend on the order the agents were declared in.
/// </summary>
public sealed class AgentGraph
{
    private readonly Dictionary<string, AgentDefinition> _agents;

    /// <summary>Creates the graph; call <see cref="FindCycle"/> before anything that needs a DAG.</summary>
    public AgentGraph(IEnumerable<AgentDefinition> agents)
    {
        _agents = agents.ToDictionary(agent => agent.Name, StringComparer.Ordinal);
    }

    private IEnumerable<string> SortedNames => _agents.Keys.OrderBy(name => name, StringComparer.Ordinal);

    /// <summary>
    /// The first cycle found, as the agents along it with the first repeated at the end
    /// (<c>a -&gt; b -&gt; a</c>), starting from the ordinally smallest name; or <see langword="null"/>.
    /// </summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the stack, true: done
        var stack = new List<string>();
        foreach (var name in SortedNames)
        {
            var cycle = Visit(name, state, stack);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        return null;
    }

    /// <summary>The 1-based topological level of every agent: 1 without dependencies, else one more than its deepest dependency.</summary>
    public IReadOnlyDictionary<string, int> Levels()
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in SortedNames)
        {
            LevelOf(name, levels);
        }

        return levels;
    }

    /// <summary>The path with the largest sum of estimates, first agent to last, and that sum.</summary>
    public (IReadOnlyList<string> Agents, int LengthMinutes) CriticalPath()
    {
        var finish = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in SortedNames)
        {
            FinishOf(name, finish);
        }

        if (finish.Count == 0)
        {
            return (Array.Empty<string>(), 0);
        }

        var last = Latest(SortedNames, finish);
        var path = new List<string> { last };
        while (_agents[path[path.Count - 1]].DependsOn.Count > 0)
        {
            path.Add(Latest(_agents[path[path.Count - 1]].DependsOn, finish));
        }

        path.Reverse();
        return (path, finish[last]);
    }

    // The ordinally smallest name among those that finish last, so ties break the same way every time.
    private static string Latest(IEnumerable<string> names, Dictionary<string, int> finish) =>
        names.OrderByDescending(name => finish[name]).ThenBy(name => name, StringComparer.Ordinal).First();

    private List<string>? Visit(string name, Dictionary<string, bool> state, List<string> stack)
    {
        if (state.TryGetValue(name, out var done))
        {
            if (done)
            {
                return null;
            }

            var start = stack.IndexOf(name);
            var cycle = stack.Skip(start).ToList();
            return Rotate(cycle);
        }

        state[name] = false;
        stack.Add(name);
        foreach (var dependency in _agents[name].DependsOn)
        {
            var cycle = Visit(dependency, state, stack);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        stack.RemoveAt(stack.Count - 1);
        state[name] = true;
        return null;
    }

    // Writes the cycle in dependency direction ("a depends on b depends on a") from its smallest name.
    private static List<string> Rotate(List<string> cycle)
    {
        var smallest = cycle.OrderBy(name => name, StringComparer.Ordinal).First();
        var at = cycle.IndexOf(smallest);
        var rotated = cycle.Skip(at).Concat(cycle.Take(at)).ToList();
        rotated.Add(smallest);
        return rotated;
    }

    private int LevelOf(string name, Dictionary<string, int> levels)
    {
        if (levels.TryGetValue(name, out var level))
        {
            return level;
        }

        level = 1;
        foreach (var dependency in _agents[name].DependsOn)
        {
            level = Math.Max(level, LevelOf(dependency, levels) + 1);
        }

        levels[name] = level;
        return level;
    }

    private int FinishOf(string name, Dictionary<string, int> finish)
    {
        if (finish.TryGetValue(name, out var minutes))
        {
            return minutes;
        }

        var start = 0;
        foreach (var dependency in _agents[name].DependsOn)
        {
            start = Math.Max(start, FinishOf(dependency, finish));
        }

        minutes = start + _agents[name].EstimatedMinutes;
        finish[name] = minutes;
        return minutes;
    }
}
