using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// Example JSON values of a field for the test plan and the API scripts: two values the API accepts (for a create and
/// a following update) and, for each rule the API checks on requests, values it refuses with that rule's message.
/// </summary>
/// <param name="Valid">A JSON value the API accepts, or null when none is known (a pattern the examples cannot follow).</param>
/// <param name="Changed">Another JSON value the API accepts, for updates.</param>
/// <param name="Invalid">JSON values the API refuses, one or two per rule.</param>
public sealed record ArtifactExamples(string? Valid, string? Changed, EquatableArray<ArtifactInvalidExample> Invalid)
{
    private static readonly Dictionary<string, (long Minimum, long Maximum)> IntegerLimits = new(StringComparer.Ordinal)
    {
        ["byte"] = (0, 255),
        ["int16"] = (short.MinValue, short.MaxValue),
        ["int32"] = (int.MinValue, int.MaxValue),
        ["int64"] = (long.MinValue, long.MaxValue),
    };

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The examples of <paramref name="field"/>.</summary>
    public static ArtifactExamples Of(ArtifactField field)
    {
        var valid = ValidValue(field, 0);
        var changed = ValidValue(field, 1) ?? valid;
        return new ArtifactExamples(valid, changed, EquatableArray.From(InvalidValues(field, valid)));
    }

    private static string? ValidValue(ArtifactField field, int variant)
    {
        var rules = field.Rules;
        switch (field.Type)
        {
            case "string":
                return ValidText(field, variant) is { } text ? Json(text) : null;
            case FieldType.Enum:
                return Json(field.EnumMembers.Count > variant ? field.EnumMembers[variant] : field.EnumMembers.Count > 0 ? field.EnumMembers[0] : string.Empty);
            case "bool":
                return variant == 0 ? "true" : "false";
            case "byte" or "int16" or "int32" or "int64":
                if (field.ForeignKeyOf is not null)
                {
                    return "1";
                }

                var limits = IntegerLimits[field.Type];
                var low = rules.Minimum is null ? Math.Max(1, limits.Minimum) : long.Parse(rules.Minimum, CultureInfo.InvariantCulture);
                var high = rules.Maximum is null ? limits.Maximum : long.Parse(rules.Maximum, CultureInfo.InvariantCulture);
                return Number(Math.Min(low + variant, high));
            case "float" or "double" or "decimal":
                return ValidNumber(field, variant);
            case "datetime" or "datetimeoffset":
                return variant == 0 ? "\"2024-05-01T12:00:00Z\"" : "\"2024-06-15T08:30:00Z\"";
            case "date":
                return variant == 0 ? "\"2024-05-01\"" : "\"2024-06-15\"";
            case "time":
                return variant == 0 ? "\"12:30:00\"" : "\"08:15:00\"";
            case "timespan":
                return variant == 0 ? "\"01:30:00\"" : "\"02:45:00\"";
            case "guid":
                return field.ForeignKeyOf is not null
                    ? "\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\""
                    : variant == 0 ? "\"6b0f4e5c-2a4d-4c8e-9d1b-8f3e2a7c5d10\"" : "\"9a7d3c21-5e6f-4b8a-8c9d-0e1f2a3b4c5d\"";
            default:
                // Bytes: "Hello" and "World", or as many bytes as the lengths want.
                var bytes = Encoding.ASCII.GetBytes(variant == 0 ? "Hello" : "World");
                var count = Math.Min(Math.Max(bytes.Length, rules.MinLength ?? 0), field.MaxLength ?? int.MaxValue);
                return Json(Convert.ToBase64String(Enumerable.Range(0, count).Select(i => i < bytes.Length ? bytes[i] : (byte)'x').ToArray()));
        }
    }

