using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FullstackDevelop.Core.Migrations;

/// <summary>
/// The PostgreSQL of each <see cref="SchemaChange"/>. Every statement looks before it acts (<c>IF NOT EXISTS</c>,
/// <c>IF EXISTS</c>, or a <c>DO</c> block that reads <c>pg_constraint</c>), so a script that ran, or half ran outside a
/// transaction, can run again and changes nothing the second time. Steps that could lose data come out as comments.
/// </summary>
public static class MigrationSql
{
    /// <summary>The line that starts each statement of a step written commented out.</summary>
    public const string CommentedStatementPrefix = "-- ";

    /// <summary>Appends the step's comment and statements to <paramref name="sql"/>.</summary>
    public static void Append(StringBuilder sql, SchemaChange change)
    {
        var table = SqlText.Identifier(change.Table);
        switch (change.Kind)
        {
            case SchemaChangeKind.DropForeignKey:
            case SchemaChangeKind.DropCheck:
                var constraint = change.ForeignKey?.Name ?? change.Check!.Name;
                sql.Append("-- The ").Append(change.Subject).AppendLine(" is no longer declared (or changed, and is added again below).");
                sql.Append("ALTER TABLE IF EXISTS ").Append(table).Append(" DROP CONSTRAINT IF EXISTS ").Append(SqlText.Identifier(constraint)).AppendLine(";");
                break;
            case SchemaChangeKind.DropIndex:
                sql.Append("-- The ").Append(change.Subject).AppendLine(" is no longer declared (or changed, and is added again below).");
                sql.Append("DROP INDEX IF EXISTS ").Append(SqlText.Identifier(change.Index!.Name)).AppendLine(";");
                break;
            case SchemaChangeKind.CreateTable:
                sql.Append("-- ").Append(change.Table).AppendLine(": a new table.");
                AppendCreateTable(sql, change.NewTable!);
                break;
            case SchemaChangeKind.AddColumn:
                AppendAddColumn(sql, table, change.Column!);
                break;
            case SchemaChangeKind.AlterColumnType:
                sql.Append("-- ").Append(change.Subject).Append(" becomes ").Append(change.Column!.SqlType)
                    .AppendLine(": PostgreSQL converts each value, and refuses (rolling the migration back) one that does not fit.");
                sql.Append("ALTER TABLE ").Append(table).Append(" ALTER COLUMN ").Append(SqlText.Identifier(change.Column.Name)).Append(" TYPE ").Append(change.Column.SqlType).AppendLine(";");
                break;
            case SchemaChangeKind.DropNotNull:
                // Looked up first: a removed field's column may have been dropped by hand since this script first ran.
                sql.Append("-- ").Append(change.Subject).AppendLine(" may now be null.");
                sql.AppendLine("DO $$")
                    .AppendLine("BEGIN")
                    .Append("    IF EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = ").Append(SqlText.Literal(table)).Append("::regclass AND attname = ")
                    .Append(SqlText.Literal(change.Column!.Name)).AppendLine(" AND NOT attisdropped) THEN")
                    .Append("        ALTER TABLE ").Append(table).Append(" ALTER COLUMN ").Append(SqlText.Identifier(change.Column.Name)).AppendLine(" DROP NOT NULL;")
                    .AppendLine("    END IF;")
                    .AppendLine("END")
                    .AppendLine("$$;");
                break;
            case SchemaChangeKind.SetNotNull:
                // As for a new required column: the rows without a value get the type's default, so the migration goes through.
                var column = SqlText.Identifier(change.Column!.Name);
                sql.Append("-- ").Append(change.Subject).Append(" is now required: the rows that hold a null get ").Append(change.Column.FillValue).AppendLine(".");
                sql.Append("UPDATE ").Append(table).Append(" SET ").Append(column).Append(" = ").Append(change.Column.FillValue).Append(" WHERE ").Append(column).AppendLine(" IS NULL;");
                sql.Append("ALTER TABLE ").Append(table).Append(" ALTER COLUMN ").Append(column).AppendLine(" SET NOT NULL;");
                break;
            case SchemaChangeKind.AddCheck:
                sql.Append("-- The ").Append(change.Subject).AppendLine(": refused (rolling the migration back) while a row breaks it.");
                AppendAddConstraint(sql, change.Table, change.Check!.Name, "CHECK (" + change.Check.Sql + ")");
                break;
            case SchemaChangeKind.AddIndex:
                sql.Append("-- The ").Append(change.Subject).AppendLine(".");
                AppendCreateIndex(sql, change.Index!);
                break;
            case SchemaChangeKind.AddForeignKey:
                var key = change.ForeignKey!;
                sql.Append("-- The ").Append(change.Subject).Append(": ").Append(key.Column).Append(" refers to ").Append(key.TargetTable).Append(", ON DELETE ").Append(key.OnDelete).AppendLine(".");
                AppendAddConstraint(
                    sql,
                    key.Table,
                    key.Name,
                    "FOREIGN KEY (" + SqlText.Identifier(key.Column) + ") REFERENCES " + SqlText.Identifier(key.TargetTable) + " (" + SqlText.Identifier(key.TargetColumn) + ") ON DELETE " + key.OnDelete);
                break;
            default:
                AppendDestructive(sql, change);
                break;
        }
    }

