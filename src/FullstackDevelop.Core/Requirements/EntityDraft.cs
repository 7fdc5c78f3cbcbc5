using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements;

/// <summary>An entity while <see cref="EntityBuilder"/> and <see cref="RelationResolver"/> work on it.</summary>
internal sealed class EntityDraft
{
    public EntityDraft(EntityDeclaration declaration, int index, string table)
    {
        Declaration = declaration;
        Index = index;
        Table = table;
    }

    public EntityDeclaration Declaration { get; }

    /// <summary>The declaration's index in the host's list, for problems.</summary>
    public int Index { get; }

    public string Table { get; }

    /// <summary>The fields, with the index of the property each comes from.</summary>
    public List<(int PropertyIndex, FieldInfo Field)> Fields { get; } = new();

    public List<NavigationDraft> Navigations { get; } = new();

    /// <summary>The navigations that fields name with <c>[ForeignKey("Navigation")]</c>, and those fields.</summary>
    public Dictionary<string, string> ForeignKeyOf { get; } = new(StringComparer.Ordinal);

    /// <summary>The indices of the properties that are neither fields nor relations.</summary>
    public List<int> Ignored { get; } = new();

    public string Name => Declaration.Name;

    /// <summary>A new draft of the entity at <paramref name="index"/> from what its declaration gave on its own.</summary>
    public static EntityDraft From(EntityPart part, int index)
    {
        var draft = new EntityDraft(part.Declaration, index, part.Table);
        draft.Fields.AddRange(part.Fields.Select(f => (f.PropertyIndex, f.Field)));
        draft.Navigations.AddRange(part.Navigations.Select(n => new NavigationDraft(n.PropertyIndex, part.Declaration.Properties[n.PropertyIndex], n.RequiredAttribute, n.ForeignKeyAttribute)));
        foreach (var key in part.ForeignKeys)
        {
            draft.ForeignKeyOf[key.Navigation] = key.Field;
        }

        draft.Ignored.AddRange(part.Ignored);
        return draft;
    }

    /// <summary>What this draft holds before anything across entities is worked out, with the problems found building it.</summary>
    public EntityPart ToPart(IEnumerable<Problem> problems) => new(
        Declaration,
        Table,
        EquatableArray.From(Fields.Select(f => new EntityPartField(f.PropertyIndex, f.Field))),
        EquatableArray.From(Navigations.Select(n => new EntityPartNavigation(n.PropertyIndex, n.RequiredAttribute, n.ForeignKeyAttribute))),
        EquatableArray.From(ForeignKeyOf.Select(pair => new EntityPartForeignKey(pair.Key, pair.Value))),
        EquatableArray.From(Ignored),
        EquatableArray.From(problems));

    public FieldInfo? Field(string name) => Fields.Select(f => f.Field).FirstOrDefault(f => f.Name == name);

    public IReadOnlyList<FieldInfo> Keys => Fields.Select(f => f.Field).Where(f => f.IsKey).ToList();

    /// <summary>Makes the field <paramref name="name"/> required.</summary>
    public void Require(string name)
    {
        var index = Fields.FindIndex(f => f.Field.Name == name);
        Fields[index] = (Fields[index].PropertyIndex, Fields[index].Field with { IsRequired = true });
    }

    public int PropertyIndexOf(string name)
    {
        var properties = Declaration.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    public EntityInfo ToEntity() => new(
        Declaration.Name,
        Table,
        EquatableArray.From(Fields.OrderBy(f => f.PropertyIndex).Select(f => f.Field)),
        EquatableArray.From(Navigations.Where(n => n.Relation is not null).OrderBy(n => n.PropertyIndex).Select(n => n.Relation!)),
        Declaration.FullName,
        EquatableArray.From(Ignored.Concat(Navigations.Where(n => n.Relation is null).Select(n => n.PropertyIndex)).OrderBy(i => i).Select(i => Declaration.Properties[i].Name)));
}

/// <summary>A reference or collection property while its relation is worked out.</summary>
internal sealed class NavigationDraft
{
    public NavigationDraft(int propertyIndex, PropertyDeclaration property, bool requiredAttribute, string? foreignKeyAttribute)
    {
        PropertyIndex = propertyIndex;
        Property = property;
        RequiredAttribute = requiredAttribute;
        ForeignKeyAttribute = foreignKeyAttribute;
    }

    public int PropertyIndex { get; }

    public PropertyDeclaration Property { get; }

    /// <summary>Marked <c>[Required]</c>.</summary>
    public bool RequiredAttribute { get; }

    /// <summary>The name <c>[ForeignKey]</c> on the navigation gives.</summary>
    public string? ForeignKeyAttribute { get; }

    public string Name => Property.Name;

    public string Target => Property.EntityTarget!;

    public bool IsCollection => Property.IsCollection;

    /// <summary>The relation once resolved; null while unresolved, and for an ignored navigation.</summary>
    public RelationInfo? Relation { get; set; }

    /// <summary>True once the navigation was reported and will be ignored.</summary>
    public bool IsRejected { get; set; }

    /// <summary>True once its foreign key was reported as an error (FSD0033).</summary>
    public bool HasInvalidForeignKey { get; set; }
}
