using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements.Annotations;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// Turns entity declarations into fields, keys and relations. Every property ends up as a field, a relation, or in the
/// entity's <see cref="EntityInfo.Ignored"/> list; every property or attribute that changes nothing is reported.
/// </summary>
internal static class EntityBuilder
{
    // The key types a route can carry and every database stores as a key.
    private static readonly HashSet<string> KeyTypes = new(StringComparer.Ordinal) { "string", "byte", "int16", "int32", "int64", "guid" };

    /// <summary>The entities, each from its part: one of <paramref name="parts"/> built from an equal declaration, or built here.</summary>
    public static EquatableArray<EntityInfo> Build(EquatableArray<EntityDeclaration> declarations, List<Problem> problems, IReadOnlyList<EntityPart>? parts = null) =>
        Build(declarations, problems, EntityExclusions.None, new EntityParts(parts));

    /// <summary>What <paramref name="declaration"/> gives on its own, its problems about the entity at index 0.</summary>
    public static EntityPart BuildPart(EntityDeclaration declaration)
    {
        var problems = new List<Problem>();
        return BuildDraft(declaration, 0, problems, EntityExclusions.None, null).ToPart(problems);
    }

    /// <summary>
    /// The entities without what an error was reported about: an entity with an error is left out, and so is a property
    /// with an error and a navigation to an entity left out. Leaving something out can make another declaration invalid
    /// (a key or a required member left out), so this repeats until nothing more is left out. The problems of these
    /// builds are not reported: the first build reported every cause already.
    /// </summary>
    /// <param name="declarations">The declarations.</param>
    /// <param name="entities">What <see cref="Build(EquatableArray{EntityDeclaration}, List{Problem}, IReadOnlyList{EntityPart})"/> built from them.</param>
    /// <param name="problems">The problems it reported.</param>
    public static EquatableArray<EntityInfo> ValidPart(EquatableArray<EntityDeclaration> declarations, EquatableArray<EntityInfo> entities, IReadOnlyList<Problem> problems)
    {
        var excluded = EntityExclusions.None.With(problems);
        while (excluded.Count > 0)
        {
            var found = new List<Problem>();
            entities = Build(declarations, found, excluded, new EntityParts(null));
            var more = excluded.With(found);
            if (more.Count == excluded.Count)
            {
                break;
            }

            excluded = more;
        }

        return entities;
    }

    private static EquatableArray<EntityInfo> Build(EquatableArray<EntityDeclaration> declarations, List<Problem> problems, EntityExclusions excluded, EntityParts parts)
    {
        var drafts = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);

        // Visit in full-name order so the same duplicate is reported whatever the order of the files.
        var order = Enumerable.Range(0, declarations.Count)
            .Where(i => !excluded.ExcludesEntity(i))
            .OrderBy(i => declarations[i].FullName, StringComparer.Ordinal)
            .ToList();
        var kept = excluded.Count == 0 ? null : new HashSet<string>(order.Select(i => declarations[i].Name), StringComparer.Ordinal);
        foreach (var index in order)
        {
            var declaration = declarations[index];
            if (drafts.TryGetValue(declaration.Name, out var existing))
            {
                problems.Add(Problem.Create(ProblemCatalog.DuplicateEntity, ProblemSubject.At(DeclarationKind.Entity, index), declaration.Name, existing.Declaration.FullName));
                continue;
            }

            // Without exclusions, an entity's draft depends on its declaration alone: it comes from the entity's part.
            drafts.Add(declaration.Name, kept is null ? FromPart(parts.For(declaration), index, problems) : BuildDraft(declaration, index, problems, excluded, kept));
        }

        // Every pass below visits the entities in name order; they are sorted once.
        var ordered = drafts.Values.OrderBy(d => d.Declaration.Name, StringComparer.Ordinal).ToList();
        foreach (var draft in ordered)
        {
            CheckEntity(draft, drafts, problems);
        }

