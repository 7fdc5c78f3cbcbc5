using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Backend;

/// <summary>
/// The attributes a request property carries, so the API rejects with 400 what the model's rules forbid and what the
/// column cannot hold, rather than storing it changed: the user's DataAnnotations with their messages, then the
/// generated storage rules (<c>DecimalDigits</c>, <c>WholeMicroseconds</c>, <c>StorableText</c>, <c>FiniteNumber</c> in the <c>Api</c> namespace).
/// </summary>
internal static class RequestValidationAttributes
{
    private const string Annotations = "global::System.ComponentModel.DataAnnotations.";

    public static EquatableArray<string> For(FieldInfo field, string type, string rootNamespace)
    {
        var rules = field.Constraints;
        var attributes = new List<string>();
        var api = "global::" + rootNamespace + ".Api.";
        if (field.IsRequired)
        {
            attributes.Add(Annotations + "Required" + Arguments(null, Named("AllowEmptyStrings", rules.AllowEmptyStrings ? "true" : null), Message(rules, "required")));
        }

        var maxMessage = rules.MessageFor("maxLength");
        var minMessage = rules.MessageFor("minLength");
        if (field.Type == "string" && field.MaxLength is { } maxLength && (rules.MinLength is null || minMessage == maxMessage))
        {
            // One StringLength holds both lengths when they share a message, as the user most likely wrote them.
            attributes.Add(Annotations + "StringLength" + Arguments(Number(maxLength), Named("MinimumLength", rules.MinLength is { } min ? Number(min) : null), Named("ErrorMessage", Literal(maxMessage))));
        }
        else
        {
            if (rules.MinLength is { } minLength)
            {
                attributes.Add(Annotations + "MinLength" + Arguments(Number(minLength), Named("ErrorMessage", Literal(minMessage))));
            }

            if (field.MaxLength is { } max)
            {
                attributes.Add(Annotations + (field.Type == "string" ? "StringLength" : "MaxLength") + Arguments(Number(max), Named("ErrorMessage", Literal(maxMessage))));
            }
        }

        if (rules.Minimum is not null || rules.Maximum is not null)
        {
            // The field's own type as the operand: values are compared without conversion, bounds read in the invariant culture.
            var operand = "typeof(" + type + ")";
            attributes.Add(Annotations + "Range" + Arguments(
                operand + ", " + Literal(rules.Minimum ?? Extreme(field.Type, minimum: true)) + ", " + Literal(rules.Maximum ?? Extreme(field.Type, minimum: false)),
                Named("MinimumIsExclusive", rules.MinimumIsExclusive ? "true" : null),
                Named("MaximumIsExclusive", rules.MaximumIsExclusive ? "true" : null),
                "ParseLimitsInInvariantCulture = true",
                "ConvertValueInInvariantCulture = true",
                Message(rules, "range")));
        }

        switch (rules.Format)
        {
            case FieldRules.EmailFormat:
                attributes.Add(Annotations + "EmailAddress" + Arguments(null, Message(rules, "format")));
                break;
            case FieldRules.PhoneFormat:
                attributes.Add(Annotations + "Phone" + Arguments(null, Message(rules, "format")));
                break;
            case FieldRules.UrlFormat:
                attributes.Add(Annotations + "Url" + Arguments(null, Message(rules, "format")));
                break;
        }

        if (rules.Pattern is { } pattern)
        {
            attributes.Add(Annotations + "RegularExpression" + Arguments(Literal(pattern), Message(rules, "pattern")));
        }

        switch (field.Type)
        {
            case "decimal":
                attributes.Add(api + "DecimalDigits(" + Number(rules.Precision ?? FieldRules.DefaultPrecision) + ", " + Number(rules.Scale ?? FieldRules.DefaultScale) + ")");
                break;
            case "datetime" or "datetimeoffset" or "time" or "timespan":
                attributes.Add(api + "WholeMicroseconds");
                break;
            case "string":
                attributes.Add(api + "StorableText");
                break;
            case "float" or "double":
                attributes.Add(api + "FiniteNumber");
                break;
        }

        return EquatableArray.From(attributes);
    }

    // A range with one bound states the other as the type's own limit.
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

    private static string? Message(FieldRules rules, string rule) => Named("ErrorMessage", Literal(rules.MessageFor(rule)));

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
