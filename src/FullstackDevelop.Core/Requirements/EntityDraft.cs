using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements;

/// <summary>An entity while <see cref="EntityBuilder"/> and <see cref="RelationResolver"/> work on it.</summary>
internal sealed class EntityDraft
{
    private List<FieldInfo>? _keys;

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
        // Runs for every entity on every edit: plain loops, no enumerators.
        var draft = new EntityDraft(part.Declaration, index, part.Table);
        draft.Fields.Capacity = part.Fields.Count;
        foreach (var field in part.Fields)
        {
            draft.Fields.Add((field.PropertyIndex, field.Field));
        }

        foreach (var navigation in part.Navigations)
        {
            draft.Navigations.Add(new NavigationDraft(navigation.PropertyIndex, part.Declaration.Properties[navigation.PropertyIndex], navigation.RequiredAttribute, navigation.ForeignKeyAttribute));
        }

        foreach (var key in part.ForeignKeys)
        {
            draft.ForeignKeyOf[key.Navigation] = key.Field;
        }

        foreach (var ignored in part.Ignored)
        {
            draft.Ignored.Add(ignored);
        }

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

    public FieldInfo? Field(string name)
    {
        foreach (var (_, field) in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The key fields, read once the fields are complete: the relations ask for them many times.</summary>
    public IReadOnlyList<FieldInfo> Keys => _keys ??= Fields.Select(f => f.Field).Where(f => f.IsKey).ToList();

    /// <summary>Makes the field <paramref name="name"/> required.</summary>
    public void Require(string name)
    {
        var index = Fields.FindIndex(f => f.Field.Name == name);
        Fields[index] = (Fields[index].PropertyIndex, Fields[index].Field with { IsRequired = true });
        _keys = null;
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

    public EntityInfo ToEntity()
    {
        // Runs for every entity on every edit: the lists are usually in property order already, so they are sorted only
        // when they are not.
        if (!InPropertyOrder(Fields, f => f.PropertyIndex))
        {
            // Property indices are unique: an unstable sort gives the one order.
            Fields.Sort((first, second) => first.PropertyIndex.CompareTo(second.PropertyIndex));
        }

        var relations = new List<(int PropertyIndex, RelationInfo Relation)>(Navigations.Count);
        var ignored = new List<int>(Ignored);
        foreach (var navigation in Navigations)
        {
            if (navigation.Relation is { } relation)
            {
                relations.Add((navigation.PropertyIndex, relation));
            }
            else
            {
                ignored.Add(navigation.PropertyIndex);
            }
        }

        if (!InPropertyOrder(relations, r => r.PropertyIndex))
        {
            relations.Sort((first, second) => first.PropertyIndex.CompareTo(second.PropertyIndex));
        }

        ignored.Sort();
        var fieldInfos = new FieldInfo[Fields.Count];
        for (var i = 0; i < Fields.Count; i++)
        {
            fieldInfos[i] = Fields[i].Field;
        }

        var relationInfos = new RelationInfo[relations.Count];
        for (var i = 0; i < relations.Count; i++)
        {
            relationInfos[i] = relations[i].Relation;
        }

        var ignoredNames = new string[ignored.Count];
        for (var i = 0; i < ignored.Count; i++)
        {
            ignoredNames[i] = Declaration.Properties[ignored[i]].Name;
        }

        return new(
            Declaration.Name,
            Table,
            new EquatableArray<FieldInfo>(fieldInfos),
            new EquatableArray<RelationInfo>(relationInfos),
            Declaration.FullName,
            new EquatableArray<string>(ignoredNames));
    }

    private static bool InPropertyOrder<T>(IReadOnlyList<T> items, Func<T, int> propertyIndex)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (propertyIndex(items[i - 1]) > propertyIndex(items[i]))
            {
                return false;
            }
        }

        return true;
    }
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
