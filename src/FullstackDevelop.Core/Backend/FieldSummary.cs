using System.Collections.Generic;
using System.Globalization;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Backend;

/// <summary>What a field accepts, in one sentence: the documentation of request properties.</summary>
internal static class FieldSummary
{
    public static string Describe(FieldInfo field, string? foreignKeyOf)
    {
        var rules = field.Constraints;
        var parts = new List<string>();
        if (field.IsRequired)
        {
            parts.Add("required");
        }

        var unit = field.Type == "bytes" ? " bytes" : " characters";
        if (rules.MinLength is { } minLength)
        {
            parts.Add("at least " + Number(minLength) + unit);
        }

        if (field.MaxLength is { } maxLength)
        {
            parts.Add("at most " + Number(maxLength) + unit);
        }

        if (rules.Minimum is { } minimum)
        {
            parts.Add((rules.MinimumIsExclusive ? "above " : "at least ") + minimum);
        }

        if (rules.Maximum is { } maximum)
        {
            parts.Add((rules.MaximumIsExclusive ? "below " : "at most ") + maximum);
        }

        switch (rules.Format)
        {
            case FieldRules.EmailFormat:
                parts.Add("an email address");
                break;
            case FieldRules.PhoneFormat:
                parts.Add("a phone number");
                break;
            case FieldRules.UrlFormat:
                parts.Add("an http, https or ftp URL");
                break;
        }

        if (rules.Pattern is not null)
        {
            parts.Add("matches a pattern");
        }

        if (rules.Precision is { } precision && field.Type == "decimal")
        {
            parts.Add("at most " + Number(precision - (rules.Scale ?? 0)) + " digits before the point and " + Number(rules.Scale ?? 0) + " after it");
        }

        if (foreignKeyOf is not null)
        {
            parts.Add("the key of an existing " + CSharpNames.Prose(foreignKeyOf));
        }

        if (parts.Count == 0)
        {
            return "Optional.";
        }

        var sentence = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(sentence[0]) + sentence.Substring(1);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
