using System;
using System.Collections.Generic;

namespace FullstackDevelop.Core.Requirements;

/// <summary>The parts a host kept, by the full name of the declaration each was built from.</summary>
internal sealed class EntityParts
{
    private readonly Dictionary<string, EntityPart> _byFullName = new(StringComparer.Ordinal);

    public EntityParts(IReadOnlyList<EntityPart>? parts)
    {
        foreach (var part in parts ?? Array.Empty<EntityPart>())
        {
            _byFullName[part.Declaration.FullName] = part;
        }
    }

    /// <summary>The part built from <paramref name="declaration"/> or an equal one, or a new one when there is none.</summary>
    public EntityPart For(EntityDeclaration declaration) =>
        _byFullName.TryGetValue(declaration.FullName, out var part) && (ReferenceEquals(part.Declaration, declaration) || part.Declaration.Equals(declaration))
            ? part
            : EntityBuilder.BuildPart(declaration);
}
