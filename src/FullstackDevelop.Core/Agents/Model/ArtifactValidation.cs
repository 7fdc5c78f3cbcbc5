using System.Collections.Generic;
using System.Globalization;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// The checks of a request field, as the attributes of the generated API make them (see the backend's
/// <c>RequestValidationAttributes</c>): the user's DataAnnotations in the same order, with the same choice between
/// <c>[StringLength]</c> and <c>[MinLength]</c>/<c>[MaxLength]</c> and the same default messages, then the storage rules.
/// </summary>
public static class ArtifactValidation
{
    /// <summary>The checks of <paramref name="field"/>, in the order the API runs them.</summary>
    public static EquatableArray<ArtifactRule> For(FieldInfo field)
    {
        var rules = field.Constraints;
        var checks = new List<ArtifactRule>();
        if (field.IsRequired)
        {
            checks.Add(new ArtifactRule("required", rules.MessageFor("required") ?? "The {0} field is required.", default, AllowEmptyStrings: rules.AllowEmptyStrings));
        }

        var maxMessage = rules.MessageFor("maxLength");
        var minMessage = rules.MessageFor("minLength");
        if (field.Type == "string" && field.MaxLength is { } maxLength && (rules.MinLength is null || minMessage == maxMessage))
        {
            // [StringLength(max, MinimumLength = min)]: its default message names the minimum only when there is one.
            var message = maxMessage ?? (rules.MinLength is null
                ? "The field {0} must be a string with a maximum length of {1}."
                : "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.");
            checks.Add(Length(rules.MinLength, maxLength, message, Number(maxLength), Number(rules.MinLength ?? 0)));
        }
        else
        {
            if (rules.MinLength is { } minLength)
            {
                checks.Add(Length(minLength, null, minMessage ?? "The field {0} must be a string or array type with a minimum length of '{1}'.", Number(minLength)));
            }

            if (field.MaxLength is { } max)
            {
                checks.Add(field.Type == "string"
                    ? Length(null, max, maxMessage ?? "The field {0} must be a string with a maximum length of {1}.", Number(max), "0")
                    : Length(null, max, maxMessage ?? "The field {0} must be a string or array type with a maximum length of '{1}'.", Number(max)));
            }
        }

        if (rules.Minimum is not null || rules.Maximum is not null)
        {
            var minimum = rules.Minimum ?? Extreme(field.Type, minimum: true);
            var maximum = rules.Maximum ?? Extreme(field.Type, minimum: false);
            var message = rules.MessageFor("range") ?? "The field {0} must be between {1}" + (rules.MinimumIsExclusive ? " exclusive" : string.Empty)
                + " and {2}" + (rules.MaximumIsExclusive ? " exclusive" : string.Empty) + ".";
            checks.Add(new ArtifactRule(
                "range",
                message,
                EquatableArray.Of(minimum, maximum),
                Minimum: minimum,
                MinimumIsExclusive: rules.MinimumIsExclusive,
                Maximum: maximum,
                MaximumIsExclusive: rules.MaximumIsExclusive));
        }

        switch (rules.Format)
        {
            case FieldRules.EmailFormat:
                checks.Add(new ArtifactRule("email", rules.MessageFor("format") ?? "The {0} field is not a valid e-mail address.", default));
                break;
            case FieldRules.PhoneFormat:
                checks.Add(new ArtifactRule("phone", rules.MessageFor("format") ?? "The {0} field is not a valid phone number.", default));
                break;
            case FieldRules.UrlFormat:
                checks.Add(new ArtifactRule("url", rules.MessageFor("format") ?? "The {0} field is not a valid fully-qualified http, https, or ftp URL.", default));
                break;
        }

        if (rules.Pattern is { } pattern)
        {
            checks.Add(new ArtifactRule(
                "pattern",
                rules.MessageFor("pattern") ?? "The field {0} must match the regular expression '{1}'.",
                EquatableArray.Of(pattern),
                Pattern: pattern,
                ClientPattern: JavaScriptPatterns.Translate(pattern)));
        }

        switch (field.Type)
        {
            case "decimal":
                var precision = rules.Precision ?? FieldRules.DefaultPrecision;
                var scale = rules.Scale ?? FieldRules.DefaultScale;
                checks.Add(new ArtifactRule(
                    "decimalDigits",
                    "The field {0} must have at most {1} digits before the point and {2} after it.",
                    EquatableArray.Of(Number(precision - scale), Number(scale)),
                    Precision: precision,
                    Scale: scale));
                break;
            case "datetime" or "datetimeoffset" or "time" or "timespan":
                checks.Add(new ArtifactRule("wholeMicroseconds", "The field {0} must not be more precise than a microsecond.", default));
                break;
            case "string":
                checks.Add(new ArtifactRule("storableText", "The field {0} must not contain the NUL character or half of a surrogate pair.", default));
                break;
            case "float" or "double":
                checks.Add(new ArtifactRule("finiteNumber", "The field {0} must be a finite number its type can hold.", default));
                break;
        }

        return EquatableArray.From(checks);
    }

    private static ArtifactRule Length(int? minimum, int? maximum, string message, params string[] arguments) =>
        new("length", message, EquatableArray.Of(arguments), MinimumLength: minimum, MaximumLength: maximum);

    // A range with one bound has the type's own limit as the other, as the API's [Range] states it.
    private static string Extreme(string fieldType, bool minimum) => fieldType switch
    {
        "byte" => minimum ? "0" : "255",
        "int16" => minimum ? Number(short.MinValue) : Number(short.MaxValue),
        "int32" => minimum ? Number(int.MinValue) : Number(int.MaxValue),
        "int64" => minimum ? long.MinValue.ToString(CultureInfo.InvariantCulture) : long.MaxValue.ToString(CultureInfo.InvariantCulture),
        "decimal" => minimum ? decimal.MinValue.ToString(CultureInfo.InvariantCulture) : decimal.MaxValue.ToString(CultureInfo.InvariantCulture),
        "float" => minimum ? float.MinValue.ToString("R", CultureInfo.InvariantCulture) : float.MaxValue.ToString("R", CultureInfo.InvariantCulture),
        _ => minimum ? double.MinValue.ToString("R", CultureInfo.InvariantCulture) : double.MaxValue.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
