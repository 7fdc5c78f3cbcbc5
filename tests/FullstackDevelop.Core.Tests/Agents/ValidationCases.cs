using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// JSON values for the differential test of the frontend's validation against the API's: for each field type, values
/// at and around every kind of limit (lengths, ranges, digits, formats, Unicode digits and spaces, surrogates, line
/// ends, case folding) and seeded random ones. Values are of the JSON kind the frontend sends for the type.
/// </summary>
internal static class ValidationCases
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Texts =
    {
        string.Empty, " ", "   ", "\t", "\n", "a", "ab", "abc", "ABC", "abcd", "ABC-12", "ABC-1\u0662", "ABC-12\n", "AB-12", "abc\n", "abc\nx",
        "a@b", "@ab", "ab@", "a@@b", "a@b@c", "a@b\n", "a\r@b", "x@y.z",
        "+1 (555) 010-0000", "555.0100 x12", "555 ext. 12", "555 EXT 9", "555 Ext.", "555x", "x123", "+", "+ 1", "\u0663\u0664\u0665", "\uFF11\uFF12", "12 \u00A0 34",
        "555\u2028", "5\u0085", "555\uFEFF", "call me", "1-800-FLOWERS", "(555)", "555 x 12", "555 ext12", "555ex 1",
        "http://x", "HTTPS://x", "Http://", "ftp://", "ftp:/x", "http\u017F://x", "https\u017F://", "\u017Ftp://x", " http://x", "http:// x", "mailto:a@b",
        "a-b-c", "a-", "-a", "\u00E9", "e\u0301", "word\u200Dword", "a b", "a  b", "a\u00A0b", "a\u2028b", "\u0085",
        "x\u0000y", "\uD800", "\uDC00x", "\uD83D\uDE00", "a\uD83D\uDE00", "\u0130", "\u212A", "\u0131",
        "0123456789", "01234567890", "\u0661\u0662", "12", "12345", "123", "a_b", "\u05D0\u05D1", "\u4E2D\u6587", "tab\tbed",
    };

    private static readonly string Alphabet =
        "aAbBzZ09_-.@+() x\u017F\u212A\u0130\u00E9\u0301\u0663\uFF15\u00A0\u2028\u0085\t\n\r\u200D\u05D0\u4E2D!#";

    private static readonly double[] Numbers =
    {
        -1, 0, 1, 2, 3, 4, 5, 6, 10, 11, 99, 100, 199, 200, 201, 255, 256, -5, -6, 32767, 32768, -32768, -32769,
        2147483647, 2147483648, -2147483648, -2147483649, 9e12, 9000000000001, -9000000000001, 9007199254740991, 9007199254740993,
        9.223372036854775807e18, -9.223372036854775808e18, 1e19, 1.5, -0.5, 0.1, 1e21, 1e22, 1e-7, 2.5e-8, 0.5, 0.49999999,
        0.9999999999999999, 1.0000000000000002, 1e-300, 100.25, 100.25000001, 100.250001, 3.4028235e38, 3.5e38, 1e308, -1e308, 5e-324,
        -99.5, -99.501, -99.4999, -100, 999.999, 999.998, 1000, 0.001, 0.0005, 123.456, 12.3456, 99999, 100000, 99999.5,
        7.9e28, 8e28, 0.30000000000000004, 1.005, 19.99, 24.5, 1234567890123456.7, 9999999999999999.99, 10000000000000000,
        5e-29, 4.9e-29, 5.1e-29, 1.5e-28, 2.5e-28, 1.25e-27, -1.5e-28, 1.2345678901234567e-12, 9.5e-29,
    };

    private static readonly string[] DateTimes =
    {
        "2024-05-01T12:00:00Z", "2024-05-01T12:00:00.123456Z", "2024-05-01T12:00:00.1234567Z", "2024-05-01T12:00:00.1234560Z",
        "2024-05-01T12:00:00.0000001Z", "2024-05-01T12:00:00.000001+02:00", "2024-05-01T12:00:00.1234567+05:30", "2024-05-01T12:00:00",
        "2024-05-01T12:00:00.5-08:00",
    };

    private static readonly string[] Times = { "12:30:00", "12:30:00.5", "12:30:00.1234567", "12:30:00.1234560", "23:59:59.999999", "00:00:00.0000001" };

    private static readonly string[] Spans =
    {
        "01:30:00", "1.02:03:04.5000001", "1.02:03:04.5000010", "-00:00:00.0000010", "-00:00:00.0000001", "10675199.02:48:05.4775807", "00:00:00",
    };

    /// <summary>The JSON values to try for <paramref name="field"/>; <paramref name="random"/> adds the seeded ones.</summary>
    public static IEnumerable<string> For(FullstackDevelop.Core.Agents.Model.ArtifactField field, Random random)
    {
        // Texts and bytes at either side of the field's own lengths.
        var lengths = new[] { field.Rules.MinLength, field.MaxLength }.Where(length => length is not null).SelectMany(length => new[] { length!.Value - 1, length.Value, length.Value + 1 }).Where(length => length >= 0);
        foreach (var length in lengths)
        {
            yield return field.Type == "bytes" ? Json(Convert.ToBase64String(new byte[length])) : Json(new string('x', length));
        }

        foreach (var value in For(field.Type, random))
        {
            yield return value;
        }
    }

    private static IEnumerable<string> For(string type, Random random)
    {
        yield return "null";
        IEnumerable<string> values = type switch
        {
            "string" => Texts.Concat(Enumerable.Range(0, 60).Select(_ => RandomText(random))).Select(Json),
            "byte" or "int16" or "int32" or "int64" or "float" or "double" or "decimal" =>
                Numbers.Concat(Enumerable.Range(0, 60).Select(_ => RandomNumber(random))).Select(Number),
            "datetime" or "datetimeoffset" => DateTimes.Concat(Enumerable.Range(0, 10).Select(_ => "2024-05-01T12:00:00." + RandomDigits(random) + "Z")).Select(Json),
            "time" => Times.Concat(Enumerable.Range(0, 10).Select(_ => "08:15:30." + RandomDigits(random))).Select(Json),
            "timespan" => Spans.Concat(Enumerable.Range(0, 10).Select(_ => "3.04:05:06." + RandomDigits(random))).Select(Json),
            "date" => new[] { "2024-05-01", "0001-01-01" }.Select(Json),
            "guid" => new[] { "6b0f4e5c-2a4d-4c8e-9d1b-8f3e2a7c5d10" }.Select(Json),
            "bool" => new[] { "true", "false" },
            "bytes" => Enumerable.Range(0, 9).Select(length => Json(Convert.ToBase64String(Enumerable.Repeat((byte)'x', length).ToArray()))).Concat(new[] { Json("abc"), Json("YQ"), Json("YQ=="), Json("!!!!") }),
            _ => Array.Empty<string>(),
        };
        foreach (var value in values)
        {
            yield return value;
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(0, 9);
        for (var i = 0; i < length; i++)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        // Some start like the formats, so their later characters are what decides.
        return random.Next(4) switch
        {
            0 => new[] { "http://", "HTTPS://", "ftp://", "555 ", "a@", "ABC-" }[random.Next(6)] + text,
            _ => text.ToString(),
        };
    }

    // A number of any magnitude, rounded to a few digits, as a frontend would send one.
    private static double RandomNumber(Random random)
    {
        var magnitude = Math.Pow(10, random.Next(-9, 24));
        var value = Math.Round(((random.NextDouble() * 2) - 1) * magnitude / Math.Pow(10, random.Next(0, 4)), random.Next(0, 8));
        return random.Next(3) == 0 ? Math.Round(value) : value;
    }

    private static string RandomDigits(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 8)).Select(_ => (char)('0' + random.Next(10))).ToArray());

    private static string Json(string text) => JsonSerializer.Serialize(text, Readable);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
