using System;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Requirements.Catalog;

/// <summary>The values a catalog key accepts: one of a set, or any value of a validated form.</summary>
/// <param name="Description">The values in words, as diagnostics and <c>docs/requirement-keys.md</c> write them.</param>
/// <param name="Choices">The allowed values when the key takes one of a set; empty for a form.</param>
/// <param name="Pattern">The regular expression a value of a form matches whole; null for a set.</param>
/// <param name="Samples">Representative allowed values (the choices themselves for a set).</param>
public sealed record RequirementValueForm(string Description, EquatableArray<string> Choices, string? Pattern, EquatableArray<string> Samples)
{
    /// <summary>One of <paramref name="choices"/>, compared ignoring case and surrounding white space, as the templates compare them.</summary>
    public static RequirementValueForm OneOf(params string[] choices) =>
        new("one of " + string.Join(", ", choices.Select(choice => "'" + choice + "'")), EquatableArray.From(choices), null, EquatableArray.From(choices));

    /// <summary>Any value <paramref name="pattern"/> matches, such as a number of days.</summary>
    /// <param name="description">The form in words, such as "a number of days such as 28d".</param>
    /// <param name="pattern">The regular expression, anchored at both ends.</param>
    /// <param name="samples">Values it accepts.</param>
    public static RequirementValueForm Matching(string description, string pattern, params string[] samples) =>
        new(description, default, pattern, EquatableArray.From(samples));

    /// <summary>True when <paramref name="value"/> is allowed.</summary>
    public bool Accepts(string value) =>
        Pattern is null
            ? Choices.Any(choice => string.Equals(choice, value.Trim(), StringComparison.OrdinalIgnoreCase))
            : Regex.IsMatch(value, Pattern, RegexOptions.CultureInvariant);
}
