using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Requirements;

/// <summary>Which keys the database or EF Core makes when a row is added, so requests do not carry them.</summary>
public static class KeyGeneration
{
    // Integers through the database's identity column, GUIDs on the client: what EF Core does for a single key.
    private static readonly HashSet<string> GeneratedTypes = new(StringComparer.Ordinal) { "int16", "int32", "int64", "guid" };

    /// <summary>True when <paramref name="field"/> is <paramref name="entity"/>'s single key, of a generated type, and not a foreign key.</summary>
    public static bool IsGenerated(EntityInfo entity, FieldInfo field) =>
        field.IsKey
        && entity.Fields.Count(f => f.IsKey) == 1
        && GeneratedTypes.Contains(field.Type)
        && !entity.Relations.Any(r => r.Kind == RelationKind.ManyToOne && r.ForeignKey == field.Name);
}
