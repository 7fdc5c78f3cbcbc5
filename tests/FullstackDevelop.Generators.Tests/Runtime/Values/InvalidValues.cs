using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Values;

/// <summary>
/// Values the API must reject with 400 naming the field: one per rule of the field (required, lengths, range, format,
/// pattern), per limit of its column (digits of a decimal, sub-microsecond times, NUL in text), and per way a JSON
/// value can fail to bind (wrong type, overflow, unknown enum member).
/// </summary>
internal static class InvalidValues
{
    public static IEnumerable<InvalidValue> For(FieldSpec field, Random random)
    {
        var messages = field.Messages;
        if (field.IsRequired)
        {
            yield return new InvalidValue("required", null, messages.GetValueOrDefault("required"));
        }

        switch (field.Type)
        {
            case ScalarType.String:
                foreach (var invalid in Text(field))
                {
                    yield return invalid;
                }

                break;
            case ScalarType.Bytes:
                if (field.MaxLength is { } most)
                {
                    yield return new InvalidValue("maxLength", Convert.ToBase64String(new byte[most + 1]), messages.GetValueOrDefault("maxLength"));
                }

                if (field.MinLength is { } least)
                {
                    yield return new InvalidValue("minLength", Convert.ToBase64String(new byte[least - 1]), messages.GetValueOrDefault("minLength"));
                }

                yield return new InvalidValue("base64", "not base64!");
                break;
            case ScalarType.Byte or ScalarType.Short or ScalarType.Int or ScalarType.Long:
                foreach (var invalid in Integer(field))
                {
                    yield return invalid;
                }

                break;
            case ScalarType.Float or ScalarType.Double:
                foreach (var invalid in Real(field))
                {
                    yield return invalid;
                }

                break;
            case ScalarType.Decimal:
                foreach (var invalid in Decimal(field, random))
                {
                    yield return invalid;
                }

                break;
            case ScalarType.Bool:
                yield return new InvalidValue("type", "yes");
                break;
            case ScalarType.DateTime:
                yield return new InvalidValue("whole microseconds", "2020-01-01T00:00:00.0000001Z");
                yield return new InvalidValue("type", "2020-13-45T00:00:00Z");
                break;
            case ScalarType.DateTimeOffset:
                yield return new InvalidValue("whole microseconds", "2020-01-01T00:00:00.0000001+02:00");
                yield return new InvalidValue("type", "yesterday");
                break;
            case ScalarType.DateOnly:
                yield return new InvalidValue("type", "2020-02-30");
                break;
            case ScalarType.TimeOnly:
                yield return new InvalidValue("whole microseconds", "12:00:00.0000001");
                yield return new InvalidValue("type", "25:00");
                break;
            case ScalarType.TimeSpan:
                yield return new InvalidValue("whole microseconds", "00:00:00.0000001");
                yield return new InvalidValue("type", "forever");
                break;
            case ScalarType.Guid:
                yield return new InvalidValue("type", "not-a-guid");
                break;
            case ScalarType.Enum:
                yield return new InvalidValue("unknown enum member", "NotA" + field.Enum!.Members[0]);
                yield return new InvalidValue("enum as a number", 1);
                break;
        }
    }

    private static IEnumerable<InvalidValue> Text(FieldSpec field)
    {
        var messages = field.Messages;
        if (field.MaxLength is { } most)
        {
            yield return new InvalidValue("maxLength", new string('x', most + 1), messages.GetValueOrDefault("maxLength"));
        }

        // Blank text breaks [Required] first, and then its message is the one given.
        if (field.MinLength is { } least && (least > 1 || !field.IsRequired || field.AllowEmptyStrings))
        {
            yield return new InvalidValue("minLength", new string('x', least - 1), messages.GetValueOrDefault("minLength"));
        }

        switch (field.Format)
        {
            case TextFormat.Email:
                yield return new InvalidValue("format", "not-an-email", messages.GetValueOrDefault("format"));
                break;
            case TextFormat.Phone:
                yield return new InvalidValue("format", "call me maybe", messages.GetValueOrDefault("format"));
                break;
            case TextFormat.Url:
                yield return new InvalidValue("format", "example.com/page", messages.GetValueOrDefault("format"));
                break;
        }

        if (field.Pattern is { } pattern)
        {
            yield return new InvalidValue("pattern", pattern.Mismatch, messages.GetValueOrDefault("pattern"));
        }

        yield return new InvalidValue("storable text (NUL)", "a\0b");
        yield return new InvalidValue("type", 42);
    }

    private static IEnumerable<InvalidValue> Integer(FieldSpec field)
    {
        var (typeMin, typeMax) = ScalarTypes.IntegerLimits(field.Type);
        var message = field.Messages.GetValueOrDefault("range");
        if (field.Range is { } range)
        {
            if ((long)range.Minimum > typeMin)
            {
                yield return new InvalidValue("range (below)", (long)range.Minimum - 1, message);
            }

            if ((long)range.Maximum < typeMax)
            {
                yield return new InvalidValue("range (above)", (long)range.Maximum + 1, message);
            }
        }

        yield return new InvalidValue("overflow", field.Type == ScalarType.Long ? JsonNode.Parse("10000000000000000000") : typeMax + 1L);
        yield return new InvalidValue("type", "12");
    }

    private static IEnumerable<InvalidValue> Real(FieldSpec field)
    {
        var message = field.Messages.GetValueOrDefault("range");
        if (field.Range is { } range)
        {
            var below = range.MinimumIsExclusive ? range.Minimum : range.Minimum - 1;
            var above = range.MaximumIsExclusive ? range.Maximum : range.Maximum + 1;
            yield return new InvalidValue("range (below)", field.Type == ScalarType.Float ? JsonValue.Create((float)below) : JsonValue.Create((double)below), message);
            yield return new InvalidValue("range (above)", field.Type == ScalarType.Float ? JsonValue.Create((float)above) : JsonValue.Create((double)above), message);
        }

        // Beyond the type's largest value: .NET reads it as infinity, which is not JSON and no column holds.
        yield return new InvalidValue("overflow", JsonNode.Parse(field.Type == ScalarType.Float ? "1e39" : "1e309"));

        yield return new InvalidValue("type", "1.5");
    }

    private static IEnumerable<InvalidValue> Decimal(FieldSpec field, Random random)
    {
        if (field.Range is { } range)
        {
            var message = field.Messages.GetValueOrDefault("range");
            yield return new InvalidValue("range (below)", range.MinimumIsExclusive ? range.Minimum : range.Minimum - 1, message);
            yield return new InvalidValue("range (above)", range.MaximumIsExclusive ? range.Maximum : range.Maximum + 1, message);
        }

        // One digit more after the point than the column keeps: a database would round it.
        var finer = ValueFactory.Step(field.Scale) / 10;
        var valid = field.Range is null ? 0m : (decimal)ValueFactory.ValidValue(field, random).Expected!;
        yield return new InvalidValue("precision (scale)", valid + finer <= (field.Range?.Maximum ?? decimal.MaxValue) ? valid + finer : valid - finer);
        if (field.Precision - field.Scale < 28)
        {
            yield return new InvalidValue("precision (whole digits)", JsonNode.Parse("1" + new string('0', field.Precision - field.Scale)));
        }

        yield return new InvalidValue("type", "1.5");
    }
}
