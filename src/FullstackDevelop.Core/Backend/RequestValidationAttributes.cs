using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Backend;

/// <summary>
/// The attributes a request property carries, one per <see cref="RequestRule"/>, so the API rejects with 400 what the model's rules forbid and what the
/// column cannot hold, rather than storing it changed: the user's DataAnnotations with their messages, then the
/// generated storage rules (<c>DecimalDigits</c>, <c>WholeMicroseconds</c>, <c>StorableText</c>, <c>FiniteNumber</c> in the <c>Api</c> namespace).
/// </summary>
internal static class RequestValidationAttributes
{
    private const string Annotations = "global::System.ComponentModel.DataAnnotations.";

    public static EquatableArray<string> For(FieldInfo field, string type, string rootNamespace)
    {
        var api = "global::" + rootNamespace + ".Api.";
        var attributes = new List<string>();
        foreach (var rule in RequestRules.For(field))
        {
            var message = Named("ErrorMessage", Literal(rule.UserMessage));
            attributes.Add(rule.Kind switch
            {
                "required" => Annotations + "Required" + Arguments(null, Named("AllowEmptyStrings", rule.AllowEmptyStrings ? "true" : null), message),
                "stringLength" => Annotations + "StringLength" + Arguments(Number(rule.MaximumLength!.Value), Named("MinimumLength", rule.MinimumLength is { } min ? Number(min) : null), message),
                "minLength" => Annotations + "MinLength" + Arguments(Number(rule.MinimumLength!.Value), message),
                "maxLength" => Annotations + "MaxLength" + Arguments(Number(rule.MaximumLength!.Value), message),

                // The field's own type as the operand: values are compared without conversion, bounds read in the invariant culture.
                "range" => Annotations + "Range" + Arguments(
                    "typeof(" + type + "), " + Literal(rule.Minimum) + ", " + Literal(rule.Maximum),
                    Named("MinimumIsExclusive", rule.MinimumIsExclusive ? "true" : null),
                    Named("MaximumIsExclusive", rule.MaximumIsExclusive ? "true" : null),
                    "ParseLimitsInInvariantCulture = true",
                    "ConvertValueInInvariantCulture = true",
                    message),
                FieldRules.EmailFormat => Annotations + "EmailAddress" + Arguments(null, message),
                FieldRules.PhoneFormat => Annotations + "Phone" + Arguments(null, message),
                FieldRules.UrlFormat => Annotations + "Url" + Arguments(null, message),
                "pattern" => Annotations + "RegularExpression" + Arguments(Literal(rule.Pattern), message),
                "decimalDigits" => api + "DecimalDigits(" + Number(rule.Precision!.Value) + ", " + Number(rule.Scale!.Value) + ")",
                "wholeMicroseconds" => api + "WholeMicroseconds",
                "storableText" => api + "StorableText",
                _ => api + "FiniteNumber",
            });
        }

        return EquatableArray.From(attributes);
    }

    private static string? Named(string name, string? value) => value is null ? null : name + " = " + value;

    // The positional arguments, then the named ones that are set: "(a, B = b)", or nothing at all.
    private static string Arguments(string? positional, params string?[] named)
    {
        var parts = new List<string>();
        if (positional is not null)
        {
            parts.Add(positional);
        }

        foreach (var argument in named)
        {
            if (argument is not null)
            {
                parts.Add(argument);
            }
        }

        return parts.Count == 0 ? string.Empty : "(" + string.Join(", ", parts) + ")";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Literal(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var literal = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    literal.Append("\\\"");
                    break;
                case '\\':
                    literal.Append("\\\\");
                    break;
                case '\n':
                    literal.Append("\\n");
                    break;
                case '\r':
                    literal.Append("\\r");
                    break;
                case '\t':
                    literal.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c))
                    {
                        literal.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        literal.Append(c);
                    }

                    break;
            }
        }

        return literal.Append('"').ToString();
    }
}
