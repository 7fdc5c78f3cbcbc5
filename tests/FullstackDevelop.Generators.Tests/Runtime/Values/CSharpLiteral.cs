using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Values;

/// <summary>A value of a field as a C# expression, for property initializers.</summary>
internal static class CSharpLiteral
{
    /// <summary>The expression for <paramref name="value"/> (see <see cref="FieldValue.Expected"/>) in a field of <paramref name="field"/>'s type.</summary>
    public static string For(FieldSpec field, object? value) => value switch
    {
        null => "null",
        string text when field.Type == ScalarType.Enum => field.Enum!.Name + "." + text,
        string text => Text(text),
        bool flag => flag ? "true" : "false",
        long whole => field.Type switch
        {
            ScalarType.Byte => "(byte)" + Invariant(whole),
            ScalarType.Short => "(short)" + Invariant(whole),
            ScalarType.Int => whole == int.MinValue ? "int.MinValue" : Invariant(whole),
            _ => whole == long.MinValue ? "long.MinValue" : Invariant(whole) + "L",
        },
        float single => single.ToString("R", CultureInfo.InvariantCulture) + "F",
        double number => number.ToString("R", CultureInfo.InvariantCulture) + "D",
        decimal amount => amount.ToString(CultureInfo.InvariantCulture) + "M",
        DateTime dateTime => "new DateTime(" + Invariant(dateTime.Ticks) + "L, DateTimeKind.Utc)",
        DateTimeOffset moment => "new DateTimeOffset(" + Invariant(moment.Ticks) + "L, new TimeSpan(" + Invariant(moment.Offset.Ticks) + "L))",
        DateOnly day => "DateOnly.FromDayNumber(" + Invariant(day.DayNumber) + ")",
        TimeOnly time => "new TimeOnly(" + Invariant(time.Ticks) + "L)",
        TimeSpan span => "TimeSpan.FromTicks(" + Invariant(span.Ticks) + "L)",
        Guid guid => "new Guid(\"" + guid.ToString("D") + "\")",
        byte[] bytes => "new byte[] { " + string.Join(", ", bytes.Select(b => Invariant(b))) + " }",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a field value."),
    };

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => literal.Append("\\\""),
                '\\' => literal.Append("\\\\"),
                _ when char.IsControl(c) || char.IsSurrogate(c) => literal.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => literal.Append(c),
            };
        }

        return literal.Append('"').ToString();
    }
}
