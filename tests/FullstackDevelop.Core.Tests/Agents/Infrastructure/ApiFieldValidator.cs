using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FullstackDevelop.Core.Backend;

namespace FullstackDevelop.Core.Tests.Agents.Infrastructure;

/// <summary>
/// What the generated API answers for one field of a request body: System.Text.Json reads the value with the API's web
/// defaults, then the field's validation attributes run as DataAnnotations' <see cref="Validator"/> runs them (Required
/// first, and alone when it fails), with messages in the invariant culture.
/// </summary>
internal static class ApiFieldValidator
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The messages for <paramref name="json"/>, empty when the API accepts it, or null when it cannot read it into the field.</summary>
    public static List<string>? Messages(BackendField field, string json)
    {
        object? value;
        try
        {
            value = JsonSerializer.Deserialize(json, ClrType(field.FieldType), Web);
        }
        catch (JsonException)
        {
            return null;
        }

        var attributes = field.ValidationAttributes.Select(ApiValidationAttributes.Create).ToList();
        var context = new ValidationContext(new object()) { MemberName = field.Name, DisplayName = field.Name };
        var messages = new List<string>();
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            foreach (var attribute in attributes.OfType<RequiredAttribute>().Concat(attributes.Where(attribute => attribute is not RequiredAttribute)))
            {
                if (attribute.GetValidationResult(value, context) is { } result)
                {
                    messages.Add(result.ErrorMessage!);
                    if (attribute is RequiredAttribute)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        return messages;
    }

    private static Type ClrType(string fieldType) => fieldType switch
    {
        "string" => typeof(string),
        "bool" => typeof(bool?),
        "byte" => typeof(byte?),
        "int16" => typeof(short?),
        "int32" => typeof(int?),
        "int64" => typeof(long?),
        "float" => typeof(float?),
        "double" => typeof(double?),
        "decimal" => typeof(decimal?),
        "datetime" => typeof(DateTime?),
        "datetimeoffset" => typeof(DateTimeOffset?),
        "date" => typeof(DateOnly?),
        "time" => typeof(TimeOnly?),
        "timespan" => typeof(TimeSpan?),
        "guid" => typeof(Guid?),
        "bytes" => typeof(byte[]),
        _ => throw new ArgumentOutOfRangeException(nameof(fieldType), fieldType, "Not a field type the API reads from a JSON value of its own."),
    };
}
