using System;
using System.Collections.Generic;

namespace FullstackDevelop.Core.Requirements;

/// <summary>Derives a table name from an entity name by English pluralisation of its last word.</summary>
public static class TableNamer
{
    // English plurals no suffix rule gives. An "-f" or "-fe" word takes "-ves" only by usage (Shelf, but Chief),
    // so those are listed too, by their singular.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["Person"] = "People",
        ["Child"] = "Children",
        ["Man"] = "Men",
        ["Woman"] = "Women",
        ["Mouse"] = "Mice",
        ["Goose"] = "Geese",
        ["Foot"] = "Feet",
        ["Tooth"] = "Teeth",
        ["Axis"] = "Axes",
        ["Shelf"] = "Shelves",
        ["Leaf"] = "Leaves",
        ["Half"] = "Halves",
        ["Calf"] = "Calves",
        ["Loaf"] = "Loaves",
        ["Thief"] = "Thieves",
        ["Wolf"] = "Wolves",
        ["Self"] = "Selves",
        ["Knife"] = "Knives",
        ["Life"] = "Lives",
        ["Wife"] = "Wives",
    };

    /// <summary>
    /// The plural of <paramref name="entityName"/>'s last word: <c>Category</c> to <c>Categories</c>, <c>Address</c>
    /// to <c>Addresses</c>, <c>BookShelf</c> to <c>BookShelves</c>, <c>SalesPerson</c> to <c>SalesPeople</c>,
    /// <c>Analysis</c> to <c>Analyses</c>, <c>Book</c> to <c>Books</c>.
    /// </summary>
    public static string Pluralize(string entityName)
    {
        var lastWord = LastWordStart(entityName);
        if (Irregular.TryGetValue(entityName.Substring(lastWord), out var plural))
        {
            return entityName.Substring(0, lastWord) + plural;
        }

        if (entityName.Length > 1 && entityName.EndsWith("y", StringComparison.Ordinal) && !IsVowel(entityName[entityName.Length - 2]))
        {
            return entityName.Substring(0, entityName.Length - 1) + "ies";
        }

        // Analysis, Basis, Diagnosis: -sis becomes -ses.
        if (entityName.EndsWith("sis", StringComparison.Ordinal))
        {
            return entityName.Substring(0, entityName.Length - 2) + "es";
        }

        foreach (var suffix in new[] { "s", "x", "z", "ch", "sh" })
        {
            if (entityName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return entityName + "es";
            }
        }

        return entityName + "s";
    }

    // Where the last PascalCase word starts: the last upper-case letter that follows a lower-case one.
    private static int LastWordStart(string name)
    {
        for (var i = name.Length - 1; i > 0; i--)
        {
            if (char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                return i;
            }
        }

        return 0;
    }

    private static bool IsVowel(char c) => "aeiouAEIOU".IndexOf(c) >= 0;
}
