using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Tests.Agents.Infrastructure;

/// <summary>
/// The validation attributes of a generated request property, made from the C# text the backend model gives the
/// generated code (<c>BackendField.ValidationAttributes</c>): DataAnnotations' attributes are .NET's own, with the same
/// constructor and named arguments; the API's storage rules (<c>DecimalDigits</c>, <c>WholeMicroseconds</c>,
/// <c>StorableText</c>, <c>FiniteNumber</c>) are checked by independent oracles here, with the messages of the generated attributes.
/// </summary>
internal static class ApiValidationAttributes
{
    private static readonly Dictionary<string, Type> TypeKeywords = new(StringComparer.Ordinal)
    {
        ["byte"] = typeof(byte),
        ["short"] = typeof(short),
        ["int"] = typeof(int),
        ["long"] = typeof(long),
        ["float"] = typeof(float),
        ["double"] = typeof(double),
        ["decimal"] = typeof(decimal),
    };

    // The generated attributes' messages, read from the template the generator renders them from.
    private static readonly Lazy<string> Template = new(() =>
        TemplateCatalog.BuiltIn.TryGet("csharp-request-validation", out var source) ? source.Text : throw new InvalidOperationException("No csharp-request-validation template."));

    /// <summary>The attribute that <paramref name="text"/> (such as <c>global::System.ComponentModel.DataAnnotations.Range(typeof(int), "1", "5")</c>) declares.</summary>
    public static ValidationAttribute Create(string text)
    {
        var open = text.IndexOf('(');
        var name = (open < 0 ? text : text[..open]).Replace("global::", string.Empty, StringComparison.Ordinal);
        var arguments = open < 0 ? new List<string>() : SplitArguments(text[(open + 1)..^1]);
        var positional = arguments.Where(argument => !IsNamed(argument)).Select(Value).ToArray();
        var named = arguments.Where(IsNamed).Select(argument => (Name: argument[..argument.IndexOf(' ', StringComparison.Ordinal)], Value: Value(argument[(argument.IndexOf('=', StringComparison.Ordinal) + 2)..])));

        var attribute = name[(name.LastIndexOf('.') + 1)..] switch
        {
            "DecimalDigits" when name.Contains(".Api.", StringComparison.Ordinal) => new DecimalDigitsOracle((int)positional[0]!, (int)positional[1]!, Message("DecimalDigitsAttribute")),
            "WholeMicroseconds" when name.Contains(".Api.", StringComparison.Ordinal) => new WholeMicrosecondsOracle(Message("WholeMicrosecondsAttribute")),
            "StorableText" when name.Contains(".Api.", StringComparison.Ordinal) => new StorableTextOracle(Message("StorableTextAttribute")),
            "FiniteNumber" when name.Contains(".Api.", StringComparison.Ordinal) => new FiniteNumberOracle(Message("FiniteNumberAttribute")),
            var shortName => DataAnnotation(shortName, positional),
        };
        foreach (var (property, value) in named)
        {
            attribute.GetType().GetProperty(property)!.SetValue(attribute, value);
        }

        return attribute;
    }

    private static ValidationAttribute DataAnnotation(string shortName, object?[] positional)
    {
        var type = typeof(RequiredAttribute).Assembly.GetType("System.ComponentModel.DataAnnotations." + shortName + "Attribute", throwOnError: true)!;
        var constructor = type.GetConstructors().Single(candidate =>
        {
            var parameters = candidate.GetParameters();
            return parameters.Length == positional.Length && parameters.Zip(positional).All(pair => pair.Second is not null && pair.First.ParameterType.IsInstanceOfType(pair.Second));
        });
        return (ValidationAttribute)constructor.Invoke(positional);
    }

    private static string Message(string attributeClass)
    {
        var match = Regex.Match(Template.Value, "class " + attributeClass + @"\b.*?: base\(""(?<message>[^""]+)""\)", RegexOptions.Singleline);
        return match.Success ? match.Groups["message"].Value : throw new InvalidOperationException("No message for " + attributeClass + " in csharp-request-validation.");
    }

