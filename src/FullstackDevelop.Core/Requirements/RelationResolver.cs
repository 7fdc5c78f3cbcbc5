using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// Works out every navigation's relation across the entities, the way the generated EF Core configuration states it,
/// so EF Core never has to guess: a reference with a foreign key is a many-to-one, paired with the target's only
/// collection back (one-to-many) or only reference back without a foreign key (one-to-one); two collections that only
/// mirror each other are a many-to-many. A navigation that pairs with nothing is ignored with a warning, a foreign key
/// EF Core would reject at startup is an error.
/// </summary>
internal static class RelationResolver
{
    /// <summary>Resolves the navigations of <paramref name="ordered"/>, the drafts of <paramref name="drafts"/> in name order.</summary>
    public static void Resolve(List<EntityDraft> ordered, Dictionary<string, EntityDraft> drafts, List<Problem> problems)
    {
        // Every pass runs for every entity on every edit: plain loops, no enumerators.
        foreach (var entity in ordered)
        {
            foreach (var navigation in entity.Navigations)
            {
                if (!navigation.IsCollection)
                {
                    ResolveForeignKey(entity, navigation, drafts, problems);
                }
            }
        }

        foreach (var entity in ordered)
        {
            foreach (var reference in entity.Navigations)
            {
                if (reference.Relation is { Kind: RelationKind.ManyToOne })
                {
                    PairWithInverse(entity, reference, drafts);
                }
            }
        }

        foreach (var entity in ordered)
        {
            foreach (var collection in entity.Navigations)
            {
                if (collection.IsCollection && collection.Relation is null && !collection.IsRejected)
                {
                    PairManyToMany(entity, collection, drafts, problems);
                }
            }
        }

        foreach (var entity in ordered)
        {
            foreach (var navigation in entity.Navigations)
            {
                if (navigation.Relation is not null || navigation.IsRejected)
                {
                    continue;
                }

                // Nothing pairs with entities without a key, nor with a reference whose foreign key is wrong: FSD0007 or
                // FSD0033 says why, a warning here would only repeat it.
                if (entity.Keys.Count == 0 || (drafts.TryGetValue(navigation.Target, out var target)
                    && (target.Keys.Count == 0 || target.Navigations.Any(n => n.HasInvalidForeignKey && n.Target == entity.Name))))
                {
                    navigation.IsRejected = true;
                    continue;
                }

                Ignore(entity, navigation, Unpaired(entity, navigation, drafts), problems);
            }
        }
    }

    private static void ResolveForeignKey(EntityDraft entity, NavigationDraft navigation, Dictionary<string, EntityDraft> drafts, List<Problem> problems)
    {
        if (navigation.Property.Access == PropertyAccess.GetOnly)
        {
            Ignore(entity, navigation, "it has no setter, so EF Core could not load it; add a setter", problems);
            return;
        }

        var named = navigation.ForeignKeyAttribute ?? (entity.ForeignKeyOf.TryGetValue(navigation.Name, out var field) ? field : null);
        var foreignKey = entity.Field(named ?? navigation.Name + "Id");
        var subject = ProblemSubject.Property(entity.Index, navigation.PropertyIndex);
        if (named is not null && foreignKey is null)
        {
            Reject(navigation, problems, subject, entity.Name, "is named '" + named + "', which is not a field of " + entity.Name + ": name a property of a supported type");
            return;
        }

        if (foreignKey is null)
        {
            // Perhaps the principal of a one-to-one: decided once every foreign key is known.
            return;
        }

        if (drafts.TryGetValue(navigation.Target, out var target))
        {
            var keys = target.Keys;
            if (keys.Count == 0)
            {
                // FSD0007 is reported at the target: a second error here would only repeat it.
                navigation.IsRejected = true;
                return;
            }

            if (keys.Count != 1)
            {
                Reject(navigation, problems, subject, entity.Name, "refers to " + target.Name + ", whose key has " + keys.Count + " parts (" + string.Join(", ", keys.Select(k => k.Name)) + "): a reference needs an entity with a single key");
                return;
            }

            if (keys[0].Type != foreignKey.Type || keys[0].EnumType != foreignKey.EnumType)
            {
                Reject(navigation, problems, subject, entity.Name, "is '" + foreignKey.Name + "' of type " + TypeName(foreignKey) + ", but the key of " + target.Name + " ('" + keys[0].Name + "') is of type " + TypeName(keys[0]) + ": make them the same type");
                return;
            }
        }

        // [Required] on the navigation makes its foreign key required too, so the API refuses a request without one.
        if (navigation.RequiredAttribute && !foreignKey.IsRequired)
        {
            entity.Require(foreignKey.Name);
        }

        navigation.Relation = new RelationInfo(navigation.Name, navigation.Target, RelationKind.ManyToOne, foreignKey.Name, navigation.RequiredAttribute || foreignKey.IsRequired);
    }

