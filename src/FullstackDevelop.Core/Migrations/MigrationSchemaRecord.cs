using System;
using System.Linq;
using System.Text.Json;

namespace FullstackDevelop.Core.Migrations;

/// <summary>
/// The schema a migration script leads to, written as its last line: the migrations folder is its own history, so a lost
/// build state or a fresh clone never renumbers or rewrites a script, and the next migration starts from the last one's.
/// </summary>
public static class MigrationSchemaRecord
{
    /// <summary>The start of the line that holds the record.</summary>
    public const string LinePrefix = "-- fullstack-schema: ";

    // A member left null is left out, so a schema without SQLite-only types records the line it always did.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The record's line, without its line break: one line of JSON after <see cref="LinePrefix"/>.</summary>
    public static string Line(DatabaseSchema schema) => LinePrefix + JsonSerializer.Serialize(schema, Options);

    /// <summary>The schema recorded in <paramref name="scriptText"/> (its last record line), or null when it has none or it cannot be read.</summary>
    public static DatabaseSchema? Read(string scriptText)
    {
        var start = scriptText.LastIndexOf(LinePrefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += LinePrefix.Length;
        var end = scriptText.IndexOf('\n', start);
        var json = (end < 0 ? scriptText.Substring(start) : scriptText.Substring(start, end - start)).TrimEnd('\r');
        try
        {
            var schema = JsonSerializer.Deserialize<DatabaseSchema>(json, Options);
            return schema is not null && IsComplete(schema) ? schema : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // A hand-edited record may lack members that JSON leaves null: such a record is as unreadable as a missing one.
    private static bool IsComplete(DatabaseSchema schema) =>
        schema.Tables is not null && schema.Indexes is not null && schema.ForeignKeys is not null
        && schema.Tables.All(table => table is { Name: not null, Columns: not null, PrimaryKeyName: not null, PrimaryKey: not null, Checks: not null }
            && table.Columns.All(column => column is { Name: not null, SqlType: not null, FillValue: not null })
            && table.Checks.All(check => check is { Name: not null, Sql: not null }))
        && schema.Indexes.All(index => index is { Name: not null, Table: not null, Columns: not null })
        && schema.ForeignKeys.All(key => key is { Name: not null, Table: not null, Column: not null, TargetTable: not null, TargetColumn: not null, OnDelete: not null });
}