    /// <summary>The <c>CREATE TABLE IF NOT EXISTS</c> of <paramref name="table"/>, with its primary key and checks, as <c>database-table.scriban</c> writes it.</summary>
    public static void AppendCreateTable(StringBuilder sql, SchemaTable table)
    {
        sql.Append("CREATE TABLE IF NOT EXISTS ").Append(SqlText.Identifier(table.Name)).AppendLine(" (");
        foreach (var column in table.Columns)
        {
            sql.Append("    ").Append(ColumnDefinition(column)).AppendLine(",");
        }

        sql.Append("    CONSTRAINT ").Append(SqlText.Identifier(table.PrimaryKeyName)).Append(" PRIMARY KEY (").Append(ColumnList(table.PrimaryKey)).Append(')');
        foreach (var check in table.Checks)
        {
            sql.AppendLine(",").Append("    CONSTRAINT ").Append(SqlText.Identifier(check.Name)).Append(" CHECK (").Append(check.Sql).Append(')');
        }

        sql.AppendLine().AppendLine(");");
    }

    private static void AppendAddColumn(StringBuilder sql, string table, SchemaColumn column)
    {
        var name = SqlText.Identifier(column.Name);
        if (!column.IsNotNull || column.IsIdentity)
        {
            sql.Append("-- ").Append(table).Append('.').Append(name).AppendLine(column.IsIdentity ? ": a new identity column, numbered for the rows already there." : ": a new optional column, null in the rows already there.");
            sql.Append("ALTER TABLE ").Append(table).Append(" ADD COLUMN IF NOT EXISTS ").Append(ColumnDefinition(column)).AppendLine(";");
            return;
        }

        // The default fills the rows already there, then goes: the API always writes the column, as schema.sql expects.
        sql.Append("-- ").Append(table).Append('.').Append(name).Append(": a new required column; the rows already there get ").Append(column.FillValue).AppendLine(".");
        sql.Append("ALTER TABLE ").Append(table).Append(" ADD COLUMN IF NOT EXISTS ").Append(ColumnDefinition(column)).Append(" DEFAULT ").Append(column.FillValue).AppendLine(";");
        sql.Append("ALTER TABLE ").Append(table).Append(" ALTER COLUMN ").Append(name).AppendLine(" DROP DEFAULT;");
    }

    private static void AppendCreateIndex(StringBuilder sql, SchemaIndex index) =>
        sql.Append("CREATE ").Append(index.IsUnique ? "UNIQUE " : string.Empty).Append("INDEX IF NOT EXISTS ").Append(SqlText.Identifier(index.Name))
            .Append(" ON ").Append(SqlText.Identifier(index.Table)).Append(" (").Append(ColumnList(index.Columns)).AppendLine(");");

