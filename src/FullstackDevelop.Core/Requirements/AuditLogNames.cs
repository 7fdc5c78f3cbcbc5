using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// The names the <c>audit-log</c> feature generates, which an entity of the same project cannot also have: the entity
/// <c>AuditEntry</c> (its DbSet, DTO and configuration), the <c>AuditEndpoints</c> class of an entity named <c>Audit</c>,
/// and the table <c>AuditEntries</c> (ignoring case, as SQLite compares table names).
/// </summary>
public static class AuditLogNames
{
    /// <summary>The table of the audit log.</summary>
    public const string Table = "AuditEntries";

    private static readonly HashSet<string> EntityNames = new(StringComparer.Ordinal) { "AuditEntry", "Audit" };

    /// <summary>Adds FSD0042 to <paramref name="problems"/> for each entity of <paramref name="declarations"/> that takes a name of the audit log, when <paramref name="features"/> declares it.</summary>
    public static void Check(EquatableArray<string> features, EquatableArray<EntityDeclaration> declarations, EquatableArray<EntityInfo> entities, List<Problem> problems)
    {
        if (!features.Contains(PatternRecognizer.AuditLogFeature))
        {
            return;
        }

        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            tables[entity.Name] = entity.Table;
        }

        for (var index = 0; index < declarations.Count; index++)
        {
            var name = declarations[index].Name;
            var clash = EntityNames.Contains(name)
                ? "is named '" + name + "'"
                : tables.TryGetValue(name, out var table) && string.Equals(table, Table, StringComparison.OrdinalIgnoreCase)
                    ? "uses the table '" + table + "'"
                    : null;
            if (clash is not null)
            {
                problems.Add(Problem.Create(ProblemCatalog.AuditLogNameTaken, ProblemSubject.At(DeclarationKind.Entity, index), name, clash));
            }
        }
    }
}
