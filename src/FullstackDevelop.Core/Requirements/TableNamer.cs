namespace FullstackDevelop.Core.Requirements;

/// <summary>Derives a table name from an entity name by English pluralisation.</summary>
public static class TableNamer
{
    /// <summary>The plural of <paramref name="entityName"/>: <c>Category</c> to <c>Categories</c>, <c>Address</c> to <c>Addresses</c>, <c>Book</c> to <c>Books</c>.</summary>
    public static string Pluralize(string entityName)
    {
        if (entityName.Length > 1 && entityName.EndsWith("y", System.StringComparison.Ordinal) && !IsVowel(entityName[entityName.Length - 2]))
        {
            return entityName.Substring(0, entityName.Length - 1) + "ies";
        }

        foreach (var suffix in new[] { "s", "x", "z", "ch", "sh" })
        {
            if (entityName.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return entityName + "es";
            }
        }

        return entityName + "s";
    }

    private static bool IsVowel(char c) => "aeiouAEIOU".IndexOf(c) >= 0;
}
