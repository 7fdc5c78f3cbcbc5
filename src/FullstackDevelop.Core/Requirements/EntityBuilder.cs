using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements;

/// <summary>Turns entity declarations into fields, keys and relations.</summary>
internal static class EntityBuilder
{
    public static EquatableArray<EntityInfo> Build(EquatableArray<EntityDeclaration> declarations, List<Problem> problems)
    {
        var entities = new Dictionary<string, (EntityInfo Entity, string FullName)>(StringComparer.Ordinal);

        // Visit in full-name order so the same duplicate is reported whatever the order of the files.
        var order = Enumerable.Range(0, declarations.Count).OrderBy(i => declarations[i].FullName, StringComparer.Ordinal);
        foreach (var index in order)
        {
            var declaration = declarations[index];
            if (entities.TryGetValue(declaration.Name, out var existing))
            {
                problems.Add(Problem.Create(ProblemCatalog.DuplicateEntity, ProblemSubject.At(DeclarationKind.Entity, index), declaration.Name, existing.FullName));
                continue;
            }

            var entity = BuildEntity(declaration, index, problems);
            entities.Add(declaration.Name, (entity, declaration.FullName));
        }

        return EquatableArray.From(entities.Values.Select(e => e.Entity).OrderBy(e => e.Name, StringComparer.Ordinal));
    }

    private static EntityInfo BuildEntity(EntityDeclaration declaration, int index, List<Problem> problems)
    {
        var properties = declaration.Properties;
        var keyIndices = FindKeys(declaration);
        if (keyIndices.Count == 0)
        {
            problems.Add(Problem.Create(ProblemCatalog.EntityWithoutKey, ProblemSubject.At(DeclarationKind.Entity, index), declaration.Name));
        }

        var fields = new List<FieldInfo>();
        var relations = new List<RelationInfo>();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var subject = ProblemSubject.Property(index, i);
            if (property.EntityTarget is not null)
            {
                relations.Add(BuildRelation(property, properties));
                continue;
            }

            var type = MapType(property);
            if (type is null)
            {
                var shown = property.IsCollection ? "collection of " + property.ClrType : property.ClrType;
                problems.Add(Problem.Create(ProblemCatalog.UnsupportedPropertyType, subject, declaration.Name, property.Name, shown));
                continue;
            }

            if (property.MaxLength is <= 0)
            {
                problems.Add(Problem.Create(ProblemCatalog.InvalidMaxLength, subject, declaration.Name, property.Name, property.MaxLength.Value.ToString(CultureInfo.InvariantCulture)));
            }

            var isKey = keyIndices.Contains(i);
            fields.Add(new FieldInfo(
                property.Name,
                type,
                isKey,
                isKey || property.HasRequired || !property.IsNullable,
                property.MaxLength,
                property.EnumMembers,
                property.EnumMembers.Count > 0 ? property.ClrType : null,
                !isKey && property.IsNullable));
        }

        var table = string.IsNullOrWhiteSpace(declaration.Table) ? TableNamer.Pluralize(declaration.Name) : declaration.Table!.Trim();
        return new EntityInfo(declaration.Name, table, EquatableArray.From(fields), EquatableArray.From(relations), declaration.FullName);
    }

    private static HashSet<int> FindKeys(EntityDeclaration declaration)
    {
        var properties = declaration.Properties;
        var keys = new HashSet<int>(Enumerable.Range(0, properties.Count).Where(i => properties[i].HasKey && IsScalar(properties[i])));
        if (keys.Count > 0)
        {
            return keys;
        }

        // EF Core's convention: Id, then <Entity>Id.
        foreach (var conventional in new[] { "Id", declaration.Name + "Id" })
        {
            for (var i = 0; i < properties.Count; i++)
            {
                if (IsScalar(properties[i]) && string.Equals(properties[i].Name, conventional, StringComparison.OrdinalIgnoreCase))
                {
                    keys.Add(i);
                    return keys;
                }
            }
        }

        return keys;
    }

    private static bool IsScalar(PropertyDeclaration property) => property.EntityTarget is null && MapType(property) is not null;

    private static string? MapType(PropertyDeclaration property)
    {
        if (property.IsCollection)
        {
            return null;
        }

        if (property.EnumMembers.Count > 0)
        {
            return FieldType.Enum;
        }

        return FieldType.TryFromClrName(property.ClrType, out var type) ? type : null;
    }

    private static RelationInfo BuildRelation(PropertyDeclaration property, EquatableArray<PropertyDeclaration> properties)
    {
        if (property.IsCollection)
        {
            return new RelationInfo(property.Name, property.EntityTarget!, RelationKind.OneToMany, null, false);
        }

        var foreignKeyName = property.ForeignKey ?? property.Name + "Id";
        // Only a property that became a field can be the foreign key; an unsupported one was dropped (FSD0008).
        var foreignKey = properties.FirstOrDefault(p => IsScalar(p) && string.Equals(p.Name, foreignKeyName, StringComparison.Ordinal));
        var isRequired = property.HasRequired || (foreignKey is not null ? !foreignKey.IsNullable : !property.IsNullable);
        return new RelationInfo(property.Name, property.EntityTarget!, RelationKind.ManyToOne, foreignKey?.Name, isRequired);
    }
}
