using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Agents.Model;

namespace FullstackDevelop.Core.Migrations;

/// <summary>
/// Works out the <see cref="DatabaseSchema"/> of a model: the same tables, columns, keys, indexes and constraints, under
/// the same names, as the backend developer's <c>database-table</c>, <c>database-schema</c> and <c>database-constraints</c>
/// templates write, so applying every migration in order gives the database <c>database/schema.sql</c> gives.
/// </summary>
public static class DatabaseSchemaBuilder
{
    // PostgreSQL cuts identifiers at 63 bytes, and so do EF Core and the templates.
    private const int MaxIdentifierLength = 63;

    /// <summary>The schema of <paramref name="model"/>; linear in its entities and fields.</summary>
    public static DatabaseSchema From(ArtifactModel model)
    {
        var tables = new List<SchemaTable>();
        var indexes = new List<SchemaIndex>();
        var foreignKeys = new List<SchemaForeignKey>();
        foreach (var entity in model.Entities)
        {
            AddEntity(entity, tables, indexes);
        }

        if (model.Project.RecordsAuditLog)
        {
            AddAuditLog(tables, indexes);
        }

        foreach (var entity in model.Entities)
        {
            AddForeignKeys(entity, foreignKeys);
        }

        return new DatabaseSchema(tables, indexes, foreignKeys);
    }

    /// <summary>An identifier as PostgreSQL keeps it: cut at 63 characters.</summary>
    public static string ObjectName(string name) => name.Length > MaxIdentifierLength ? name.Substring(0, MaxIdentifierLength) : name;

    private static void AddEntity(ArtifactEntity entity, List<SchemaTable> tables, List<SchemaIndex> indexes)
    {
        var columns = entity.Fields.Select(field => new SchemaColumn(field.Name, field.SqlType, field.IsRequired || field.IsKey, field.IsIdentity, FillValue(field), SqliteTicks(field.Type))).ToList();
        var checks = entity.Fields.SelectMany(field => field.Checks).Select(check => new SchemaCheck(check.Name, check.Sql)).ToList();
        tables.Add(new SchemaTable(entity.Table, columns, ObjectName("PK_" + entity.Table), entity.Keys.Select(key => key.Name).ToList(), checks));

        // The generated EF Core configuration indexes every foreign key (HasIndex), even one the primary key starts with;
        // a one-to-one's index is unique.
        var uniqueKeys = new HashSet<string>(entity.References.Where(reference => reference.IsUnique && reference.ForeignKey is not null).Select(reference => reference.ForeignKey!), StringComparer.Ordinal);
        foreach (var field in entity.Fields.Where(field => field.ForeignKeyOf is not null))
        {
            indexes.Add(new SchemaIndex(ObjectName("IX_" + entity.Table + "_" + field.Name), entity.Table, [field.Name], uniqueKeys.Contains(field.Name)));
        }

        foreach (var relation in entity.ManyToMany.Where(relation => relation.OwnsJoinTable))
        {
            var keyType = entity.Key?.SqlType ?? relation.TargetKey.SqlType;
            var joinColumns = new List<SchemaColumn>
            {
                new(relation.Column, keyType, IsNotNull: true, IsIdentity: false, FillValueOf(keyType, null)),
                new(relation.TargetColumn, relation.TargetKey.SqlType, IsNotNull: true, IsIdentity: false, FillValueOf(relation.TargetKey.SqlType, null)),
            };
            tables.Add(new SchemaTable(relation.JoinTable, joinColumns, ObjectName("PK_" + relation.JoinTable), [relation.Column, relation.TargetColumn], []));
            indexes.Add(new SchemaIndex(ObjectName("IX_" + relation.JoinTable + "_" + relation.TargetColumn), relation.JoinTable, [relation.TargetColumn], IsUnique: false));
        }
    }

    // The audit-log feature's table, as database-schema.scriban and the API's AuditEntryConfiguration declare it.
    private static void AddAuditLog(List<SchemaTable> tables, List<SchemaIndex> indexes)
    {
        const string Table = "AuditEntries";
        var columns = new List<SchemaColumn>
        {
            new("Id", "bigint", IsNotNull: true, IsIdentity: true, "0"),
            new("Timestamp", "timestamp with time zone", IsNotNull: true, IsIdentity: false, FillValueOf("timestamp with time zone", null), SqliteTicks("datetimeoffset")),
            new("User", "text", IsNotNull: true, IsIdentity: false, "''"),
            new("EntityType", "text", IsNotNull: true, IsIdentity: false, "''"),
            new("EntityKey", "text", IsNotNull: true, IsIdentity: false, "''"),
            new("Operation", "text", IsNotNull: true, IsIdentity: false, "''"),
            new("OldValues", "text", IsNotNull: false, IsIdentity: false, "''"),
            new("NewValues", "text", IsNotNull: false, IsIdentity: false, "''"),
        };
        tables.Add(new SchemaTable(Table, columns, "PK_" + Table, ["Id"], []));
        indexes.Add(new SchemaIndex("IX_AuditEntries_EntityType_EntityKey", Table, ["EntityType", "EntityKey"], IsUnique: false));
    }

    private static void AddForeignKeys(ArtifactEntity entity, List<SchemaForeignKey> foreignKeys)
    {
        // A reference without a column, or to a composite key, has no constraint (database-constraints.scriban says why).
        foreach (var reference in entity.References.Where(reference => reference.ForeignKey is not null && reference.TargetKey.IndexOf(',') < 0))
        {
            foreignKeys.Add(new SchemaForeignKey(
                ObjectName("FK_" + entity.Table + "_" + reference.TargetTable + "_" + reference.ForeignKey),
                entity.Table,
                reference.ForeignKey!,
                reference.TargetTable,
                reference.TargetKey,
                reference.OnDelete));
        }

        foreach (var relation in entity.ManyToMany.Where(relation => relation.OwnsJoinTable))
        {
            foreignKeys.Add(new SchemaForeignKey(ObjectName("FK_" + relation.JoinTable + "_" + entity.Table + "_" + relation.Column), relation.JoinTable, relation.Column, entity.Table, entity.Key?.Name ?? string.Empty, "CASCADE"));
            foreignKeys.Add(new SchemaForeignKey(ObjectName("FK_" + relation.JoinTable + "_" + relation.TargetTable + "_" + relation.TargetColumn), relation.JoinTable, relation.TargetColumn, relation.TargetTable, relation.TargetKey.Name, "CASCADE"));
        }
    }

    // The generated DbContext stores these as ticks on SQLite, so that it can compare and order them.
    private static string? SqliteTicks(string fieldType) => fieldType is "datetimeoffset" or "timespan" ? "INTEGER" : null;

    private static string FillValue(ArtifactField field) => FillValueOf(field.SqlType, field.EnumMembers.Count > 0 ? field.EnumMembers[0] : null);

    // What the API's CLR type holds by default, so a row that predates the column reads back as a valid value.
    private static string FillValueOf(string sqlType, string? firstEnumMember)
    {
        if (firstEnumMember is not null)
        {
            return SqlText.Literal(firstEnumMember);
        }

        if (sqlType.StartsWith("numeric", StringComparison.Ordinal))
        {
            return "0";
        }

        return sqlType switch
        {
            "boolean" => "false",
            "smallint" or "integer" or "bigint" or "real" or "double precision" => "0",
            "timestamp with time zone" => "'1970-01-01 00:00:00+00'",
            "date" => "'0001-01-01'",
            "time without time zone" or "interval" => "'00:00:00'",
            "uuid" => "'00000000-0000-0000-0000-000000000000'",
            "bytea" => "'\\x'",
            _ => "''",
        };
    }
}
