using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Values;

/// <summary>
/// Makes values that follow every rule of a field (its type, its attributes, what its column holds), now and then at
/// the very bounds, in the JSON a client sends, with the value the API must return for each.
/// </summary>
internal static class ValueFactory
{
    private static readonly DateTime Earliest = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Latest = new(2100, 12, 31, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan[] Offsets = { TimeSpan.Zero, new(5, 30, 0), new(-8, 0, 0), new(14, 0, 0), new(-3, -45, 0), new(1, 0, 0) };

    // Letters from several scripts, spaces, punctuation and a character outside the Basic Multilingual Plane.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-_'\"\\/:;!?#%&()éüßçñøЖж漢字ああ";
    private const string Astral = "😀";

    /// <summary>A valid value; null now and then when the field is optional.</summary>
    public static FieldValue Valid(FieldSpec field, Random random) =>
        !field.IsRequired && random.Next(4) == 0 ? FieldValue.Null : ValidValue(field, random);

    /// <summary>A valid value that is not null.</summary>
    public static FieldValue ValidValue(FieldSpec field, Random random)
    {
        switch (field.Type)
        {
            case ScalarType.String:
                var text = Text(field, random);
                return new(JsonValue.Create(text), text);
            case ScalarType.Bool:
                var flag = random.Next(2) == 0;
                return new(JsonValue.Create(flag), flag);
            case ScalarType.Byte or ScalarType.Short or ScalarType.Int or ScalarType.Long:
                var whole = Integer(field, random);
                return new(JsonValue.Create(whole), whole);
            case ScalarType.Float:
                var single = Single(field, random);
                return new(JsonValue.Create(single), single);
            case ScalarType.Double:
                var number = Double(field, random);
                return new(JsonValue.Create(number), number);
            case ScalarType.Decimal:
                var amount = Decimal(field, random);
                return new(JsonValue.Create(amount), amount);
            case ScalarType.DateTime:
                var instant = Instant(random);
                var offset = random.Next(3) == 0 ? Offsets[random.Next(Offsets.Length)] : TimeSpan.Zero;
                var sent = offset == TimeSpan.Zero
                    ? instant.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)
                    : new DateTimeOffset(instant).ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
                return new(JsonValue.Create(sent), instant);
            case ScalarType.DateTimeOffset:
                var moment = new DateTimeOffset(Instant(random)).ToOffset(Offsets[random.Next(Offsets.Length)]);
                return new(JsonValue.Create(moment.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture)), moment);
            case ScalarType.DateOnly:
                var day = random.Next(5) == 0
                    ? DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1))
                    : DateOnly.FromDateTime(Instant(random));
                return new(JsonValue.Create(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), day);
            case ScalarType.TimeOnly:
                var time = new TimeOnly(Microseconds(random, TimeSpan.TicksPerDay));
                return new(JsonValue.Create(time.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture)), time);
            case ScalarType.TimeSpan:
                var span = TimeSpan.FromTicks(Microseconds(random, TimeSpan.TicksPerDay * 110) - (random.Next(6) == 0 ? TimeSpan.TicksPerDay * 120 : 0));
                return new(JsonValue.Create(span.ToString("c", CultureInfo.InvariantCulture)), span);
            case ScalarType.Guid:
                var bytes = new byte[16];
                random.NextBytes(bytes);
                var guid = new Guid(bytes);
                return new(JsonValue.Create(guid.ToString("D")), guid);
            case ScalarType.Bytes:
                var low = field.MinLength ?? 0;
                var data = new byte[random.Next(low, Math.Min(field.MaxLength ?? low + 24, low + 24) + 1)];
                random.NextBytes(data);
                return new(JsonValue.Create(Convert.ToBase64String(data)), data);
            default:
                var member = field.Enum!.Members[random.Next(field.Enum.Members.Count)];
                return new(JsonValue.Create(member), member);
        }
    }

    /// <summary>A string key: letters, digits and hyphens, which a URL path carries as they are, within the key's maximum length.</summary>
    public static string KeyText(FieldSpec field, Random random)
    {
        const string safe = "abcdefghijklmnopqrstuvwxyz0123456789-";
        var length = Math.Min(field.MaxLength ?? 12, 6 + random.Next(7));
        return "k" + new string(Enumerable.Range(1, length - 1).Select(_ => safe[random.Next(safe.Length)]).ToArray());
    }

    private static string Text(FieldSpec field, Random random)
    {
        if (field.Format is { } format)
        {
            var n = random.Next(100000).ToString(CultureInfo.InvariantCulture);
            return format switch
            {
                TextFormat.Email => "user" + n + "@example.com",
                TextFormat.Phone => random.Next(2) == 0 ? "+1 (555) 010-" + n.PadLeft(4, '0')[..4] : "555 " + n,
                _ => "https://example.com/p/" + n,
            };
        }

        if (field.Pattern is { } pattern)
        {
            return pattern.Generate(random);
        }

        if (field.IsKey)
        {
            return KeyText(field, random);
        }

        var nonBlank = field.IsRequired && !field.AllowEmptyStrings;
        var low = Math.Max(field.MinLength ?? 0, nonBlank ? 1 : 0);
        var high = Math.Min(field.MaxLength ?? low + 24, low + 24);
        var length = random.Next(4) switch
        {
            0 => low,
            1 => high,
            _ => random.Next(low, high + 1),
        };
        var text = new StringBuilder();
        while (text.Length < length)
        {
            if (length - text.Length >= 2 && random.Next(10) == 0)
            {
                text.Append(Astral);
            }
            else
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        // Blank text does not count as a value for [Required].
        if (nonBlank && string.IsNullOrWhiteSpace(text.ToString()))
        {
            text[0] = 'x';
        }

        return text.ToString();
    }

    private static long Integer(FieldSpec field, Random random)
    {
        var (min, max) = ScalarTypes.IntegerLimits(field.Type);
        if (field.Range is { } range)
        {
            min = (long)range.Minimum;
            max = (long)range.Maximum;
        }

        return random.Next(5) switch
        {
            0 => min,
            1 => max,
            _ => max == long.MaxValue ? random.NextInt64(min, max) : random.NextInt64(min, max + 1),
        };
    }

    private static float Single(FieldSpec field, Random random)
    {
        if (field.Range is not { } range)
        {
            return random.Next(8) switch
            {
                0 => float.MaxValue,
                1 => float.MinValue,
                2 => 0f,
                _ => (float)Math.Round((random.NextDouble() - 0.5) * 2e6, 2),
            };
        }

        var low = (float)range.Minimum;
        var high = (float)range.Maximum;
        bool Fits(float value) => (range.MinimumIsExclusive ? value > low : value >= low) && (range.MaximumIsExclusive ? value < high : value <= high);
        var boundary = random.Next(5);
        if (boundary == 0 && !range.MinimumIsExclusive)
        {
            return low;
        }

        if (boundary == 1 && !range.MaximumIsExclusive)
        {
            return high;
        }

        for (var attempt = 0; attempt < 50; attempt++)
        {
            var value = (float)Math.Round((double)range.Minimum + ((double)(range.Maximum - range.Minimum) * (0.02 + (0.96 * random.NextDouble()))), 3);
            if (Fits(value))
            {
                return value;
            }
        }

        return (low / 2) + (high / 2);
    }

    private static double Double(FieldSpec field, Random random)
    {
        if (field.Range is not { } range)
        {
            return random.Next(8) switch
            {
                0 => double.MaxValue,
                1 => double.Epsilon,
                2 => -0.5,
                _ => Math.Round((random.NextDouble() - 0.5) * 2e9, 4),
            };
        }

        var low = (double)range.Minimum;
        var high = (double)range.Maximum;
        bool Fits(double value) => (range.MinimumIsExclusive ? value > low : value >= low) && (range.MaximumIsExclusive ? value < high : value <= high);
        var boundary = random.Next(5);
        if (boundary == 0 && !range.MinimumIsExclusive)
        {
            return low;
        }

        if (boundary == 1 && !range.MaximumIsExclusive)
        {
            return high;
        }

        for (var attempt = 0; attempt < 50; attempt++)
        {
            var value = Math.Round(low + ((high - low) * (0.02 + (0.96 * random.NextDouble()))), 4);
            if (Fits(value))
            {
                return value;
            }
        }

        return (low / 2) + (high / 2);
    }

    private static decimal Decimal(FieldSpec field, Random random)
    {
        var (first, last) = DecimalSteps(field);
        var step = Step(field.Scale);
        if (field.Range is null && random.Next(10) < 7)
        {
            // Mostly everyday amounts; the extremes of the column now and then.
            var small = Math.Min(last, Pow10(Math.Min(field.Precision, 6)) - 1);
            first = Math.Max(first, -small);
            last = small;
        }

        var k = random.Next(5) switch
        {
            0 => first,
            1 => last,
            _ => first + decimal.Floor((last - first) * (decimal)random.NextDouble()),
        };
        return k * step;
    }

    /// <summary>
    /// The whole numbers k such that k × 10^-scale fits the column (precision, scale) and the range: the decimals the
    /// field allows. <c>first &gt; last</c> when there are none.
    /// </summary>
    public static (decimal First, decimal Last) DecimalSteps(FieldSpec field)
    {
        var limit = Pow10(field.Precision) - 1;
        var first = -limit;
        var last = limit;
        if (field.Range is { } range)
        {
            var step = Step(field.Scale);
            var low = range.Minimum / step;
            var high = range.Maximum / step;
            first = Math.Max(first, decimal.Floor(low) == low && range.MinimumIsExclusive ? low + 1 : decimal.Ceiling(low));
            last = Math.Min(last, decimal.Ceiling(high) == high && range.MaximumIsExclusive ? high - 1 : decimal.Floor(high));
        }

        return (first, last);
    }

    public static decimal Step(int scale) => 1m / Pow10(scale);

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }

    private static DateTime Instant(Random random) =>
        new(Earliest.Ticks + Microseconds(random, Latest.Ticks - Earliest.Ticks), DateTimeKind.Utc);

    // A random number of ticks below the limit, in whole microseconds (what every database stores), often whole seconds.
    private static long Microseconds(Random random, long limit)
    {
        var ticks = random.NextInt64(0, limit);
        return random.Next(3) == 0 ? ticks - (ticks % TimeSpan.TicksPerSecond) : ticks - (ticks % 10);
    }
}