    private static string? ValidText(ArtifactField field, int variant)
    {
        var rules = field.Rules;
        string text;
        if (rules.Pattern is { } pattern)
        {
            if (PatternExamples.Accepted(pattern) is not { } accepted)
            {
                return null;
            }

            text = accepted;
        }
        else
        {
            text = rules.Format switch
            {
                FieldRules.EmailFormat => variant == 0 ? "ada@example.com" : "grace@example.org",
                FieldRules.PhoneFormat => variant == 0 ? "+1 555 0100" : "+1 (555) 0199 x12",
                FieldRules.UrlFormat => variant == 0 ? "https://example.com/" : "https://example.org/changed",

                // A key travels in the URL of the item routes: no spaces there.
                _ => field.IsKey ? (variant == 0 ? "example-1" : "example-2") : (variant == 0 ? "Example " : "Changed ") + field.Name,
            };
        }

        if (rules.MinLength is { } minLength && text.Length < minLength)
        {
            text = rules.Pattern is null ? text.PadRight(minLength, 'x') : text;
        }

        if (field.MaxLength is { } maxLength && text.Length > maxLength)
        {
            text = text.Substring(0, maxLength);
        }

        return rules.Pattern is null || PatternExamples.Accepts(rules.Pattern, text) ? text : null;
    }

    // The usual values when they fit the range and the digits; otherwise a value inside the range, rounded to the digits.
    private static string? ValidNumber(ArtifactField field, int variant)
    {
        var bounds = field.SchemaBounds;
        var usual = field.Type == "decimal" ? (variant == 0 ? 19.99m : 24.5m) : (variant == 0 ? 1.5m : 2.25m);
        var scale = field.Type == "decimal" ? field.Rules.Scale ?? FieldRules.DefaultScale : 6;
        var low = bounds.Minimum is null ? -1_000_000m : Parse(bounds.Minimum);
        var high = bounds.Maximum is null ? 1_000_000m : Parse(bounds.Maximum);
        var candidates = new[]
        {
            usual,
            Math.Round(usual, scale),
            Math.Round(low + ((high - low) * (variant == 0 ? 0.5m : 0.25m)), scale),
            Math.Round(low + ((high - low) * 0.5m), scale),
            bounds.MinimumIsExclusive ? high : low,
        };
        foreach (var candidate in candidates)
        {
            if (Fits(field, bounds, candidate))
            {
                return Number(candidate);
            }
        }

        return null;
    }

    private static bool Fits(ArtifactField field, ArtifactSchemaBounds bounds, decimal value)
    {
        if (bounds.Minimum is { } minimum && (bounds.MinimumIsExclusive ? value <= Parse(minimum) : value < Parse(minimum)))
        {
            return false;
        }

        if (bounds.Maximum is { } maximum && (bounds.MaximumIsExclusive ? value >= Parse(maximum) : value > Parse(maximum)))
        {
            return false;
        }

        return field.Type != "decimal" || Math.Round(value, field.Rules.Scale ?? FieldRules.DefaultScale) == value;
    }

    private static List<ArtifactInvalidExample> InvalidValues(ArtifactField field, string? valid)
    {
        var examples = new List<ArtifactInvalidExample>();
        var rules = field.Rules;
        foreach (var rule in field.Validation)
        {
            switch (rule.Kind)
            {
                case "required" when field.Type == "string" && !rule.AllowEmptyStrings:
                    examples.Add(Example(field, rule, Json("   "), "with only white space"));
                    break;
                case "length":
                    var unit = field.Type == "bytes" ? " bytes" : " characters";
                    if (rule.MinimumLength is { } minimum)
                    {
                        examples.Add(Example(field, rule, Filler(field, minimum - 1), "of " + Count(minimum - 1) + unit + ", under the minimum of " + Count(minimum)));
                    }

                    if (rule.MaximumLength is { } maximum)
                    {
                        examples.Add(Example(field, rule, Filler(field, maximum + 1), "of " + Count(maximum + 1) + unit + ", over the maximum of " + Count(maximum)));
                    }

                    break;
                case "range":
                    AddOutOfRange(field, rule, examples);
                    break;
                case "email":
                    examples.Add(Example(field, rule, Json("not-an-email"), "with no @"));
                    break;
                case "phone":
                    examples.Add(Example(field, rule, Json("call me"), "with letters"));
                    break;
                case "url":
                    examples.Add(Example(field, rule, Json("example.com"), "without http://, https:// or ftp://"));
                    break;
                case "pattern":
                    var accepted = valid is null ? null : (string?)System.Text.Json.JsonDocument.Parse(valid).RootElement.GetString();
                    if (PatternExamples.Refused(rule.Pattern!, accepted) is { } refused)
                    {
                        examples.Add(Example(field, rule, Json(refused), "whose first match is not the whole text"));
                    }

                    break;
                case "decimalDigits":
                    var scale = rule.Scale!.Value;
                    var whole = rule.Precision!.Value - scale;
                    if (scale < 28)
                    {
                        examples.Add(Example(field, rule, "1." + new string('0', scale) + "1", "with " + (scale + 1) + " digits after the point, over " + scale));
                    }

                    examples.Add(Example(field, rule, "1" + new string('0', whole), "with " + (whole + 1) + " digits before the point, over " + whole));
                    break;
                case "wholeMicroseconds":
                    var precise = field.Type switch
                    {
                        "time" => "12:30:00.0000001",
                        "timespan" => "01:30:00.0000001",
                        _ => "2024-05-01T12:00:00.0000001Z",
                    };
                    examples.Add(Example(field, rule, Json(precise), "with a tenth of a microsecond"));
                    break;
                case "storableText":
                    examples.Add(Example(field, rule, "\"A\\u0000B\"", "with a NUL character"));
                    break;
            }
        }

        return examples;
    }

