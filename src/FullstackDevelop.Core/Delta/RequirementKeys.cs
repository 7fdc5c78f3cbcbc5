using System;
using System.Collections.Generic;
using System.Globalization;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Delta;

/// <summary>
/// Flattens requirements into dotted keys and value strings, so two snapshots compare key by key
/// and a change maps to the agents that read it.
/// </summary>
public static class RequirementKeys
{
    internal const string ProjectPrefix = "project.";
    internal const string FeaturesPrefix = "features.";
    internal const string EntitiesPrefix = "entities.";
    internal const string AgentsPrefix = "agents.";

    private static readonly ProjectInfo NoProject = new(string.Empty, ProjectScale.Small, ScaleSource.Default, 0, default);

    /// <summary>
    /// The keys of <paramref name="requirements"/>, in ordinal order: every requirement entry under its own
    /// key; <c>project.name</c>, <c>project.scale</c>, <c>project.expected-users</c> and <c>project.stack</c>;
    /// <c>features.&lt;name&gt;</c> = <c>enabled</c> per feature; and <c>entities.&lt;Name&gt;</c> and
    /// <c>agents.&lt;name&gt;</c> = the content hash of each entity's and custom agent's declaration.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Of(ProjectRequirements requirements)
    {
        var keys = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var project = requirements.Project;
        keys[ProjectPrefix + "name"] = project.Name;
        keys[ProjectPrefix + "scale"] = project.Scale.ToString().ToLowerInvariant();
        keys[ProjectPrefix + "expected-users"] = project.ExpectedUsers.ToString(CultureInfo.InvariantCulture);
        keys[ProjectPrefix + "stack"] = string.Join(", ", project.Stack);
        foreach (var feature in requirements.Features)
        {
            keys[FeaturesPrefix + feature] = "enabled";
        }

        foreach (var entity in requirements.Entities)
        {
            keys[EntitiesPrefix + entity.Name] = HashOf(EquatableArray.Of(entity), default);
        }

        foreach (var agent in requirements.Agents)
        {
            keys[AgentsPrefix + agent.Name] = HashOf(default, EquatableArray.Of(agent));
        }

        foreach (var entry in requirements.Requirements)
        {
            // Nothing yet stops a user from declaring a key such as "project.name"; keeping both values
            // means a change to either is still seen.
            keys[entry.Key] = keys.TryGetValue(entry.Key, out var derived) ? derived + "\n" + entry.Value : entry.Value;
        }

        return keys;
    }

    // A snapshot holding only the one entity or agent goes through the canonical writer, so every field
    // it writes, in this and later schema versions, is part of the hash.
    private static string HashOf(EquatableArray<EntityInfo> entities, EquatableArray<CustomAgentInfo> agents) =>
        ContentHash.Of(RequirementsJson.Write(new ProjectRequirements(NoProject, default, entities, default, agents)));
}
