using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace FullstackDevelop.Tests.Shared;

/// <summary>
/// What a SQLite database's schema declares, as SQLite itself describes it (<c>pragma_table_info</c>,
/// <c>pragma_foreign_key_list</c>, <c>pragma_index_list</c>, the CHECK constraints of each table's SQL), one sorted line per
/// thing, so two databases compare by text. Column order and defaults are left out: a column added later comes last, and
/// SQLite adds a required column only with a default that then stays (the API always writes the column).
/// </summary>
internal static class SqliteCatalog
{
    /// <summary>The catalog of the database <paramref name="connection"/> is open on, without the migrations' history table.</summary>
    public static string Of(SqliteConnection connection)
    {
        var lines = new List<string>();
        foreach (var (table, sql) in Rows(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> '__FullstackMigrations';", reader => (reader.GetString(0), reader.GetString(1))))
        {
            lines.AddRange(Rows(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}');", reader => $"column {table}.{reader.GetString(0)} {reader.GetString(1)} notnull={reader.GetInt64(2)} pk={reader.GetInt64(3)}"));
            lines.AddRange(Rows(connection, $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{table}');", reader => $"foreign key {table}.{reader.GetString(0)} -> {reader.GetString(1)}.{reader.GetString(2)} on delete {reader.GetString(3)}"));
            foreach (var (index, unique) in Rows(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}');", reader => (reader.GetString(0), reader.GetInt64(1))))
            {
                var columns = Rows(connection, $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno;", reader => reader.GetString(0));
                lines.Add($"index {table}.{index} unique={unique} ({string.Join(", ", columns)})");
            }

            lines.AddRange(Checks(sql).Select(check => $"check {table} {check}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    // Each "CONSTRAINT "CK_..." CHECK (...)" of a CREATE TABLE statement, its parentheses balanced.
    private static IEnumerable<string> Checks(string createTable)
    {
        const string Marker = " CHECK (";
        var at = createTable.IndexOf(Marker, StringComparison.Ordinal);
        while (at >= 0)
        {
            var nameEnd = createTable.LastIndexOf('"', at - 1);
            var nameStart = createTable.LastIndexOf('"', nameEnd - 1);
            var depth = 0;
            var end = at + Marker.Length - 1;
            do
            {
                depth += createTable[end] == '(' ? 1 : createTable[end] == ')' ? -1 : 0;
                end++;
            }
            while (depth > 0);

            yield return string.Concat(createTable.AsSpan(nameStart, nameEnd - nameStart + 1), " ", createTable.AsSpan(at + 1, end - at - 1));
            at = createTable.IndexOf(Marker, end, StringComparison.Ordinal);
        }
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