    // A number below the range and one above it, where the field's type can hold them.
    private static void AddOutOfRange(ArtifactField field, ArtifactRule rule, List<ArtifactInvalidExample> examples)
    {
        var minimum = Parse(rule.Minimum!);
        var maximum = Parse(rule.Maximum!);
        var step = IntegerLimits.ContainsKey(field.Type) ? 1m : field.Type == "decimal" ? Unit(field.Rules.Scale ?? FieldRules.DefaultScale) : 1m;
        var below = rule.MinimumIsExclusive ? minimum : minimum - step;
        var above = rule.MaximumIsExclusive ? maximum : maximum + step;
        var (typeMinimum, typeMaximum) = IntegerLimits.TryGetValue(field.Type, out var limits) ? (limits.Minimum, limits.Maximum) : (long.MinValue, long.MaxValue);
        if (below >= typeMinimum)
        {
            examples.Add(Example(field, rule, Number(below), "of " + Number(below) + (rule.MinimumIsExclusive ? ", the excluded minimum" : ", under the minimum of " + rule.Minimum)));
        }

        if (above <= typeMaximum)
        {
            examples.Add(Example(field, rule, Number(above), "of " + Number(above) + (rule.MaximumIsExclusive ? ", the excluded maximum" : ", over the maximum of " + rule.Maximum)));
        }
    }

    private static ArtifactInvalidExample Example(ArtifactField field, ArtifactRule rule, string json, string description) =>
        new(rule.Kind, json, description, Message(field, rule));

    /// <summary>The message the API gives when <paramref name="rule"/> fails for <paramref name="field"/>.</summary>
    public static string Message(ArtifactField field, ArtifactRule rule)
    {
        var arguments = new object[rule.Arguments.Count + 1];
        arguments[0] = field.Name;
        for (var i = 0; i < rule.Arguments.Count; i++)
        {
            arguments[i + 1] = rule.Arguments[i];
        }

        try
        {
            return string.Format(CultureInfo.InvariantCulture, rule.Message, arguments);
        }
        catch (FormatException)
        {
            return rule.Message;
        }
    }

    private static string Filler(ArtifactField field, int length) =>
        field.Type == "bytes"
            ? Json(Convert.ToBase64String(Enumerable.Repeat((byte)'x', Math.Max(length, 0)).ToArray()))
            : Json(new string('x', Math.Max(length, 0)));

    private static decimal Unit(int scale)
    {
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10m;
        }

        return unit;
    }

    private static decimal Parse(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : text.StartsWith("-", StringComparison.Ordinal) ? decimal.MinValue : decimal.MaxValue;

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Readable JSON: only what JSON itself needs is escaped (quotes, backslashes, control characters).
    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text, JsonOptions);
}

/// <summary>A JSON value the API refuses for a field.</summary>
/// <param name="Rule">The rule it breaks (an <see cref="ArtifactRule.Kind"/>).</param>
/// <param name="Json">The value, as JSON.</param>
/// <param name="Description">What is wrong with it, in words that follow the field's name: <c>of 4 characters, under the minimum of 5</c>.</param>
/// <param name="Message">The message the API answers for the field.</param>
public sealed record ArtifactInvalidExample(string Rule, string Json, string Description, string Message);
