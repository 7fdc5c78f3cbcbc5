using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Rendering;

/// <summary>
/// A part of an agent's work that is rendered and cached on its own: its project-wide files, or one entity's files.
/// </summary>
/// <param name="Agent">The agent.</param>
/// <param name="Name"><c>project</c>, or <c>entity:</c> and the entity's name.</param>
/// <param name="Artifacts">The artifacts it renders.</param>
/// <param name="Model">The variables its templates see: a <see cref="ProjectUnitModel"/> or an <see cref="EntityUnitModel"/>.</param>
/// <param name="Entity">The entity of a per-entity unit.</param>
public sealed record AgentUnit(string Agent, string Name, EquatableArray<AgentArtifact> Artifacts, object Model, ArtifactEntity? Entity)
{
    /// <summary>The name of the project-wide unit.</summary>
    public const string ProjectUnitName = "project";

    /// <summary>The name of <paramref name="entity"/>'s unit.</summary>
    public static string EntityUnitName(string entity) => "entity:" + entity;
}
