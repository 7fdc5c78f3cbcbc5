using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Migrations;

/// <summary>
/// The steps that bring a database from one <see cref="DatabaseSchema"/> to another, in the order they must run
/// (<see cref="SchemaChangeKind"/>'s), each kind in model order. Linear in the size of both schemas: everything is
/// matched by name through dictionaries.
/// </summary>
public static class SchemaDiff
{
    /// <summary>The steps from <paramref name="previous"/> to <paramref name="current"/>; empty when they are the same.</summary>
    public static IReadOnlyList<SchemaChange> Between(DatabaseSchema previous, DatabaseSchema current)
    {
        var changes = new List<SchemaChange>();
        var previousTables = previous.Tables.ToDictionary(table => table.Name, StringComparer.Ordinal);
        var currentTables = current.Tables.ToDictionary(table => table.Name, StringComparer.Ordinal);

        foreach (var table in current.Tables)
        {
            if (previousTables.TryGetValue(table.Name, out var before))
            {
                CompareTable(before, table, changes);
            }
            else
            {
                changes.Add(new SchemaChange(SchemaChangeKind.CreateTable, table.Name, NewTable: table));
            }
        }

        // A table that goes stays with its rows (its drop is commented out), but loses its foreign keys and indexes, which
        // hold no data: left in place, its foreign keys would still refuse deletes in the tables it referred to.
        changes.AddRange(previous.Tables.Where(table => !currentTables.ContainsKey(table.Name)).Select(table => new SchemaChange(SchemaChangeKind.DropTable, table.Name, OldTable: table)));

        CompareNamed(
            previous.Indexes, current.Indexes, index => index.Name, (before, after) => before.Table == after.Table && before.IsUnique == after.IsUnique && before.Columns.SequenceEqual(after.Columns),
            index => changes.Add(new SchemaChange(SchemaChangeKind.DropIndex, index.Table, Index: index)),
            index => changes.Add(new SchemaChange(SchemaChangeKind.AddIndex, index.Table, Index: index)));
        CompareNamed(
            previous.ForeignKeys, current.ForeignKeys, key => key.Name, (before, after) => before == after,
            key => changes.Add(new SchemaChange(SchemaChangeKind.DropForeignKey, key.Table, ForeignKey: key)),
            key => changes.Add(new SchemaChange(SchemaChangeKind.AddForeignKey, key.Table, ForeignKey: key)));

        // Stable: within a kind, the order the steps were found in, which is model order.
        return changes.Select((change, position) => (change, position))
            .OrderBy(item => item.change.Kind)
            .ThenBy(item => item.position)
            .Select(item => item.change)
            .ToList();
    }

    private static void CompareTable(SchemaTable before, SchemaTable after, List<SchemaChange> changes)
    {
        var beforeColumns = before.Columns.ToDictionary(column => column.Name, StringComparer.Ordinal);
        var afterColumns = after.Columns.ToDictionary(column => column.Name, StringComparer.Ordinal);
        var keyChanged = before.PrimaryKeyName != after.PrimaryKeyName || !before.PrimaryKey.SequenceEqual(after.PrimaryKey, StringComparer.Ordinal);
        foreach (var column in after.Columns)
        {
            if (!beforeColumns.TryGetValue(column.Name, out var old))
            {
                changes.Add(new SchemaChange(SchemaChangeKind.AddColumn, after.Name, Column: column));
                continue;
            }

            keyChanged |= old.IsIdentity != column.IsIdentity;
            if (old.SqlType != column.SqlType)
            {
                changes.Add(new SchemaChange(SchemaChangeKind.AlterColumnType, after.Name, Column: column));
            }

            if (old.IsNotNull != column.IsNotNull)
            {
                changes.Add(new SchemaChange(column.IsNotNull ? SchemaChangeKind.SetNotNull : SchemaChangeKind.DropNotNull, after.Name, Column: column));
            }
        }

        var oldKey = new HashSet<string>(before.PrimaryKey, StringComparer.Ordinal);
        foreach (var column in before.Columns.Where(column => !afterColumns.ContainsKey(column.Name)))
        {
            // The column stays until someone drops it by hand, so the API, which no longer writes it, must be able to
            // leave it null. A primary key column or an identity cannot be null: that is a key change, reported as such.
            if (column.IsNotNull && !column.IsIdentity && !oldKey.Contains(column.Name))
            {
                changes.Add(new SchemaChange(SchemaChangeKind.DropNotNull, after.Name, Column: column with { IsNotNull = false }));
            }

            changes.Add(new SchemaChange(SchemaChangeKind.DropColumn, after.Name, Column: column));
        }

        if (keyChanged)
        {
            changes.Add(new SchemaChange(SchemaChangeKind.ChangeKey, after.Name, NewTable: after, OldTable: before));
        }

        CompareNamed(
            before.Checks, after.Checks, check => check.Name, (old, current) => old.Sql == current.Sql,
            check => changes.Add(new SchemaChange(SchemaChangeKind.DropCheck, after.Name, Check: check)),
            check => changes.Add(new SchemaChange(SchemaChangeKind.AddCheck, after.Name, Check: check)));
    }

    // A thing with the same name and the same definition is kept; a changed one is dropped and added again.
    private static void CompareNamed<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> name, Func<T, T, bool> same, Action<T> drop, Action<T> add)
    {
        var beforeByName = before.ToDictionary(name, StringComparer.Ordinal);
        var afterByName = after.ToDictionary(name, StringComparer.Ordinal);
        foreach (var item in before.Where(item => !afterByName.TryGetValue(name(item), out var current) || !same(item, current)))
        {
            drop(item);
        }

        foreach (var item in after.Where(item => !beforeByName.TryGetValue(name(item), out var old) || !same(old, item)))
        {
            add(item);
        }
    }
}
