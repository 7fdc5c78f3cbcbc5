using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Caching;

namespace FullstackDevelop.Core.Tests.Agents.Running;

/// <summary>
/// The previous build's files as a host would find them, held in memory: what each agent produced and under which key,
/// with the agents whose files the user has since edited. Records every lookup.
/// </summary>
internal sealed class InMemoryPreviousOutputs : IPreviousOutputs
{
    private readonly Dictionary<string, (string Key, CachedAgentResult Result)> _agents;
    private readonly HashSet<string> _edited = new(StringComparer.Ordinal);
    private readonly List<(string Agent, string Key)> _lookups = new();

    private InMemoryPreviousOutputs(Dictionary<string, (string Key, CachedAgentResult Result)> agents)
    {
        _agents = agents;
    }

    /// <summary>The lookups made, in the order they were made.</summary>
    public IReadOnlyList<(string Agent, string Key)> Lookups
    {
        get
        {
            lock (_lookups)
            {
                return _lookups.ToList();
            }
        }
    }

    /// <summary>What <paramref name="result"/> left: each agent that succeeded, its key and its files.</summary>
    public static InMemoryPreviousOutputs Of(ArtifactBuildResult result) => new(result.Agents
        .Where(report => report.Succeeded)
        .ToDictionary(
            report => report.Agent,
            report => (report.CacheKey!, new CachedAgentResult(
                report.Agent,
                result.AgentFiles[report.Agent].Keys.Select(path => new KeyValuePair<string, byte[]>(path, result.Files[path])),
                TimeSpan.Zero,
                DateTimeOffset.UnixEpoch)),
            StringComparer.Ordinal));

    /// <summary>Marks <paramref name="agent"/>'s files as edited since, so they cannot be reused.</summary>
    public InMemoryPreviousOutputs Edit(string agent)
    {
        _edited.Add(agent);
        return this;
    }

    public CachedAgentResult? Find(string agent, string cacheKey)
    {
        lock (_lookups)
        {
            _lookups.Add((agent, cacheKey));
        }

        return !_edited.Contains(agent) && _agents.TryGetValue(agent, out var previous) && previous.Key == cacheKey ? previous.Result : null;
    }
}
