using System.Globalization;
using System.Linq;
using System.Text;

namespace FullstackDevelop.Generators.Emitting;

/// <summary>Writes values as C# literals that compile under any language version.</summary>
internal static class CSharpLiteral
{
    public static string String(string? value) => value is null ? "null" : Append(new StringBuilder(value.Length + 2).Append('"'), value).Append('"').ToString();

    /// <summary>
    /// The text between the quotes of <see cref="String"/>: each character is escaped on its own, so the escaped pieces of
    /// a text, concatenated, are the escaped text.
    /// </summary>
    public static string Escape(string value) => Append(new StringBuilder(value.Length), value).ToString();

    private static StringBuilder Append(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text;
    }

    /// <summary>A verbatim literal, so multi-line text such as a diagram reads as itself in the generated file.</summary>
    public static string VerbatimString(string value) => "@\"" + value.Replace("\"", "\"\"") + "\"";

    public static string Strings(System.Collections.Generic.IEnumerable<string> values)
    {
        var items = values.Select(String).ToList();
        return items.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", items) + " }";
    }

    public static string Double(double value) => value.ToString("0.0###", CultureInfo.InvariantCulture) + "d";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
