using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Values;

/// <summary>
/// Reads field values from the API's JSON and compares them with the values sent, with the documented normalisation:
/// DateTime and DateTimeOffset come back in UTC, numbers compare by value.
/// </summary>
internal static class ValueJson
{
    /// <summary>Why <paramref name="actual"/> is not <paramref name="expected"/> for <paramref name="field"/>; null when it is.</summary>
    public static string? Mismatch(FieldSpec field, JsonElement actual, object? expected)
    {
        if (expected is null)
        {
            return actual.ValueKind == JsonValueKind.Null ? null : "expected null, got " + actual.GetRawText();
        }

        if (actual.ValueKind == JsonValueKind.Null)
        {
            return "expected " + Show(expected) + ", got null";
        }

        try
        {
            var read = Read(field, actual);
            var equal = (expected, read) switch
            {
                (byte[] sent, byte[] got) => sent.SequenceEqual(got),
                (DateTimeOffset sent, DateTimeOffset got) => sent.UtcTicks == got.UtcTicks && got.Offset == TimeSpan.Zero,
                (DateTime sent, DateTime got) => sent.Ticks == got.Ticks && got.Kind == DateTimeKind.Utc,
                _ => Equals(expected, read),
            };
            return equal ? null : "expected " + Show(expected) + ", got " + actual.GetRawText() + Normalisation(field, expected);
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or JsonException or OverflowException)
        {
            return "expected " + Show(expected) + ", got " + actual.GetRawText() + " (" + exception.Message + ")";
        }
    }

    /// <summary>The value of <paramref name="field"/> in <paramref name="element"/>, as <see cref="FieldValue.Expected"/> holds values.</summary>
    public static object? Read(FieldSpec field, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return field.Type switch
        {
            ScalarType.String or ScalarType.Enum => element.GetString(),
            ScalarType.Bool => element.GetBoolean(),
            ScalarType.Byte or ScalarType.Short or ScalarType.Int or ScalarType.Long => element.GetInt64(),
            ScalarType.Float => element.GetSingle(),
            ScalarType.Double => element.GetDouble(),
            ScalarType.Decimal => element.GetDecimal(),
            ScalarType.DateTime => ReadUtcDateTime(element.GetString()!),
            ScalarType.DateTimeOffset => DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            ScalarType.DateOnly => element.Deserialize<DateOnly>(),
            ScalarType.TimeOnly => element.Deserialize<TimeOnly>(),
            ScalarType.TimeSpan => element.Deserialize<TimeSpan>(),
            ScalarType.Guid => element.GetGuid(),
            _ => element.GetBytesFromBase64(),
        };
    }

    /// <summary>A value as JSON, as a client sends it back (a key in a body, a foreign key).</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        long whole => JsonValue.Create(whole),
        Guid guid => JsonValue.Create(guid.ToString("D")),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a key value."),
    };

    /// <summary>A key value as a route segment.</summary>
    public static string ToRoute(object value) => value switch
    {
        string text => Uri.EscapeDataString(text),
        long whole => whole.ToString(CultureInfo.InvariantCulture),
        Guid guid => guid.ToString("D"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a key value."),
    };

    public static string Show(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        byte[] bytes => "base64 " + Convert.ToBase64String(bytes),
        DateTime dateTime => dateTime.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // A DateTime the API returns must say it is UTC ("Z"): one without a zone would be read as local time by clients.
    private static DateTime ReadUtcDateTime(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string Normalisation(FieldSpec field, object expected) => (field.Type, expected) switch
    {
        (ScalarType.DateTime, _) => " (DateTime must come back as the same instant, in UTC with 'Z')",
        (ScalarType.DateTimeOffset, _) => " (DateTimeOffset must come back as the same instant, with offset +00:00)",
        _ => string.Empty,
    };
}
