using System.Text.Json.Nodes;

namespace FullstackDevelop.Generators.Tests.Runtime.Values;

/// <summary>
/// A value of a field: as sent in a request, and as the API must return it. <see cref="Expected"/> is null, a string
/// (text, and enum members by name), bool, long (every integer type), float, double, decimal, DateTime (UTC),
/// DateTimeOffset, DateOnly, TimeOnly, TimeSpan, Guid or byte[].
/// </summary>
/// <param name="Json">The JSON sent.</param>
/// <param name="Expected">The value the API returns for it.</param>
internal sealed record FieldValue(JsonNode? Json, object? Expected)
{
    public static FieldValue Null { get; } = new(null, null);
}

/// <summary>A value a request must be rejected for, with 400 naming the field.</summary>
/// <param name="Rule">The rule it breaks, for messages.</param>
/// <param name="Json">The JSON sent for the field.</param>
/// <param name="Message">The message the user wrote for the rule (<c>ErrorMessage</c>), which the 400 must carry; null for the default.</param>
internal sealed record InvalidValue(string Rule, JsonNode? Json, string? Message = null);
