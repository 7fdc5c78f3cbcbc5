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

    /// <summary>The backend of <paramref name="requirements"/>, with generated code under <paramref name="rootNamespace"/>.</summary>
    public static BackendModel Build(ProjectRequirements requirements, string rootNamespace) =>
        new(SettingsOf(requirements, rootNamespace), EquatableArray.From(EntityInputs(requirements, rootNamespace).Select(BuildEntity)));

    /// <summary>The choices of <paramref name="requirements"/> that apply to every generated file.</summary>
    public static BackendSettings SettingsOf(ProjectRequirements requirements, string rootNamespace) =>
        new(
            rootNamespace,
            CSharpNames.Identifier(requirements.Project.Name),
            requirements.Features.Contains(PatternRecognizer.AuthenticationFeature),
            requirements.Entities.Count > PatternRecognizer.CrudEntityThreshold,
            requirements.Features.Contains(PatternRecognizer.AuditLogFeature),
            CorsOrigins.Of(requirements.Requirements));

    /// <summary>
    /// What each entity's backend is built from, in the order of the entities: the entity and the entities its relations
    /// point at. A host that builds each entity on its own builds again only the entities whose input changed.
    /// </summary>
    public static IEnumerable<BackendEntityInput> EntityInputs(ProjectRequirements requirements, string rootNamespace)
    {
        // Runs for every entity on every edit that changes the requirements: plain loops, no enumerators.
        var byName = new Dictionary<string, EntityInfo>(requirements.Entities.Count, StringComparer.Ordinal);
        foreach (var entity in requirements.Entities)
        {
            byName.Add(entity.Name, entity);
        }

        var inputs = new List<BackendEntityInput>(requirements.Entities.Count);
        var targets = new List<EntityInfo>();
        foreach (var entity in requirements.Entities)
        {
            targets.Clear();
            foreach (var relation in entity.Relations)
            {
                if (byName.TryGetValue(relation.Target, out var target) && !targets.Contains(target))
                {
                    targets.Add(target);
                }
            }

            inputs.Add(new BackendEntityInput(entity, EquatableArray.From(targets), rootNamespace));
        }

        return inputs;
    }

    /// <summary>The route of an entity's endpoints: <c>/api/order-lines</c> for <c>OrderLine</c>.</summary>
    public static string RouteOf(string entityName) => "/api/" + CSharpNames.Kebab(TableNamer.Pluralize(entityName));

    /// <summary>The backend of one entity.</summary>
    public static BackendEntity BuildEntity(BackendEntityInput input)
    {
        var entity = input.Entity;
        var rootNamespace = input.RootNamespace;
        var all = input.Targets.ToDictionary(target => target.Name, StringComparer.Ordinal);
        var references = entity.Relations.Where(r => r.Kind == RelationKind.ManyToOne).ToList();
        var foreignKeys = references.Where(r => r.ForeignKey is not null).ToDictionary(r => r.ForeignKey!, r => r.Target, StringComparer.Ordinal);
        var fields = EquatableArray.From(entity.Fields.Select(field => BuildField(entity, field, foreignKeys.TryGetValue(field.Name, out var target) ? target : null, rootNamespace)));
        return new BackendEntity(
            entity.Name,
            Global(entity.ClrType ?? entity.Name),
            entity.Table,
            TableNamer.Pluralize(entity.Name),
            RouteOf(entity.Name),
            CSharpNames.Prose(entity.Name),
            "aeiou".IndexOf(char.ToLowerInvariant(entity.Name[0])) >= 0 ? "an" : "a",
            fields,
            EquatableArray.From(fields.Where(f => f.IsKey)),
            EquatableArray.From(references.Select(reference => new BackendManyToOne(
                reference.Name,
                reference.Target,
                Global(all.TryGetValue(reference.Target, out var target) ? target.ClrType ?? reference.Target : reference.Target),
                reference.ForeignKey,
                reference.IsRequired,
                reference.Inverse,
                reference.IsRequired ? "Restrict" : "SetNull",
                reference.IsUnique))),
            EquatableArray.From(entity.Relations.Where(r => r.Kind == RelationKind.OneToMany).Select(collection => new BackendOneToMany(collection.Name, collection.Target, collection.Inverse))),
            EquatableArray.From(entity.Relations.Where(r => r.Kind == RelationKind.ManyToMany).Select(relation => BuildManyToMany(entity, relation, all[relation.Target], rootNamespace))),
            entity.Ignored,
            EquatableArray.From(entity.Relations.Where(r => r.Kind == RelationKind.OneToOne).Select(relation => new BackendOneToOne(relation.Name, relation.Target, relation.Inverse!))));
    }

    private static BackendManyToMany BuildManyToMany(EntityInfo entity, RelationInfo relation, EntityInfo target, string rootNamespace) =>
        new(
            relation.Name,
            target.Name,
            Global(target.ClrType ?? target.Name),
            TableNamer.Pluralize(target.Name),
            relation.Inverse!,
            relation.Join!.Table,
            relation.Join.Column,
            relation.Join.TargetColumn,
            BuildField(target, target.Fields.Single(f => f.IsKey), null, rootNamespace),
            CSharpNames.Kebab(relation.Name),
            RouteOf(target.Name),
            string.CompareOrdinal(entity.Name, target.Name) < 0,
            TargetRouteParameter(target),
            CSharpNames.Parameter(TargetRouteParameter(target)));

    private static string TargetRouteParameter(EntityInfo target) => CSharpNames.Camel(target.Name) + target.Fields.Single(f => f.IsKey).Name;

    private static BackendField BuildField(EntityInfo entity, FieldInfo field, string? foreignKeyOf, string rootNamespace)
    {
        var type = field.Type == FieldType.Enum ? Global(field.EnumType ?? field.Name) : FieldType.CSharpType(field.Type);
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
        var isGenerated = KeyGeneration.IsGenerated(entity, field);
        var rules = field.Constraints;
        return new BackendField(
            field.Name,
            CSharpNames.Camel(field.Name),
            type,
            optional || field.IsNullable ? type + "?" : type,
            isReference && !optional ? type : type + "?",
            field.IsRequired,
            field.IsKey,
            isGenerated,
            field.MaxLength,
            kind,
            CSharpNames.LongestLength(field.EnumMembers),
            foreignKeyOf,
            FieldSummary.Describe(field, foreignKeyOf),
            RequestValidationAttributes.For(field, type, rootNamespace),
            !isReference || optional ? string.Empty : kind == "string" ? " = \"\";" : " = global::System.Array.Empty<byte>();",
            CSharpNames.JsonName(field.Name),
            RouteConstraints.TryGetValue(field.Type, out var constraint) ? constraint : string.Empty,
            field.Type,
            !isGenerated && field.Access is PropertyAccess.ReadWrite or PropertyAccess.InitOnly,
            !field.IsKey && field.Access == PropertyAccess.ReadWrite,
            rules.Precision,
            rules.Scale,
            CheckConstraints.For(entity.Table, field),
            field.Type is "datetime" or "datetimeoffset",
            CSharpNames.Parameter(CSharpNames.JsonName(field.Name)));
    }

    private static string Global(string clrName) => "global::" + clrName;
}