    private static void PairWithInverse(EntityDraft entity, NavigationDraft reference, Dictionary<string, EntityDraft> drafts)
    {
        if (!drafts.TryGetValue(reference.Target, out var target))
        {
            return;
        }

        NavigationDraft? back = null;
        var backs = 0;
        foreach (var n in target.Navigations)
        {
            if (n != reference && n.Target == entity.Name && !n.IsRejected && n.Relation is null && !(n.IsCollection && n.Property.IsReadOnlyCollection))
            {
                back = n;
                backs++;
            }
        }

        var alike = 0;
        foreach (var n in entity.Navigations)
        {
            if (n.Target == reference.Target && n.Relation is { Kind: RelationKind.ManyToOne })
            {
                alike++;
            }
        }

        if (backs != 1 || alike != 1)
        {
            return;
        }

        if (back!.IsCollection)
        {
            back.Relation = new RelationInfo(back.Name, entity.Name, RelationKind.OneToMany, null, false, reference.Name);
            reference.Relation = reference.Relation! with { Inverse = back.Name };
        }
        else
        {
            back.Relation = new RelationInfo(back.Name, entity.Name, RelationKind.OneToOne, null, false, reference.Name);
            reference.Relation = reference.Relation! with { Inverse = back.Name, IsUnique = true };
        }
    }

    private static void PairManyToMany(EntityDraft entity, NavigationDraft collection, Dictionary<string, EntityDraft> drafts, List<Problem> problems)
    {
        if (collection.Property.IsReadOnlyCollection || collection.Target == entity.Name || !drafts.TryGetValue(collection.Target, out var target))
        {
            return;
        }

        static bool Open(NavigationDraft n) => n.IsCollection && n.Relation is null && !n.IsRejected && !n.Property.IsReadOnlyCollection;
        var mine = entity.Navigations.Where(n => Open(n) && n.Target == target.Name).ToList();
        var theirs = target.Navigations.Where(n => Open(n) && n.Target == entity.Name).ToList();
        if (mine.Count != 1 || theirs.Count != 1)
        {
            return;
        }

        var other = theirs[0];
        if (entity.Keys.Count == 0 || target.Keys.Count == 0)
        {
            // FSD0007 is reported at the entity without a key: a warning here would only repeat it.
            collection.IsRejected = true;
            other.IsRejected = true;
            return;
        }

        if (entity.Keys.Count != 1 || target.Keys.Count != 1)
        {
            var reason = "a many-to-many needs a single key on both sides, and " + (entity.Keys.Count != 1 ? entity.Name : target.Name) + " has a composite key";
            Ignore(entity, collection, reason, problems);
            Ignore(target, other, reason, problems);
            return;
        }

        var (first, second) = string.CompareOrdinal(entity.Name, target.Name) < 0 ? (entity, target) : (target, entity);
        var table = first.Name + second.Name;
        var column = entity.Name + entity.Keys[0].Name;
        var targetColumn = target.Name + target.Keys[0].Name;
        collection.Relation = new RelationInfo(collection.Name, target.Name, RelationKind.ManyToMany, null, false, other.Name, Join: new JoinTableInfo(table, column, targetColumn));
        other.Relation = new RelationInfo(other.Name, entity.Name, RelationKind.ManyToMany, null, false, collection.Name, Join: new JoinTableInfo(table, targetColumn, column));
    }

    private static string Unpaired(EntityDraft entity, NavigationDraft navigation, Dictionary<string, EntityDraft> drafts)
    {
        drafts.TryGetValue(navigation.Target, out var target);
        var keyType = target is not null && target.Keys.Count == 1 ? FieldType.CSharpName(target.Keys[0].Type) : "int";
        if (!navigation.IsCollection)
        {
            return "it has no foreign key property: add 'public " + keyType + (navigation.Property.IsNullable ? "?" : string.Empty) + " " + navigation.Name + "Id { get; set; }' (the type of " + navigation.Target + "'s key), or name one with [ForeignKey]";
        }

        if (navigation.Property.IsReadOnlyCollection)
        {
            return "items cannot be added to it: declare it as List<" + navigation.Target + "> or ICollection<" + navigation.Target + ">";
        }

        var references = target?.Navigations.Where(n => !n.IsCollection && n.Target == entity.Name && n.Relation is { Kind: RelationKind.ManyToOne }).Select(n => n.Name).ToList() ?? new List<string>();
        if (references.Count > 1)
        {
            return navigation.Target + " has " + references.Count + " references to " + entity.Name + " (" + string.Join(", ", references) + "), so it cannot tell which one it mirrors: remove it, or all but one of those references";
        }

        var ownKeyType = entity.Keys.Count == 1 ? FieldType.CSharpName(entity.Keys[0].Type) : "int";
        return "nothing on " + navigation.Target + " pairs with it: add 'public " + entity.Name + "? " + entity.Name + " { get; set; }' and 'public " + ownKeyType + "? " + entity.Name + "Id { get; set; }' to " + navigation.Target
            + (navigation.Target == entity.Name ? string.Empty : ", or a collection of " + entity.Name + " to make it a many-to-many");
    }

    private static void Ignore(EntityDraft entity, NavigationDraft navigation, string reason, List<Problem> problems)
    {
        navigation.IsRejected = true;
        problems.Add(Problem.Create(ProblemCatalog.IgnoredNavigation, ProblemSubject.Property(entity.Index, navigation.PropertyIndex), entity.Name, navigation.Name, reason));
    }

    private static void Reject(NavigationDraft navigation, List<Problem> problems, ProblemSubject subject, string entity, string reason)
    {
        navigation.IsRejected = true;
        navigation.HasInvalidForeignKey = true;
        problems.Add(Problem.Create(ProblemCatalog.InvalidForeignKey, subject, entity, navigation.Name, reason));
    }

    private static string TypeName(FieldInfo field) => field.Type == FieldType.Enum ? field.EnumType ?? "an enum" : FieldType.CSharpName(field.Type);
}
