using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements.Catalog;

namespace FullstackDevelop.Core.Delta;

/// <summary>What an agent's result depends on: the requirement keys it reads and the agents it waits for.</summary>
/// <param name="Agent">The agent's name.</param>
/// <param name="Prefixes">The <see cref="RequirementKeys"/> prefixes it reads, sorted: a custom agent's declared prefixes and its own key, and the derived keys (project, features, entities, agents) a built-in agent reads.</param>
/// <param name="Keys">The declared requirement keys a built-in agent's templates read, from the <see cref="RequirementKeyCatalog"/>, sorted; empty for a custom agent.</param>
/// <param name="DependsOn">The agents it depends on, sorted.</param>
public sealed record AgentInputs(string Agent, EquatableArray<string> Prefixes, EquatableArray<string> Keys, EquatableArray<string> DependsOn)
{
    private static readonly string[] Derived = { RequirementKeys.ProjectPrefix, RequirementKeys.FeaturesPrefix, RequirementKeys.EntitiesPrefix, RequirementKeys.AgentsPrefix };

    private static readonly string[] Shared = { RequirementKeys.ProjectPrefix, RequirementKeys.FeaturesPrefix };
    private static readonly string[] SharedAndEntities = { RequirementKeys.ProjectPrefix, RequirementKeys.FeaturesPrefix, RequirementKeys.EntitiesPrefix };
    private static readonly string[] SharedAndAgents = { RequirementKeys.ProjectPrefix, RequirementKeys.FeaturesPrefix, RequirementKeys.AgentsPrefix };

    // What the built-in agents read besides the catalog's keys: every template sees the project and
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

    /// <summary>
    /// The inputs of <paramref name="agent"/>. A built-in agent reads the catalog's keys it is listed for, not its whole
    /// declared prefixes: a key no template reads then re-runs nothing (and is reported when declared).
    /// </summary>
    public static AgentInputs For(AgentDefinition agent)
    {
        if (agent.IsBuiltIn && BuiltInExtras.TryGetValue(agent.Name, out var builtIn))
        {
            var keys = RequirementKeyCatalog.All.Where(key => key.Agents.Contains(agent.Name, StringComparer.Ordinal)).Select(key => key.Name);
            return new AgentInputs(agent.Name, EquatableArray.From(builtIn.OrderBy(prefix => prefix, StringComparer.Ordinal)), EquatableArray.From(keys), agent.DependsOn);
        }

        var extras = agent.Templates.Count > 0
            ? SharedAndEntities.Append(RequirementKeys.AgentsPrefix + agent.Name)
            : new[] { RequirementKeys.AgentsPrefix + agent.Name };
        var prefixes = agent.Reads.Concat(extras).Distinct(StringComparer.Ordinal).OrderBy(prefix => prefix, StringComparer.Ordinal);
        return new AgentInputs(agent.Name, EquatableArray.From(prefixes), default, agent.DependsOn);
    }

    /// <summary>The inputs of every agent of <paramref name="plan"/>, in plan order.</summary>
    public static IReadOnlyList<AgentInputs> Of(ExecutionPlan plan) => plan.Agents.Select(agent => For(agent.Definition)).ToList();

    /// <summary>True when <paramref name="key"/>, a <see cref="RequirementKeys"/> key, is one of <see cref="Keys"/> or one of <see cref="Prefixes"/> matches it.</summary>
    public bool Reads(string key) => Keys.Contains(key, StringComparer.Ordinal) || Prefixes.Any(prefix => Matches(prefix, key));

    /// <summary>
    /// True when the declared requirement <paramref name="key"/> belongs in the agent's templates' <c>requirements</c>:
    /// one of <see cref="Keys"/>, or under a declared prefix. A key under a derived prefix (<c>project.</c>) is not one
    /// the templates read: they see the project itself.
    /// </summary>
    public bool ReadsRequirement(string key) =>
        Keys.Contains(key, StringComparer.Ordinal)
        || Prefixes.Any(prefix => !Derived.Any(derived => prefix.StartsWith(derived, StringComparison.Ordinal)) && Matches(prefix, key));

    // Declared prefixes end with a dot. An agent's own key ("agents.search") does not, and must not
    // match a longer name ("agents.search-indexer"), so a prefix without a dot ends at a segment boundary.
    private static bool Matches(string prefix, string key) =>
        key.StartsWith(prefix, StringComparison.Ordinal)
        && (key.Length == prefix.Length || prefix.EndsWith(".", StringComparison.Ordinal) || key[prefix.Length] == '.');
}
