using System;
using System.Globalization;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// The JSON Schema bounds of a field's values, as OpenAPI 3.0 states them: the range of its type and of its
/// <c>[Range]</c> together (the narrower bound wins), the digits of a decimal column, and lengths in JSON characters
/// (a byte array travels as Base64, four characters for every three bytes).
/// </summary>
/// <param name="Minimum">The lowest value, or null.</param>
/// <param name="MinimumIsExclusive">True when <paramref name="Minimum"/> itself is not allowed (OpenAPI 3.0's boolean <c>exclusiveMinimum</c>).</param>
/// <param name="Maximum">The highest value, or null.</param>
/// <param name="MaximumIsExclusive">True when <paramref name="Maximum"/> itself is not allowed.</param>
/// <param name="MultipleOf">For a decimal, one unit of its last digit (<c>0.01</c> for a scale of 2), or null.</param>
/// <param name="MinLength">The fewest JSON characters, or null.</param>
/// <param name="MaxLength">The most JSON characters, or null.</param>
public sealed record ArtifactSchemaBounds(
    string? Minimum,
    bool MinimumIsExclusive,
    string? Maximum,
    bool MaximumIsExclusive,
    string? MultipleOf,
    int? MinLength,
    int? MaxLength)
{
    /// <summary>The bounds of <paramref name="field"/>.</summary>
    public static ArtifactSchemaBounds Of(ArtifactField field)
    {
        var rules = field.Rules;
        var (typeMinimum, typeMaximum, multipleOf) = TypeBounds(field.Type, rules);
        var (minimum, minimumIsExclusive) = Narrower(typeMinimum, rules.Minimum, rules.MinimumIsExclusive, lower: true);
        var (maximum, maximumIsExclusive) = Narrower(typeMaximum, rules.Maximum, rules.MaximumIsExclusive, lower: false);
        var bytes = field.Type == "bytes";
        return new ArtifactSchemaBounds(
            minimum,
            minimumIsExclusive,
            maximum,
            maximumIsExclusive,
            multipleOf,
            rules.MinLength is { } minLength ? (bytes ? Base64Length(minLength) : minLength) : null,
            field.MaxLength is { } maxLength ? (bytes ? Base64Length(maxLength) : maxLength) : null);
    }

    // Small integers state their type's range (a JSON integer could be anything); decimals the largest value with
    // their digits: numeric(8,2) holds up to 999999.99.
    private static (string? Minimum, string? Maximum, string? MultipleOf) TypeBounds(string type, FieldRules rules)
    {
        switch (type)
        {
            case "byte":
                return ("0", "255", null);
            case "int16":
                return ("-32768", "32767", null);
            case "decimal":
                var precision = rules.Precision ?? FieldRules.DefaultPrecision;
                var scale = rules.Scale ?? FieldRules.DefaultScale;
                var unit = Power(-scale);
                var largest = (Power(precision - scale) - unit).ToString(CultureInfo.InvariantCulture);
                return ("-" + largest, largest, unit.ToString(CultureInfo.InvariantCulture));
            default:
                return (null, null, null);
        }
    }

    private static (string?, bool) Narrower(string? typeBound, string? ruleBound, bool ruleIsExclusive, bool lower)
    {
        if (ruleBound is null)
        {
            return (typeBound, false);
        }

        if (typeBound is null)
        {
            return (ruleBound, ruleIsExclusive);
        }

        var comparison = Parse(ruleBound).CompareTo(Parse(typeBound));
        var ruleIsNarrower = lower ? comparison >= 0 : comparison <= 0;
        return ruleIsNarrower ? (ruleBound, ruleIsExclusive) : (typeBound, false);
    }

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    // 10 to the power of `exponent`, written without trailing zeros: 0.01, 1, 1000000.
    private static decimal Power(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            value = exponent > 0 ? value * 10m : value / 10m;
        }

        return value;
    }

    private static int Base64Length(int bytes) => (bytes + 2) / 3 * 4;
}
