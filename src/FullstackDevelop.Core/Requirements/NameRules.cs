using System.Text.RegularExpressions;

namespace FullstackDevelop.Core.Requirements;

/// <summary>The spelling rules for names users declare.</summary>
public static class NameRules
{
    // \z, not $: $ also matches before a trailing line feed, which would let "name\n" through.
    private static readonly Regex KebabCase = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant);
    private static readonly Regex DottedKey = new("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+\\z", RegexOptions.CultureInvariant);
    private static readonly Regex KeyPrefix = new("^[a-z][a-z0-9-]*\\.([a-z0-9][a-z0-9-]*\\.)*\\z", RegexOptions.CultureInvariant);

    /// <summary>True for lower-case words joined by hyphens: feature and agent names.</summary>
    public static bool IsKebabCase(string? name) => name is not null && KebabCase.IsMatch(name);

    /// <summary>True for two or more lower-case segments joined by dots: requirement keys.</summary>
    public static bool IsRequirementKey(string? key) => key is not null && DottedKey.IsMatch(key);

    /// <summary>True for one or more lower-case segments each followed by a dot, such as <c>ui.</c>: the prefixes agents read.</summary>
    public static bool IsKeyPrefix(string? prefix) => prefix is not null && KeyPrefix.IsMatch(prefix);
}