    private static void AppendAddConstraint(StringBuilder sql, string table, string name, string definition)
    {
        var quotedTable = SqlText.Identifier(table);
        sql.AppendLine("DO $$")
            .AppendLine("BEGIN")
            .Append("    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conname = ").Append(SqlText.Literal(name))
            .Append(" AND conrelid = ").Append(SqlText.Literal(quotedTable)).AppendLine("::regclass) THEN")
            .Append("        ALTER TABLE ").Append(quotedTable).Append(" ADD CONSTRAINT ").Append(SqlText.Identifier(name)).Append(' ').Append(definition).AppendLine(";")
            .AppendLine("    END IF;")
            .AppendLine("END")
            .AppendLine("$$;");
    }

    private static void AppendDestructive(StringBuilder sql, SchemaChange change)
    {
        var table = SqlText.Identifier(change.Table);
        var statements = new List<string>();
        switch (change.Kind)
        {
            case SchemaChangeKind.DropColumn:
                sql.Append("-- FSD2105: ").Append(change.Subject).AppendLine(" is no longer declared. Dropping it would delete its data, so it is not run;");
                statements.Add("ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + SqlText.Identifier(change.Column!.Name) + ";");
                break;
            case SchemaChangeKind.DropTable:
                sql.Append("-- FSD2105: ").Append(change.Subject).AppendLine(" is no longer declared. Dropping it would delete its rows, so it is not run;");
                statements.Add("DROP TABLE IF EXISTS " + table + ";");
                break;
            default:
                sql.Append("-- FSD2105: the key of ").Append(change.Subject).AppendLine(" changed. Changing it in place could break or lose rows, so it is not run;");
                statements.AddRange(KeyStatements(table, change.OldTable!, change.NewTable!));
                break;
        }

        sql.AppendLine("-- back the data up, then run these lines by hand (or uncomment them before the migration is applied):");
        foreach (var statement in statements)
        {
            sql.Append(CommentedStatementPrefix).AppendLine(statement);
        }
    }

    private static IEnumerable<string> KeyStatements(string table, SchemaTable before, SchemaTable after)
    {
        var beforeColumns = before.Columns.ToDictionary(column => column.Name, System.StringComparer.Ordinal);
        foreach (var column in after.Columns.Where(column => beforeColumns.TryGetValue(column.Name, out var old) && old.IsIdentity && !column.IsIdentity))
        {
            yield return "ALTER TABLE " + table + " ALTER COLUMN " + SqlText.Identifier(column.Name) + " DROP IDENTITY IF EXISTS;";
        }

        yield return "ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + SqlText.Identifier(before.PrimaryKeyName) + ";";
        // A new column was added with its identity already.
        foreach (var column in after.Columns.Where(column => column.IsIdentity && beforeColumns.TryGetValue(column.Name, out var old) && !old.IsIdentity))
        {
            yield return "ALTER TABLE " + table + " ALTER COLUMN " + SqlText.Identifier(column.Name) + " ADD GENERATED BY DEFAULT AS IDENTITY;";
        }

        yield return "ALTER TABLE " + table + " ADD CONSTRAINT " + SqlText.Identifier(after.PrimaryKeyName) + " PRIMARY KEY (" + ColumnList(after.PrimaryKey) + ");";
    }

    private static string ColumnDefinition(SchemaColumn column) =>
        SqlText.Identifier(column.Name) + " " + column.SqlType + (column.IsNotNull ? " NOT NULL" : string.Empty) + (column.IsIdentity ? " GENERATED BY DEFAULT AS IDENTITY" : string.Empty);

    private static string ColumnList(IEnumerable<string> columns) => string.Join(", ", columns.Select(SqlText.Identifier));
}
