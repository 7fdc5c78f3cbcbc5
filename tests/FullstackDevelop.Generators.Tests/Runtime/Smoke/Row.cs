using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Generators.Tests.Runtime.Models;
using FullstackDevelop.Generators.Tests.Runtime.Values;

namespace FullstackDevelop.Generators.Tests.Runtime.Smoke;

/// <summary>A row the smoke test created, with the values the API must return for it.</summary>
internal sealed class Row
{
    public Row(EntitySpec entity, int sequence)
    {
        Entity = entity;
        Sequence = sequence;
    }

    public EntitySpec Entity { get; }

    /// <summary>The order of creation across all entities: a row only ever has a required reference to an earlier one.</summary>
    public int Sequence { get; }

    /// <summary>The expected value of every field, by field name.</summary>
    public Dictionary<string, object?> Values { get; } = new();

    public object? this[FieldSpec field] => Values[field.Name];

    /// <summary>The key's values in key order.</summary>
    public IReadOnlyList<object> Key => Entity.Keys.Select(k => Values[k.Name]!).ToList();

    /// <summary>The item route: the collection route and every key part.</summary>
    public string Path => Entity.Route + "/" + string.Join("/", Key.Select(ValueJson.ToRoute));

    /// <summary>For messages.</summary>
    public override string ToString() => Entity.Name + "(" + string.Join(", ", Key.Select(ValueJson.Show)) + ")";
}
