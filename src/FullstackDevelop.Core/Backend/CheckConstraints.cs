using System.Collections.Generic;
using System.Globalization;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Backend;

/// <summary>
/// The CHECK constraints of a column: the rules a database can hold on its own, in SQL that SQLite and PostgreSQL both
/// run, so EF Core (on either provider) and the PostgreSQL schema declare the same ones. Ranges and the minimum length of
/// a byte array are checked; formats and patterns are not, because the two databases' regular expressions differ from
/// .NET's, nor the lengths of text, which they count in characters where .NET counts UTF-16 code units.
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
            var minimum = Bound(field.Type, rules.Minimum);
            var maximum = Bound(field.Type, rules.Maximum);
            var conditions = new List<string>();
            if (minimum is not null && maximum is not null && !rules.MinimumIsExclusive && !rules.MaximumIsExclusive)
            {
                conditions.Add(value + " BETWEEN " + minimum + " AND " + maximum);
            }
            else
            {
                if (minimum is not null)
                {
                    conditions.Add(value + (rules.MinimumIsExclusive ? " > " : " >= ") + minimum);
                }

                if (maximum is not null)
                {
                    conditions.Add(value + (rules.MaximumIsExclusive ? " < " : " <= ") + maximum);
                }
            }

            checks.Add(new CheckConstraint(Name(table, field.Name, "Range"), string.Join(" AND ", conditions)));
        }

        // Only a byte array's length means the same to .NET and to the databases: the API counts a string in UTF-16 code
        // units, SQLite and PostgreSQL in characters, so "a😀" is 3 long to one and 2 to the others.
        if (rules.MinLength is { } minLength && field.Type == "bytes")
        {
            checks.Add(new CheckConstraint(Name(table, field.Name, "MinLength"), "length(" + column + ") >= " + minLength.ToString(CultureInfo.InvariantCulture)));
        }

        return EquatableArray.From(checks);
    }

    // The API compares a float as a float, and the database the float it stored, widened: 0.3f is 0.30000001192092896 there,
    // above a bound written 0.3. So a float bound is the float's own value, widened the same way.
    private static string? Bound(string fieldType, string? bound) =>
        bound is null || fieldType != "float"
            ? bound
            : ((double)float.Parse(bound, NumberStyles.Float, CultureInfo.InvariantCulture)).ToString("R", CultureInfo.InvariantCulture);

    private static string Name(string table, string column, string rule)
    {
        var name = "CK_" + table + "_" + column + "_" + rule;
        return name.Length > MaxNameLength ? name.Substring(0, MaxNameLength) : name;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
