using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// Does a template agent's work unit by unit: a unit whose key the cache holds is reused, the others are rendered and
/// stored, so a change to one entity re-renders that entity's files only (the seed's differential generation).
/// </summary>
internal sealed class TemplateAgent
{
    private readonly AgentResultCache _cache;
    private readonly AgentUnitRenderer _renderer;
    private readonly Func<DateTimeOffset> _clock;

    public TemplateAgent(AgentResultCache cache, AgentUnitRenderer renderer, Func<DateTimeOffset> clock)
    {
        _cache = cache;
        _renderer = renderer;
        _clock = clock;
    }

    /// <summary>Renders the units the cache does not hold; a failed template fails the agent with every problem listed.</summary>
    public (AgentProduct? Product, AgentOutcome? Failure) Run(AgentDefinition agent, string agentKey, IReadOnlyList<(AgentUnit Unit, string Key)> units, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var rendered = new List<string>();
        var problems = new StringBuilder();
        foreach (var (unit, key) in units)
        {
            var lookup = _cache.Get(key, cancellationToken);
            var result = lookup.Result;
            if (result is null)
            {
                var unitStopwatch = Stopwatch.StartNew();
                var render = _renderer.Render(unit, cancellationToken);
                if (!render.Succeeded)
                {
                    foreach (var problem in render.Problems)
                    {
                        problems.AppendLine(problem.ToString());
                    }

                    continue;
                }

                result = new CachedAgentResult(
                    agent.Name + "/" + unit.Name,
                    render.Files.Select(file => new KeyValuePair<string, byte[]>(file.Path, Encoding.UTF8.GetBytes(file.Text))),
                    unitStopwatch.Elapsed,
                    _clock());
                _cache.Put(key, result, cancellationToken);
                rendered.Add(unit.Name);
            }

            foreach (var file in result.Files)
            {
                files[file.Key] = file.Value;
            }
        }

        if (problems.Length > 0)
        {
            return (null, AgentOutcome.Failure(AgentFailureCodes.TemplateFailed, problems.ToString().TrimEnd(), isRetryable: false));
        }

        var product = new CachedAgentResult(agent.Name, files, stopwatch.Elapsed, _clock());
        _cache.PutShared(agentKey, product, cancellationToken);
        return (new AgentProduct(product, agentKey, null, EquatableArray.From(rendered), units.Count), null);
    }
}
