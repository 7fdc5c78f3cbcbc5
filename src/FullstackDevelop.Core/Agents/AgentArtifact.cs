using System.Text;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Backend;

namespace FullstackDevelop.Core.Agents;

/// <summary>A file an agent writes: which template renders it, where it goes, and whether once per project or once per entity.</summary>
/// <param name="Agent">The agent that writes it.</param>
/// <param name="Template">The catalog template that renders it.</param>
/// <param name="Path">
/// Its path in the output folder, with '/' separators. In an entity artifact, <c>{entity}</c> stands for the entity's
/// name (<c>OrderLine</c>), <c>{entity-kebab}</c> for it in kebab case (<c>order-line</c>) and <c>{table}</c> for its table.
/// </param>
/// <param name="Scope">Once per project, or once per entity.</param>
public sealed record AgentArtifact(string Agent, string Template, string Path, ArtifactScope Scope)
{
    /// <summary>The path of the file rendered for <paramref name="entity"/>, or the project file's path when it is null.</summary>
    public string PathFor(ArtifactEntity? entity)
    {
        if (entity is null)
        {
            return Path;
        }

        return new StringBuilder(Path)
            .Replace("{entity-kebab}", entity.KebabName)
            .Replace("{entity}", entity.Name)
            .Replace("{table}", entity.Table)
            .ToString();
    }
}
