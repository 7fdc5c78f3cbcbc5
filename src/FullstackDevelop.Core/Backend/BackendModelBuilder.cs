using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Backend;

/// <summary>Works out the C# backend's names, types and relations from the canonical requirements.</summary>
public static class BackendModelBuilder
{
    private static readonly Dictionary<string, string> CSharpTypes = new(StringComparer.Ordinal)
    {
        ["string"] = "string",
        ["bool"] = "bool",
        ["byte"] = "byte",
        ["int16"] = "short",
        ["int32"] = "int",
        ["int64"] = "long",
        ["float"] = "float",
        ["double"] = "double",
        ["decimal"] = "decimal",
        ["datetime"] = "global::System.DateTime",
        ["datetimeoffset"] = "global::System.DateTimeOffset",
        ["date"] = "global::System.DateOnly",
        ["time"] = "global::System.TimeOnly",
        ["timespan"] = "global::System.TimeSpan",
        ["guid"] = "global::System.Guid",
        ["bytes"] = "byte[]",
    };

    // The route constraints that accept exactly the values of a key type, so a malformed key is a 404 like a missing
    // one. Types without a fitting constraint (strings, dates and times) bind unconstrained.
    private static readonly Dictionary<string, string> RouteConstraints = new(StringComparer.Ordinal)
    {
        ["bool"] = "bool",
        ["byte"] = "int:range(0,255)",
        ["int16"] = "int:range(-32768,32767)",
        ["int32"] = "int",
        ["int64"] = "long",
        ["float"] = "float",
        ["double"] = "double",
        ["decimal"] = "decimal",
        ["datetime"] = "datetime",
        ["guid"] = "guid",
    };

    // The key types EF Core makes a value for on add when the key is a single property: integers through the
    // database's identity column, GUIDs on the client.
    private static readonly HashSet<string> GeneratedKeyTypes = new(StringComparer.Ordinal) { "int16", "int32", "int64", "guid" };

    /// <summary>The backend of <paramref name="requirements"/>, with generated code under <paramref name="rootNamespace"/>.</summary>
    public static BackendModel Build(ProjectRequirements requirements, string rootNamespace)
    {
        var entities = requirements.Entities;
        var settings = new BackendSettings(
            rootNamespace,
            CSharpNames.Identifier(requirements.Project.Name),
            requirements.Features.Contains(PatternRecognizer.AuthenticationFeature),
            entities.Count > PatternRecognizer.CrudEntityThreshold);
        return new BackendModel(settings, EquatableArray.From(entities.Select(entity => BuildEntity(entity, entities))));
    }

    private static BackendEntity BuildEntity(EntityInfo entity, EquatableArray<EntityInfo> all)
    {
        var references = entity.Relations.Where(r => r.Kind == RelationKind.ManyToOne).ToList();
        var foreignKeys = references.Where(r => r.ForeignKey is not null).ToDictionary(r => r.ForeignKey!, r => r.Target, StringComparer.Ordinal);
        var singleKey = entity.Fields.Count(f => f.IsKey) == 1;
        var fields = EquatableArray.From(entity.Fields.Select(field => BuildField(field, foreignKeys.TryGetValue(field.Name, out var target) ? target : null, singleKey)));
        var plural = TableNamer.Pluralize(entity.Name);
        return new BackendEntity(
            entity.Name,
            Global(entity.ClrType ?? entity.Name),
            entity.Table,
            plural,
            "/api/" + CSharpNames.Kebab(plural),
            CSharpNames.Prose(entity.Name),
            "aeiou".IndexOf(char.ToLowerInvariant(entity.Name[0])) >= 0 ? "an" : "a",
            fields,
            EquatableArray.From(fields.Where(f => f.IsKey)),
            EquatableArray.From(references.Select(reference => BuildReference(entity, reference, all))),
            EquatableArray.From(entity.Relations.Where(r => r.Kind == RelationKind.OneToMany).Select(collection => BuildCollection(entity, collection, all))));
    }

