using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Migrations;

/// <summary>
/// The SQLite scripts of a migrations folder, derived from its PostgreSQL scripts: script N for SQLite goes from the schema
/// PostgreSQL script N-1 records to the one script N records, so both dialects have the same numbers, names and steps, and
/// a folder written before SQLite had scripts gets them all. A SQLite script that exists is never rewritten.
/// </summary>
public static class SqliteMigrationHistory
{
    /// <summary>The SQLite scripts <paramref name="sqliteNames"/> lacks, in order, and why any could not be derived.</summary>
    /// <param name="postgres">The PostgreSQL scripts (files not named <c>NNNN_&lt;what&gt;.sql</c> are ignored).</param>
    /// <param name="sqliteNames">The file names in the SQLite folder.</param>
    /// <param name="projectName">The project's name, for the scripts' heading.</param>
    /// <param name="tool">The tool's name, for the scripts' heading.</param>
    public static SqliteMigrationsPlan Missing(IReadOnlyList<MigrationFile> postgres, IReadOnlyCollection<string> sqliteNames, string projectName, string tool)
    {
        var numbered = postgres
            .Select(file => (File: file, Number: MigrationFile.NumberOf(file.FileName)))
            .Where(item => item.Number is not null)
            .OrderBy(item => item.Number)
            .ThenBy(item => item.File.FileName, StringComparer.Ordinal)
            .ToList();

        // Two scripts of one number have no order: the PostgreSQL history stops there too (FSD2107).
        if (numbered.Select(item => item.Number).Distinct().Count() != numbered.Count)
        {
            return new SqliteMigrationsPlan([], null);
        }

        var existing = new HashSet<string>(sqliteNames, StringComparer.Ordinal);
        var files = new List<MigrationFile>();
        var previous = DatabaseSchema.Empty;
        foreach (var (file, _) in numbered)
        {
            if (MigrationSchemaRecord.Read(file.Text) is not { } recorded)
            {
                return new SqliteMigrationsPlan(files, $"The migration script {file.FileName} has no '{MigrationSchemaRecord.LinePrefix.Trim()}' line (or it cannot be read), so the SQLite scripts from it on cannot be written. Restore the line from source control.");
            }

            if (!existing.Contains(file.FileName))
            {
                files.Add(MigrationSqliteSql.Script(file.FileName, previous, recorded, projectName, tool));
            }

            previous = recorded;
        }

        return new SqliteMigrationsPlan(files, null);
    }
}

/// <summary>What <see cref="SqliteMigrationHistory.Missing"/> found.</summary>
/// <param name="NewFiles">The SQLite scripts to write, in order.</param>
/// <param name="Problem">Why the scripts after <paramref name="NewFiles"/> could not be derived; null when nothing stopped it.</param>
public sealed record SqliteMigrationsPlan(IReadOnlyList<MigrationFile> NewFiles, string? Problem);
