using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// The cache keys of agents and of their units: content hashes of everything that can change the output
/// (<c>../shared/DESIGN.md</c>): agent and version, tool, templates (with the templates they include, followed through
/// their text), the model the templates see or the command and the project files it names, and the upstream agents'
/// output hashes.
/// </summary>
internal static class AgentCacheKeys
{
    /// <summary>
    /// The key of one unit: its templates and its model. Upstream outputs are in it only through the model, where a custom
    /// template agent's templates read them (<see cref="UpstreamFile"/>); the built-in templates do not.
    /// </summary>
    public static string Of(AgentUnit unit, AgentDefinition agent, TemplateCatalog catalog, ParsedTemplateCache templates, GeneratorTool tool, UnitModelHasher models)
    {
        var builder = new CacheKeyBuilder().Agent(agent.Name, agent.Version).Tool(tool.Name, tool.Version).Input("unit", unit.Name);
        foreach (var template in TemplatesOf(unit, catalog, templates))
        {
            builder.Template(template.Name, template.ContentHash);
        }

        return builder.Input("model", models.Of(unit.Model)).Build();
    }

    /// <summary>The key of a template agent's whole output: its units' keys and its upstream outputs.</summary>
    public static string OfTemplateAgent(AgentDefinition agent, IEnumerable<(string Unit, string Key)> units, IEnumerable<KeyValuePair<string, string>> upstream, GeneratorTool tool)
    {
        var builder = new CacheKeyBuilder().Agent(agent.Name, agent.Version).Tool(tool.Name, tool.Version);
        foreach (var (unit, key) in units)
        {
            builder.Input("unit:" + unit, key);
        }

        return WithUpstream(builder, upstream).Build();
    }

    /// <summary>
    /// The key of a command agent: its command, the project files the command names (<see cref="CommandFiles"/>), its
    /// outputs, requirement slice and upstream outputs.
    /// </summary>
    public static string OfCommandAgent(
        AgentDefinition agent,
        IReadOnlyList<KeyValuePair<string, string>> commandFiles,
        IReadOnlyDictionary<string, string> slice,
        IEnumerable<KeyValuePair<string, string>> upstream,
        GeneratorTool tool)
    {
        var builder = new CacheKeyBuilder()
            .Agent(agent.Name, agent.Version)
            .Tool(tool.Name, tool.Version)
            .Input("command", agent.Command ?? string.Empty)
            .Input("outputs", string.Join("\n", agent.Outputs));
        foreach (var file in commandFiles)
        {
            builder.Input("command-file:" + file.Key, file.Value);
        }

        foreach (var pair in slice)
        {
            builder.Requirement(pair.Key, pair.Value);
        }

        return WithUpstream(builder, upstream).Build();
    }

    private static CacheKeyBuilder WithUpstream(CacheKeyBuilder builder, IEnumerable<KeyValuePair<string, string>> upstream)
    {
        foreach (var pair in upstream)
        {
            builder.Upstream(pair.Key, pair.Value);
        }

        return builder;
    }

    // The unit's templates and, transitively, the catalog templates they include: those their text includes, built-in
    // or the project's, and those the built-in catalog declares. The seen set ends include cycles.
    private static IEnumerable<TemplateSource> TemplatesOf(AgentUnit unit, TemplateCatalog catalog, ParsedTemplateCache templates)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(unit.Artifacts.Select(artifact => artifact.Template));
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name))
            {
                continue;
            }

            foreach (var dependency in catalog.Describe(name)?.Dependencies ?? default)
            {
                pending.Push(dependency);
            }

            if (!catalog.TryGet(name, out var source))
            {
                continue;
            }

            var includes = TemplateIncludes.Of(source, templates);
            foreach (var included in includes.IncludesAny ? catalog.Names : includes.Names)
            {
                pending.Push(included);
            }
        }

        foreach (var name in seen)
        {
            // A missing template still changes the key: its absence is what the render will report.
            yield return catalog.TryGet(name, out var source) ? source : new TemplateSource(name, string.Empty, name, IsBuiltIn: false);
        }
    }
}
