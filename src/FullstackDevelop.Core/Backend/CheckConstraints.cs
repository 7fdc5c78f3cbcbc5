using System.Collections.Generic;
using System.Globalization;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Backend;

/// <summary>
/// The CHECK constraints of a column: the rules a database can hold on its own, in SQL that SQLite and PostgreSQL both
/// run, so EF Core (on either provider) and the PostgreSQL schema declare the same ones. Ranges and minimum lengths are
/// checked; formats and patterns are not, because the two databases' regular expressions differ from .NET's.
/// </summary>
public static class CheckConstraints
{
    // PostgreSQL cuts identifiers at 63 bytes, and so does EF Core's Npgsql provider.
    private const int MaxNameLength = 63;

    /// <summary>The constraints of <paramref name="field"/> in <paramref name="table"/>.</summary>
    public static EquatableArray<CheckConstraint> For(string table, FieldInfo field)
    {
        var rules = field.Constraints;
        var column = Quote(field.Name);
        var checks = new List<CheckConstraint>();
        if (rules.Minimum is not null || rules.Maximum is not null)
        {
            // SQLite stores decimals as text, which compares as text: the cast makes it a number there (and changes nothing in PostgreSQL).
            var value = field.Type == "decimal" ? "CAST(" + column + " AS NUMERIC)" : column;
            var conditions = new List<string>();
            if (rules.Minimum is not null && rules.Maximum is not null && !rules.MinimumIsExclusive && !rules.MaximumIsExclusive)
            {
                conditions.Add(value + " BETWEEN " + rules.Minimum + " AND " + rules.Maximum);
            }
            else
            {
                if (rules.Minimum is not null)
                {
                    conditions.Add(value + (rules.MinimumIsExclusive ? " > " : " >= ") + rules.Minimum);
                }

                if (rules.Maximum is not null)
                {
                    conditions.Add(value + (rules.MaximumIsExclusive ? " < " : " <= ") + rules.Maximum);
                }
            }

            checks.Add(new CheckConstraint(Name(table, field.Name, "Range"), string.Join(" AND ", conditions)));
        }

        if (rules.MinLength is { } minLength)
        {
            checks.Add(new CheckConstraint(Name(table, field.Name, "MinLength"), "length(" + column + ") >= " + minLength.ToString(CultureInfo.InvariantCulture)));
        }

        return EquatableArray.From(checks);
    }

    private static string Name(string table, string column, string rule)
    {
        var name = "CK_" + table + "_" + column + "_" + rule;
        return name.Length > MaxNameLength ? name.Substring(0, MaxNameLength) : name;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
