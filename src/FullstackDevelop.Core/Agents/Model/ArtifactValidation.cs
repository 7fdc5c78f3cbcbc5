using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Backend;
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
    public static EquatableArray<ArtifactRule> For(FieldInfo field) => EquatableArray.From(RequestRules.For(field).Select(rule => Of(field, rule)));

    // The rule with the message DataAnnotations (or the generated attribute) answers, unless the user wrote one.
    private static ArtifactRule Of(FieldInfo field, RequestRule rule) => rule.Kind switch
    {
        "required" => new("required", rule.UserMessage ?? "The {0} field is required.", default, AllowEmptyStrings: rule.AllowEmptyStrings),

        // [StringLength(max, MinimumLength = min)]: its default message names the minimum only when there is one.
        "stringLength" when rule.MinimumLength is { } minimum => Length(rule, "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.", Number(rule.MaximumLength!.Value), Number(minimum)),
        "stringLength" => Length(rule, "The field {0} must be a string with a maximum length of {1}.", Number(rule.MaximumLength!.Value), "0"),
        "minLength" => Length(rule, "The field {0} must be a string or array type with a minimum length of '{1}'.", Number(rule.MinimumLength!.Value)),
        "maxLength" => Length(rule, "The field {0} must be a string or array type with a maximum length of '{1}'.", Number(rule.MaximumLength!.Value)),
        "range" => new(
            "range",
            rule.UserMessage ?? "The field {0} must be between {1}" + (rule.MinimumIsExclusive ? " exclusive" : string.Empty) + " and {2}" + (rule.MaximumIsExclusive ? " exclusive" : string.Empty) + ".",
            EquatableArray.Of(rule.Minimum!, rule.Maximum!),
            Minimum: rule.Minimum,
            MinimumIsExclusive: rule.MinimumIsExclusive,
            Maximum: rule.Maximum,
            MaximumIsExclusive: rule.MaximumIsExclusive),
        FieldRules.EmailFormat => new("email", rule.UserMessage ?? "The {0} field is not a valid e-mail address.", default),
        FieldRules.PhoneFormat => new("phone", rule.UserMessage ?? "The {0} field is not a valid phone number.", default),
        FieldRules.UrlFormat => new("url", rule.UserMessage ?? "The {0} field is not a valid fully-qualified http, https, or ftp URL.", default),
        "pattern" => new(
            "pattern",
            rule.UserMessage ?? "The field {0} must match the regular expression '{1}'.",
            EquatableArray.Of(rule.Pattern!),
            Pattern: rule.Pattern,
            ClientPattern: JavaScriptPatterns.Translate(rule.Pattern!)),
        "decimalDigits" => new(
            "decimalDigits",
            "The field {0} must have at most {1} digits before the point and {2} after it.",
            EquatableArray.Of(Number(rule.Precision!.Value - rule.Scale!.Value), Number(rule.Scale.Value)),
            Precision: rule.Precision,
            Scale: rule.Scale),
        "wholeMicroseconds" => new("wholeMicroseconds", "The field {0} must not be more precise than a microsecond.", default),
        "storableText" => new("storableText", "The field {0} must not contain the NUL character or half of a surrogate pair.", default),
        _ => new("finiteNumber", "The field {0} must be a finite number its type can hold.", default),
    };

    // The three length attributes are one check for the frontend: between a minimum and a maximum, either optional.
    private static ArtifactRule Length(RequestRule rule, string message, params string[] arguments) =>
        new("length", rule.UserMessage ?? message, EquatableArray.Of(arguments), MinimumLength: rule.MinimumLength, MaximumLength: rule.MaximumLength);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
