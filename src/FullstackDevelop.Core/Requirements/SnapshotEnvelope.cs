using System.Collections.Generic;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// The requirements snapshot without its entities: the compact JSON is <see cref="Prefix"/>, each entity's JSON
/// (<see cref="RequirementsJson.WriteEntity(EntityInfo)"/>) separated by commas, then <see cref="Suffix"/>.
/// </summary>
/// <param name="Prefix">Everything up to the <c>[</c> that opens the <c>entities</c> array.</param>
/// <param name="Suffix">Everything from the <c>]</c> that closes it.</param>
public sealed record SnapshotEnvelope(string Prefix, string Suffix)
{
    /// <summary>The separator between two entities' JSON.</summary>
    public const string Separator = ",";

    /// <summary>The snapshot's text in order, piece by piece, without copying it into one string.</summary>
    /// <param name="entities">Each entity's JSON, in the order of <see cref="ProjectRequirements.Entities"/>.</param>
    public IEnumerable<string> Pieces(IReadOnlyList<string> entities)
    {
        yield return Prefix;
        for (var i = 0; i < entities.Count; i++)
        {
            if (i > 0)
            {
                yield return Separator;
            }

            yield return entities[i];
        }

        yield return Suffix;
    }

    /// <summary>The snapshot's text.</summary>
    /// <param name="entities">Each entity's JSON, in the order of <see cref="ProjectRequirements.Entities"/>.</param>
    public string Assemble(IReadOnlyList<string> entities) => string.Concat(Pieces(entities));
}
