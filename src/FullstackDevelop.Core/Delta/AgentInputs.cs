using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Delta;

/// <summary>What an agent's result depends on: the requirement keys it reads and the agents it waits for.</summary>
/// <param name="Agent">The agent's name.</param>
/// <param name="Prefixes">The <see cref="RequirementKeys"/> prefixes it reads, sorted.</param>
/// <param name="DependsOn">The agents it depends on, sorted.</param>
public sealed record AgentInputs(string Agent, EquatableArray<string> Prefixes, EquatableArray<string> DependsOn)
{
    private static readonly string[] Shared = { RequirementKeys.ProjectPrefix, RequirementKeys.FeaturesPrefix };
    private static readonly string[] SharedAndEntities = { RequirementKeys.ProjectPrefix, RequirementKeys.FeaturesPrefix, RequirementKeys.EntitiesPrefix };
    private static readonly string[] SharedAndAgents = { RequirementKeys.ProjectPrefix, RequirementKeys.FeaturesPrefix, RequirementKeys.AgentsPrefix };

    // What the built-in agents read beyond their declared prefixes: every template sees the project and
    // its features, the five agents that write files per entity see the entities, and the coordinator, whose
    // delivery report carries the plan, sees every custom agent. A custom agent
    // instead reads its own declaration (see For), so editing the agent re-runs it; one with templates also reads what
    // its templates see, as the built-in agents with per-entity files do.
    private static readonly Dictionary<string, string[]> BuiltInExtras = new(StringComparer.Ordinal)
    {
        ["product-manager"] = SharedAndEntities,
        ["technical-architect"] = SharedAndEntities,
        ["frontend-developer"] = SharedAndEntities,
        ["backend-developer"] = SharedAndEntities,
        ["devops-engineer"] = Shared,
        ["qa-engineer"] = SharedAndEntities,
        ["site-reliability-engineer"] = Shared,
        ["development-coordinator"] = SharedAndAgents,
    };

    /// <summary>The inputs of <paramref name="agent"/>.</summary>
    public static AgentInputs For(AgentDefinition agent)
    {
        var extras = agent.IsBuiltIn && BuiltInExtras.TryGetValue(agent.Name, out var builtIn)
            ? builtIn
            : agent.Templates.Count > 0
                ? SharedAndEntities.Append(RequirementKeys.AgentsPrefix + agent.Name)
                : new[] { RequirementKeys.AgentsPrefix + agent.Name };
        var prefixes = agent.Reads.Concat(extras).Distinct(StringComparer.Ordinal).OrderBy(prefix => prefix, StringComparer.Ordinal);
        return new AgentInputs(agent.Name, EquatableArray.From(prefixes), agent.DependsOn);
    }

    /// <summary>The inputs of every agent of <paramref name="plan"/>, in plan order.</summary>
    public static IReadOnlyList<AgentInputs> Of(ExecutionPlan plan) => plan.Agents.Select(agent => For(agent.Definition)).ToList();

    /// <summary>True when one of <see cref="Prefixes"/> matches <paramref name="key"/>.</summary>
    public bool Reads(string key) => Prefixes.Any(prefix => Matches(prefix, key));

    // Declared prefixes end with a dot. An agent's own key ("agents.search") does not, and must not
    // match a longer name ("agents.search-indexer"), so a prefix without a dot ends at a segment boundary.
    private static bool Matches(string prefix, string key) =>
        key.StartsWith(prefix, StringComparison.Ordinal)
        && (key.Length == prefix.Length || prefix.EndsWith(".", StringComparison.Ordinal) || key[prefix.Length] == '.');
}