    private static BackendField BuildField(FieldInfo field, string? foreignKeyOf, bool singleKey)
    {
        var type = field.Type == FieldType.Enum ? Global(field.EnumType ?? field.Name) : CSharpTypes[field.Type];
        var kind = field.Type switch
        {
            "string" => "string",
            FieldType.Enum => "enum",
            "decimal" => "decimal",
            "bytes" => "bytes",
            _ => "value",
        };
        var isReference = kind is "string" or "bytes";
        var optional = !field.IsRequired;
        return new BackendField(
            field.Name,
            CSharpNames.Camel(field.Name),
            type,
            optional || field.IsNullable ? type + "?" : type,
            isReference && !optional ? type : type + "?",
            field.IsRequired,
            field.IsKey,
            field.IsKey && singleKey && foreignKeyOf is null && GeneratedKeyTypes.Contains(field.Type),
            field.MaxLength,
            kind,
            CSharpNames.LongestLength(field.EnumMembers),
            foreignKeyOf,
            Summary(field, foreignKeyOf),
            ValidationAttributes(field, kind),
            !isReference || optional ? string.Empty : kind == "string" ? " = \"\";" : " = global::System.Array.Empty<byte>();",
            CSharpNames.JsonName(field.Name),
            RouteConstraints.TryGetValue(field.Type, out var constraint) ? constraint : string.Empty);
    }

    private static string Summary(FieldInfo field, string? foreignKeyOf)
    {
        var parts = new List<string>();
        if (field.IsRequired)
        {
            parts.Add("required");
        }

        if (field.MaxLength is { } maxLength)
        {
            parts.Add("at most " + maxLength.ToString(CultureInfo.InvariantCulture) + (field.Type == "bytes" ? " bytes" : " characters"));
        }

        if (foreignKeyOf is not null)
        {
            parts.Add("the key of an existing " + CSharpNames.Prose(foreignKeyOf));
        }

        if (parts.Count == 0)
        {
            return "Optional.";
        }

        var sentence = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(sentence[0]) + sentence.Substring(1);
    }

    private static EquatableArray<string> ValidationAttributes(FieldInfo field, string kind)
    {
        const string Annotations = "global::System.ComponentModel.DataAnnotations.";
        var attributes = new List<string>();
        if (field.IsRequired)
        {
            attributes.Add(Annotations + "Required");
        }

        if (field.MaxLength is { } maxLength)
        {
            var length = maxLength.ToString(CultureInfo.InvariantCulture);
            attributes.Add(Annotations + (kind == "string" ? "StringLength(" : "MaxLength(") + length + ")");
        }

        return EquatableArray.From(attributes);
    }

    private static BackendManyToOne BuildReference(EntityInfo entity, RelationInfo reference, EquatableArray<EntityInfo> all)
    {
        var target = all.FirstOrDefault(e => e.Name == reference.Target);
        return new BackendManyToOne(
            reference.Name,
            reference.Target,
            Global(target?.ClrType ?? reference.Target),
            reference.ForeignKey,
            reference.IsRequired,
            Inverse(entity, reference, target),
            reference.IsRequired ? "Restrict" : "SetNull");
    }

    private static BackendOneToMany BuildCollection(EntityInfo entity, RelationInfo collection, EquatableArray<EntityInfo> all) =>
        new(collection.Name, collection.Target, Inverse(entity, collection, all.FirstOrDefault(e => e.Name == collection.Target)));

    // The other end of a relation, when both ends are unambiguous: the only relation of the opposite kind from the
    // target back to this entity, and this entity's only relation of its kind to the target. With two references
    // to one target (Sender and Recipient) neither pairs with the target's collection, which EF Core would refuse.
    private static string? Inverse(EntityInfo entity, RelationInfo relation, EntityInfo? target)
    {
        var opposite = relation.Kind == RelationKind.ManyToOne ? RelationKind.OneToMany : RelationKind.ManyToOne;
        var back = target?.Relations.Where(r => r.Kind == opposite && r.Target == entity.Name).ToList();
        var alike = entity.Relations.Count(r => r.Kind == relation.Kind && r.Target == relation.Target);
        return back is { Count: 1 } && alike == 1 ? back[0].Name : null;
    }

    private static string Global(string clrName) => "global::" + clrName;
}
