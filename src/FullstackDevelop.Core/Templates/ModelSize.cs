using System.Collections.Generic;
using System.Globalization;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// How much the model of one render holds, counted in C# before the render: what its loop and output limits grow
/// with (<see cref="RenderLimits.For"/>), so a template that walks a big model once is not taken for a runaway one.
/// </summary>
/// <param name="Entities">The entities the model holds.</param>
/// <param name="Fields">Their fields, keys included.</param>
/// <param name="Relations">Their relations of every kind.</param>
/// <param name="Requirements">The requirement entries, enum types, field types and plan agents it lists besides.</param>
public readonly record struct ModelSize(int Entities, int Fields, int Relations, int Requirements)
{
    /// <summary>Everything the model holds, each entity, field, relation and entry counting one.</summary>
    public long Items => (long)Entities + Fields + Relations + Requirements;

    /// <summary>The model in words, for messages: <c>2,000 entities, 10,000 fields and 1,999 relations</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        Add(parts, Entities, "entity", "entities");
        Add(parts, Fields, "field", "fields");
        Add(parts, Relations, "relation", "relations");
        Add(parts, Requirements, "other entry", "other entries");
        return parts.Count switch
        {
            0 => "nothing to iterate",
            1 => parts[0],
            _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1],
        };
    }

    private static void Add(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add(count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many));
        }
    }
}
