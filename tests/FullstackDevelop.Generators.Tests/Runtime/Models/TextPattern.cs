using System;

namespace FullstackDevelop.Generators.Tests.Runtime.Models;

/// <summary>
/// A <c>[RegularExpression]</c> the random models use, with a way to make text that matches it (the whole text, as the
/// attribute requires) and text that does not.
/// </summary>
/// <param name="Regex">The .NET pattern, as written in the attribute.</param>
/// <param name="MinLength">The length of the shortest text <paramref name="Generate"/> makes.</param>
/// <param name="MaxLength">The length of the longest text <paramref name="Generate"/> makes.</param>
/// <param name="Generate">Makes matching text.</param>
/// <param name="Mismatch">Text that does not match.</param>
internal sealed record TextPattern(string Regex, int MinLength, int MaxLength, Func<Random, string> Generate, string Mismatch)
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private const string Hex = "0123456789ABCDEF";

    /// <summary>Every pattern the models pick from.</summary>
    public static readonly TextPattern[] All =
    {
        new(@"^[A-Z]{3}-\d{4}$", 8, 8, random => Pick(random, Upper, 3) + "-" + Pick(random, Digits, 4), "abc-1234"),
        new(@"[a-z]+(-[a-z]+)*", 2, 20, Slug, "Not A Slug"),
        new(@"\d{5}(-\d{4})?", 5, 10, random => Pick(random, Digits, 5) + (random.Next(2) == 0 ? string.Empty : "-" + Pick(random, Digits, 4)), "1234"),
        new(@"[A-F0-9]{8}", 8, 8, random => Pick(random, Hex, 8), "XYZ"),
        new(@"(?i)^(red|green|blue)$", 3, 5, random => new[] { "red", "Green", "BLUE", "blue" }[random.Next(4)], "purple"),
        new(@"[\p{L} ]+", 1, 12, random => Pick(random, "abcXYZéüßçøåñЖж漢字 ", 1 + random.Next(12)).Trim() is { Length: > 0 } text ? text : "ab", "R2-D2"),
    };

    /// <summary>The pattern as a C# verbatim string literal.</summary>
    public string Literal => "@\"" + Regex.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Slug(Random random)
    {
        var words = 1 + random.Next(3);
        var text = Pick(random, Lower, 2 + random.Next(4));
        for (var i = 1; i < words; i++)
        {
            text += "-" + Pick(random, Lower, 2);
        }

        return text;
    }

    private static string Pick(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
