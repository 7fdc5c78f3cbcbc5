using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// The scheduler's runner in a build: for each agent, computes its key from its inputs and its dependencies' output
/// hashes, reuses the previous build's files or a cached result under that key, and otherwise does the work. Because
/// the key takes upstream <em>outputs</em>, an upstream agent that re-ran and produced the same files leaves every
/// downstream key, and so every downstream result, as it was (early cutoff).
/// </summary>
internal sealed class BuildAgentRunner : IAgentRunner
{
    private readonly ArtifactBuildRequest _request;
    private readonly ArtifactModel _model;
    private readonly IReadOnlyDictionary<string, string> _keys;
    private readonly TemplateAgent _templates;
    private readonly CommandAgent _commands;
    private readonly UnitModelHasher _models = new();
    private readonly ConcurrentDictionary<string, AgentProduct> _products = new(StringComparer.Ordinal);

    public BuildAgentRunner(ArtifactBuildRequest request, ArtifactModel model)
    {
        _request = request;
        _model = model;
        _keys = RequirementKeys.Of(request.Requirements);
        var renderer = new AgentUnitRenderer(new TemplateRenderer(request.Catalog, request.TemplateCache, request.RenderLimits));
        _templates = new TemplateAgent(request.Cache, renderer, request.Clock);
        _commands = new CommandAgent(request.ProjectDirectory, request.WorkingDirectory, request.Cache, request.Clock);
    }

    /// <summary>What each agent that succeeded produced, by agent name.</summary>
    public IReadOnlyDictionary<string, AgentProduct> Products => _products;

    public async Task<AgentOutcome> RunAsync(AgentDefinition agent, CancellationToken cancellationToken)
    {
        var upstream = agent.DependsOn
            .Select(dependency => new KeyValuePair<string, string>(dependency, _products[dependency].Result.OutputHash))
            .ToList();
        var (product, failure) = agent.Command is null
            ? await RunTemplateAgentAsync(agent, upstream, cancellationToken).ConfigureAwait(false)
            : await RunCommandAgentAsync(agent, upstream, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            return failure!;
        }

        _products[agent.Name] = product;
        return AgentOutcome.Success(product.Result.OutputHash);
    }

    private async Task<(AgentProduct? Product, AgentOutcome? Failure)> RunTemplateAgentAsync(AgentDefinition agent, List<KeyValuePair<string, string>> upstream, CancellationToken cancellationToken)
    {
        var artifacts = agent.IsBuiltIn ? BuiltInAgentArtifacts.Of(agent.Name) : CustomAgentArtifacts.Of(agent);
        var units = AgentUnits.For(agent, artifacts, _model, _request.Tool, agent.IsBuiltIn ? default : UpstreamFiles(agent))
            .Select(unit => (Unit: unit, Key: AgentCacheKeys.Of(unit, agent, _request.Catalog, _request.TemplateCache, _request.Tool, _models)))
            .ToList();
        var key = AgentCacheKeys.OfTemplateAgent(agent, units.Select(unit => (unit.Unit.Name, unit.Key)), upstream, _request.Tool);
        return await ReuseAsync(agent, key, units.Count, cancellationToken).ConfigureAwait(false) is { } reused ? (reused, null) : _templates.Run(agent, key, units, cancellationToken);
    }

    private async Task<(AgentProduct? Product, AgentOutcome? Failure)> RunCommandAgentAsync(AgentDefinition agent, List<KeyValuePair<string, string>> upstream, CancellationToken cancellationToken)
    {
        var inputs = AgentInputs.For(agent);
        var slice = _keys.Where(pair => inputs.Reads(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var key = AgentCacheKeys.OfCommandAgent(agent, _request.CommandFiles[agent.Name], slice, upstream, _request.Tool);
        return await ReuseAsync(agent, key, 1, cancellationToken).ConfigureAwait(false) is { } reused ? (reused, null) : await _commands.RunAsync(agent, key, slice, cancellationToken).ConfigureAwait(false);
    }

    // What a custom template agent's templates see of the agents it depends on: their files, and only theirs.
    private EquatableArray<UpstreamFile> UpstreamFiles(AgentDefinition agent) =>
        EquatableArray.From(agent.DependsOn
            .SelectMany(dependency => _products[dependency].Result.Files.Select(file => new UpstreamFile(dependency, file.Key, Encoding.UTF8.GetString(file.Value))))
            .OrderBy(file => file.Path, StringComparer.Ordinal));

    // The previous build's files first (no cache read at all), then memory, disk and the remote server.
    private async Task<AgentProduct?> ReuseAsync(AgentDefinition agent, string key, int unitCount, CancellationToken cancellationToken)
    {
        if (_request.PreviousOutputs?.Find(agent.Name, key) is { } previous)
        {
            return new AgentProduct(previous, key, "output", default, unitCount);
        }

        var lookup = await _request.Cache.GetSharedAsync(key, cancellationToken).ConfigureAwait(false);
        return lookup.Result is { } cached
            ? new AgentProduct(cached, key, LevelName(lookup.Level), default, unitCount)
            : null;
    }

    private static string LevelName(CacheLevel level) => level switch
    {
        CacheLevel.Memory => "memory",
        CacheLevel.Disk => "disk",
        _ => "remote",
    };
}