        RelationResolver.Resolve(ordered, drafts, problems);

        var entities = new List<EntityInfo>(ordered.Count);
        foreach (var draft in ordered)
        {
            entities.Add(draft.ToEntity());
        }

        CheckKeyAccess(entities, ordered, problems);
        CheckRequiredMembers(entities, ordered, problems);
        CheckTables(entities, ordered, problems);
        return EquatableArray.From(entities);
    }

    private static EntityDraft FromPart(EntityPart part, int index, List<Problem> problems)
    {
        foreach (var problem in part.Problems)
        {
            problems.Add(problem with { Subject = problem.Subject with { Index = index } });
        }

        return EntityDraft.From(part, index);
    }

    // With exclusions, a property left out and a navigation to an entity left out go to the ignored properties unread:
    // EF Core must not map them, and what is wrong with them was reported already.
    private static EntityDraft BuildDraft(EntityDeclaration declaration, int index, List<Problem> problems, EntityExclusions excluded, HashSet<string>? kept)
    {
        for (var i = 0; i < declaration.Annotations.Count; i++)
        {
            var annotation = declaration.Annotations[i];
            var support = AnnotationNames.SupportOf(annotation.Name);
            var advice = AnnotationNames.AdviceFor(annotation.Name);
            problems.Add(Problem.Create(
                support == AnnotationSupport.Rejected ? ProblemCatalog.RejectedAnnotation : ProblemCatalog.IgnoredAnnotation,
                ProblemSubject.EntityAnnotation(index, i),
                annotation.ShortName,
                declaration.Name,
                advice.Length == 0 ? string.Empty : "; " + advice));
        }

        var table = string.IsNullOrWhiteSpace(declaration.Table) ? TableNamer.Pluralize(declaration.Name) : declaration.Table!.Trim();
        var draft = new EntityDraft(declaration, index, table);
        var properties = declaration.Properties;
        var annotated = new List<(int Index, string Type, AnnotatedProperty Facts)>();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (excluded.ExcludesProperty(index, i) || (kept is not null && property.EntityTarget is { } target && !kept.Contains(target)))
            {
                draft.Ignored.Add(i);
                continue;
            }

            var propertyIndex = i;
            var type = MapType(property);
            var shape = property.EntityTarget is not null
                ? property.IsCollection ? PropertyShape.Collection : PropertyShape.Reference
                : type is null ? PropertyShape.Unsupported : PropertyShape.Field;
            var facts = PropertyAnnotationReader.Read(
                property,
                shape,
                type,
                declaration.Name + "." + property.Name,
                annotation => ProblemSubject.PropertyAnnotation(index, propertyIndex, annotation),
                problems);
            var subject = ProblemSubject.Property(index, i);
            if (facts.IsNotMapped)
            {
                draft.Ignored.Add(i);
                continue;
            }

            switch (shape)
            {
                case PropertyShape.Unsupported:
                    var shown = property.IsCollection ? "collection of " + property.ClrType : property.ClrType;
                    problems.Add(Problem.Create(ProblemCatalog.UnsupportedPropertyType, subject, declaration.Name, property.Name, shown));
                    draft.Ignored.Add(i);
                    break;
                case PropertyShape.Field when property.Access == PropertyAccess.GetOnly:
                    problems.Add(Problem.Create(ProblemCatalog.PropertyNotStored, subject, declaration.Name, property.Name));
                    draft.Ignored.Add(i);
                    break;
                case PropertyShape.Field:
                    annotated.Add((i, type!, facts));
                    if (facts.ForeignKey is { } navigation)
                    {
                        draft.ForeignKeyOf[navigation] = property.Name;
                    }

                    break;
                default:
                    draft.Navigations.Add(new NavigationDraft(i, property, facts.IsRequired, facts.ForeignKey));
                    break;
            }
        }

        var keys = FindKeys(declaration, annotated);
        foreach (var (i, type, facts) in annotated)
        {
            var property = properties[i];
            var isKey = keys.Contains(i);
            var rules = type == "decimal" && facts.Rules.Precision is null
                ? facts.Rules with { Precision = FieldRules.DefaultPrecision, Scale = FieldRules.DefaultScale }
                : facts.Rules;
            if (isKey)
            {
                CheckKey(declaration, index, i, type, problems);
            }

            draft.Fields.Add((i, new FieldInfo(
                property.Name,
                type,
                isKey,
                isKey || facts.IsRequired || !property.IsNullable,
                facts.MaxLength,
                property.EnumMembers,
                property.EnumMembers.Count > 0 ? property.ClrType : null,
                !isKey && property.IsNullable,
                rules == FieldRules.None ? null : rules,
                property.Access)));
        }

        if (keys.Count == 0)
        {
            problems.Add(Problem.Create(ProblemCatalog.EntityWithoutKey, ProblemSubject.At(DeclarationKind.Entity, index), declaration.Name));
        }

        return draft;
    }

    private static HashSet<int> FindKeys(EntityDeclaration declaration, List<(int Index, string Type, AnnotatedProperty Facts)> fields)
    {
        var keys = new HashSet<int>(fields.Where(f => f.Facts.IsKey).Select(f => f.Index));
        if (keys.Count > 0)
        {
            return keys;
        }

        // EF Core's convention: Id, then <Entity>Id.
        foreach (var conventional in new[] { "Id", declaration.Name + "Id" })
        {
            foreach (var field in fields)
            {
                if (string.Equals(declaration.Properties[field.Index].Name, conventional, StringComparison.OrdinalIgnoreCase))
                {
                    keys.Add(field.Index);
                    return keys;
                }
            }
        }

        return keys;
    }

    private static void CheckKey(EntityDeclaration declaration, int index, int propertyIndex, string type, List<Problem> problems)
    {
        var property = declaration.Properties[propertyIndex];
        string? reason = null;
        if (!KeyTypes.Contains(type))
        {
            reason = "is " + (type == FieldType.Enum ? "an enum" : "of type " + FieldType.CSharpName(type));
        }
        else if (property.IsNullable)
        {
            reason = "is nullable, and a key always has a value";
        }

        if (reason is not null)
        {
            problems.Add(Problem.Create(ProblemCatalog.InvalidKey, ProblemSubject.Property(index, propertyIndex), declaration.Name, property.Name, reason));
        }
    }

    private static void CheckEntity(EntityDraft draft, Dictionary<string, EntityDraft> drafts, List<Problem> problems)
    {
        var declaration = draft.Declaration;
        var subject = ProblemSubject.At(DeclarationKind.Entity, draft.Index);
        if (declaration.BaseEntity is { } baseEntity && drafts.ContainsKey(baseEntity))
        {
            problems.Add(Problem.Create(ProblemCatalog.EntityInheritance, subject, declaration.Name, baseEntity));
        }

        if (declaration.IsAbstract || !declaration.HasParameterlessConstructor)
        {
            problems.Add(Problem.Create(ProblemCatalog.EntityCannotBeCreated, subject, declaration.Name, declaration.IsAbstract ? "is abstract (make it a concrete class)" : "has no constructor without parameters (add a public or internal one)"));
        }
    }

    // A key the database does not generate must be settable through the API, or every row would get the same default.
    private static void CheckKeyAccess(List<EntityInfo> entities, List<EntityDraft> drafts, List<Problem> problems)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            foreach (var key in entity.Fields)
            {
                if (key.IsKey && key.Access == PropertyAccess.NonPublicSetter && !KeyGeneration.IsGenerated(entity, key))
                {
                    problems.Add(Problem.Create(
                        ProblemCatalog.InvalidKey,
                        ProblemSubject.Property(drafts[i].Index, drafts[i].PropertyIndexOf(key.Name)),
                        entity.Name,
                        key.Name,
                        "has a private setter and is not generated, so the API could not set it"));
                }
            }
        }
    }

    // What a new row gets that the API does not set: a C# 'required' member must be set by the object initializer the API
    // creates rows with, and a required nullable field with a private setter stays null, which its NOT NULL column
    // refuses, unless its declaration or a constructor gives it a value (a non-nullable reference type is given one, or
    // C# warns).
    private static void CheckRequiredMembers(List<EntityInfo> entities, List<EntityDraft> drafts, List<Problem> problems)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            // Most entities have neither kind of member: they are passed over without building a list, as this runs for
            // every entity on every edit.
            var entity = entities[i];
            var draft = drafts[i];
            if (HasRequiredMember(draft.Declaration))
            {
                var unset = draft.Declaration.Properties
                    .Where(p => p.IsRequiredMember)
                    .Where(p => entity.Fields.FirstOrDefault(f => f.Name == p.Name) is not { } field
                        || KeyGeneration.IsGenerated(entity, field)
                        || field.Access is not (PropertyAccess.ReadWrite or PropertyAccess.InitOnly))
                    .Select(p => p.Name)
                    .ToList();
                Report(draft, unset, "has the required member{0} {1}, which the API does not set when it creates a row (remove 'required' from {2})", problems);
            }

            if (!draft.Declaration.DeclaresConstructors && HasRequiredNullableWithPrivateSetter(entity))
            {
                var initialized = new HashSet<string>(draft.Declaration.Properties.Where(p => p.HasInitializer).Select(p => p.Name), StringComparer.Ordinal);
                var nulls = entity.Fields
                    .Where(f => f.IsRequired && f.IsNullable && f.Access == PropertyAccess.NonPublicSetter && !initialized.Contains(f.Name) && !KeyGeneration.IsGenerated(entity, f))
                    .Select(f => f.Name)
                    .ToList();
                Report(draft, nulls, "has the required field{0} {1} with a private setter and no initial value, which a new row leaves null (give {2} a value where declared, a setter the API can call, or make {2} optional)", problems);
            }
        }
    }

    private static bool HasRequiredMember(EntityDeclaration declaration)
    {
        foreach (var property in declaration.Properties)
        {
            if (property.IsRequiredMember)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRequiredNullableWithPrivateSetter(EntityInfo entity)
    {
        foreach (var field in entity.Fields)
        {
            if (field.IsRequired && field.IsNullable && field.Access == PropertyAccess.NonPublicSetter)
            {
                return true;
            }
        }

        return false;
    }

    // FSD0036 for the properties named, if any: {0} is the plural's "s", {1} the names, {2} "it" or "them".
    private static void Report(EntityDraft draft, List<string> names, string reason, List<Problem> problems)
    {
        if (names.Count > 0)
        {
            var many = names.Count > 1;
            problems.Add(Problem.Create(
                ProblemCatalog.EntityCannotBeCreated,
                ProblemSubject.At(DeclarationKind.Entity, draft.Index),
                draft.Name,
                string.Format(CultureInfo.InvariantCulture, reason, many ? "s" : string.Empty, string.Join(", ", names), many ? "them" : "it")));
        }
    }

    private static void CheckTables(List<EntityInfo> entities, List<EntityDraft> drafts, List<Problem> problems)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            Claim(entity.Table, entity.Name);
            foreach (var relation in entity.Relations)
            {
                if (relation.Kind == RelationKind.ManyToMany && string.CompareOrdinal(entity.Name, relation.Target) < 0)
                {
                    Claim(relation.Join!.Table, "the join table of " + entity.Name);
                }
            }

            void Claim(string table, string claimant)
            {
                if (owners.TryGetValue(table, out var owner))
                {
                    problems.Add(Problem.Create(ProblemCatalog.DuplicateTable, ProblemSubject.At(DeclarationKind.Entity, drafts[i].Index), entity.Name, table, owner));
                }
                else
                {
                    owners.Add(table, claimant);
                }
            }
        }
    }

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
}