    private static bool IsNamed(string argument) => Regex.IsMatch(argument, @"^[A-Za-z]\w* = ");

    private static object? Value(string text)
    {
        text = text.Trim();
        if (text.StartsWith('"'))
        {
            return Unescape(text[1..^1]);
        }

        if (text.StartsWith("typeof(", StringComparison.Ordinal))
        {
            return TypeKeywords[text["typeof(".Length..^1]];
        }

        return text switch
        {
            "true" => true,
            "false" => false,
            _ => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
        };
    }

    // Top-level commas: not inside a string literal or parentheses.
    private static List<string> SplitArguments(string text)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                current.Append(c);
                if (c == '\\')
                {
                    current.Append(text[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    arguments.Add(current.ToString().Trim());
                    current.Clear();
                    continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            arguments.Add(current.ToString().Trim());
        }

        return arguments;
    }

    private static string Unescape(string literal)
    {
        var text = new StringBuilder();
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\')
            {
                text.Append(literal[i]);
                continue;
            }

            var escape = literal[++i];
            switch (escape)
            {
                case 'n':
                    text.Append('\n');
                    break;
                case 'r':
                    text.Append('\r');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                case 'u':
                    text.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    text.Append(escape);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A decimal has at most precision - scale digits before the point and scale after it, trailing zeros aside.</summary>
    private sealed class DecimalDigitsOracle : ValidationAttribute
    {
        private readonly int _precision;
        private readonly int _scale;

        public DecimalDigitsOracle(int precision, int scale, string message)
            : base(message)
        {
            _precision = precision;
            _scale = scale;
        }

        public override bool IsValid(object? value)
        {
            if (value is not decimal number)
            {
                return true;
            }

            // Dividing by 1 with 28 zeros after the point drops the trailing zeros; the scale is then the digits that count.
            var normalized = number / 1.0000000000000000000000000000m;
            var scale = (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
            var whole = decimal.Truncate(Math.Abs(number));
            var wholeDigits = whole == 0 ? 0 : whole.ToString(CultureInfo.InvariantCulture).Length;
            return scale <= _scale && wholeDigits <= _precision - _scale;
        }

        public override string FormatErrorMessage(string name) =>
            string.Format(CultureInfo.InvariantCulture, ErrorMessageString, name, _precision - _scale, _scale);
    }

    /// <summary>A date, time or duration is a whole number of microseconds (ticks are tenths of one).</summary>
    private sealed class WholeMicrosecondsOracle : ValidationAttribute
    {
        public WholeMicrosecondsOracle(string message)
            : base(message)
        {
        }

        public override bool IsValid(object? value) => value switch
        {
            DateTime dateTime => dateTime.TimeOfDay.Ticks % 10 == 0,
            DateTimeOffset offset => offset.UtcDateTime.TimeOfDay.Ticks % 10 == 0,
            TimeOnly time => time.ToTimeSpan().Ticks % 10 == 0,
            TimeSpan span => span.Ticks % 10 == 0,
            _ => true,
        };
    }

    /// <summary>Text is storable when it has no NUL and UTF-8 can encode it (no half of a surrogate pair).</summary>
    private sealed class StorableTextOracle : ValidationAttribute
    {
        private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public StorableTextOracle(string message)
            : base(message)
        {
        }

        public override bool IsValid(object? value)
        {
            if (value is not string text)
            {
                return true;
            }

            try
            {
                Strict.GetByteCount(text);
            }
            catch (EncoderFallbackException)
            {
                return false;
            }

            return !text.Contains('\0', StringComparison.Ordinal);
        }
    }

    /// <summary>A float or double is a finite number.</summary>
    private sealed class FiniteNumberOracle : ValidationAttribute
    {
        public FiniteNumberOracle(string message)
            : base(message)
        {
        }

        public override bool IsValid(object? value) => value switch
        {
            float number => !float.IsInfinity(number) && !float.IsNaN(number),
            double number => !double.IsInfinity(number) && !double.IsNaN(number),
            _ => true,
        };
    }
}
