using System.Collections.Generic;
using System.Globalization;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Backend;

/// <summary>
/// The checks the API makes on a request field, in the order its validation attributes run: the user's DataAnnotations,
/// then what the field's column can hold, so the API refuses with 400 what it could not store unchanged.
/// </summary>
public static class RequestRules
{
    /// <summary>The checks of <paramref name="field"/>.</summary>
    public static IReadOnlyList<RequestRule> For(FieldInfo field)
    {
        var rules = field.Constraints;
        var checks = new List<RequestRule>();
        if (field.IsRequired)
        {
            checks.Add(new RequestRule("required", rules.MessageFor("required"), AllowEmptyStrings: rules.AllowEmptyStrings));
        }

        var maxMessage = rules.MessageFor("maxLength");
        var minMessage = rules.MessageFor("minLength");
        if (field.Type == "string" && field.MaxLength is { } maxLength && (rules.MinLength is null || minMessage == maxMessage))
        {
            // One StringLength holds both lengths when they share a message, as the user most likely wrote them.
            checks.Add(new RequestRule("stringLength", maxMessage, rules.MinLength, maxLength));
        }
        else
        {
            if (rules.MinLength is { } minLength)
            {
                checks.Add(new RequestRule("minLength", minMessage, MinimumLength: minLength));
            }

            if (field.MaxLength is { } max)
            {
                checks.Add(new RequestRule(field.Type == "string" ? "stringLength" : "maxLength", maxMessage, MaximumLength: max));
            }
        }

        if (rules.Minimum is not null || rules.Maximum is not null)
        {
            checks.Add(new RequestRule(
                "range",
                rules.MessageFor("range"),
                Minimum: rules.Minimum ?? Extreme(field.Type, minimum: true),
                MinimumIsExclusive: rules.MinimumIsExclusive,
                Maximum: rules.Maximum ?? Extreme(field.Type, minimum: false),
                MaximumIsExclusive: rules.MaximumIsExclusive));
        }

        if (rules.Format is { } format)
        {
            checks.Add(new RequestRule(format, rules.MessageFor("format")));
        }

        if (rules.Pattern is { } pattern)
        {
            checks.Add(new RequestRule("pattern", rules.MessageFor("pattern"), Pattern: pattern));
        }

        switch (field.Type)
        {
            case "decimal":
                checks.Add(new RequestRule("decimalDigits", Precision: rules.Precision ?? FieldRules.DefaultPrecision, Scale: rules.Scale ?? FieldRules.DefaultScale));
                break;
            case "datetime" or "datetimeoffset" or "time" or "timespan":
                checks.Add(new RequestRule("wholeMicroseconds"));
                break;
            case "string":
                checks.Add(new RequestRule("storableText"));
                break;
            case "float" or "double":
                checks.Add(new RequestRule("finiteNumber"));
                break;
        }

        return checks;
    }

    // A range with one bound states the other as the type's own limit.
    private static string Extreme(string fieldType, bool minimum) => fieldType switch
    {
        "byte" => minimum ? "0" : "255",
        "int16" => Text(minimum ? short.MinValue : short.MaxValue),
        "int32" => Text(minimum ? int.MinValue : int.MaxValue),
        "int64" => (minimum ? long.MinValue : long.MaxValue).ToString(CultureInfo.InvariantCulture),
        "decimal" => (minimum ? decimal.MinValue : decimal.MaxValue).ToString(CultureInfo.InvariantCulture),
        "float" => (minimum ? float.MinValue : float.MaxValue).ToString("R", CultureInfo.InvariantCulture),
        _ => (minimum ? double.MinValue : double.MaxValue).ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
