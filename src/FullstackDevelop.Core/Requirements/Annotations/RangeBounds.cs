using System;
using System.Globalization;

namespace FullstackDevelop.Core.Requirements.Annotations;

/// <summary>
/// The bounds of a <c>[Range]</c> as the field's own type holds them, so every artifact states the same range and the
/// API's validator compares values of the field's type: integers get whole, inclusive bounds within the type's limits,
/// floating-point and decimal bounds keep their exclusivity.
/// </summary>
/// <param name="Minimum">The lower bound, invariant text valid for the type.</param>
/// <param name="MinimumIsExclusive">True when the lower bound itself is not allowed.</param>
/// <param name="Maximum">The upper bound.</param>
/// <param name="MaximumIsExclusive">True when the upper bound itself is not allowed.</param>
internal sealed record RangeBounds(string Minimum, bool MinimumIsExclusive, string Maximum, bool MaximumIsExclusive)
{
    /// <summary>The bounds for a field of <paramref name="fieldType"/>, or the reason they allow no value or do not parse.</summary>
    public static (RangeBounds? Bounds, string? Error) For(string fieldType, string minimum, bool minimumIsExclusive, string maximum, bool maximumIsExclusive)
    {
        if (FieldType.IsInteger(fieldType))
        {
            return Integers(fieldType, minimum, minimumIsExclusive, maximum, maximumIsExclusive);
        }

        if (fieldType == "decimal")
        {
            if (!TryDecimal(minimum, out var low) || !TryDecimal(maximum, out var high))
            {
                return (null, "its bounds '" + minimum + "' and '" + maximum + "' must be decimal numbers");
            }

            return Ordered(low.CompareTo(high), minimumIsExclusive || maximumIsExclusive, minimum, maximum)
                ?? (new RangeBounds(Text(low), minimumIsExclusive, Text(high), maximumIsExclusive), null);
        }

        if (!TryDouble(minimum, out var lower) || !TryDouble(maximum, out var upper))
        {
            return (null, "its bounds '" + minimum + "' and '" + maximum + "' must be numbers");
        }

        var single = fieldType == "float";
        var lowText = single ? ((float)lower).ToString("R", CultureInfo.InvariantCulture) : lower.ToString("R", CultureInfo.InvariantCulture);
        var highText = single ? ((float)upper).ToString("R", CultureInfo.InvariantCulture) : upper.ToString("R", CultureInfo.InvariantCulture);
        return Ordered(lower.CompareTo(upper), minimumIsExclusive || maximumIsExclusive, minimum, maximum)
            ?? (new RangeBounds(lowText, minimumIsExclusive, highText, maximumIsExclusive), null);
    }

    private static (RangeBounds?, string?) Integers(string fieldType, string minimum, bool minimumIsExclusive, string maximum, bool maximumIsExclusive)
    {
        var (typeMin, typeMax) = fieldType switch
        {
            "byte" => (0m, 255m),
            "int16" => (short.MinValue, short.MaxValue),
            "int32" => (int.MinValue, int.MaxValue),
            _ => ((decimal)long.MinValue, (decimal)long.MaxValue),
        };
        if (!TryBound(minimum, out var low) || !TryBound(maximum, out var high))
        {
            return (null, "its bounds '" + minimum + "' and '" + maximum + "' must be numbers");
        }

        // The whole numbers the range allows: above the lower bound (or at it), below the upper one, within the type.
        var first = Math.Max(minimumIsExclusive ? Math.Floor(low) + 1 : Math.Ceiling(low), typeMin);
        var last = Math.Min(maximumIsExclusive ? Math.Ceiling(high) - 1 : Math.Floor(high), typeMax);
        if (first > last)
        {
            return (null, "it allows no " + FieldType.CSharpName(fieldType) + " value between '" + minimum + "' and '" + maximum + "': make the minimum lower than the maximum");
        }

        return (new RangeBounds(Text(first), false, Text(last), false), null);
    }

    private static (RangeBounds?, string?)? Ordered(int comparison, bool anyExclusive, string minimum, string maximum) =>
        comparison > 0 || (comparison == 0 && anyExclusive)
            ? (null, "it allows no value between '" + minimum + "' and '" + maximum + "': make the minimum lower than the maximum")
            : null;

    // A bound beyond decimal's range is as good as infinite for an integer type: it is clamped to the type's limits.
    private static bool TryBound(string text, out decimal value)
    {
        if (TryDecimal(text, out value))
        {
            return true;
        }

        if (TryDouble(text, out var number))
        {
            value = number < 0 ? decimal.MinValue : decimal.MaxValue;
            return true;
        }

        return false;
    }

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
