using System.Globalization;
using System.Linq;
using System.Text;

namespace FullstackDevelop.Core.Backend;

/// <summary>The spellings C# code, routes and prose need for the same name.</summary>
public static class CSharpNames
{
    /// <summary><c>OrderLine</c> to <c>orderLine</c>.</summary>
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>
    /// A property name as System.Text.Json's camelCase policy (the ASP.NET Core default) writes it: the leading run
    /// of capitals is lowered except the one that starts the next word, so <c>PublishedOn</c> is <c>publishedOn</c>,
    /// <c>ISBN</c> is <c>isbn</c> and <c>URLValue</c> is <c>urlValue</c> (where <see cref="Camel"/> gives <c>uRLValue</c>).
    /// </summary>
    public static string JsonName(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        // The same steps as JsonCamelCaseNamingPolicy.FixCasing, so sort fields and error keys match the JSON.
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    // The C# keywords a camelCase name can spell (contextual keywords are valid parameter names).
    private static readonly System.Collections.Generic.HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    // The parameters and locals of the generated endpoint handlers, which a key's parameter must not repeat.
    private static readonly System.Collections.Generic.HashSet<string> HandlerNames = new(System.StringComparer.Ordinal)
    {
        "cancellationToken", "conflict", "db", "desc", "e", "entities", "entity", "exception", "id", "items", "j", "link", "linked",
        "links", "missing", "page", "pageSize", "pagingProblem", "query", "request", "routeValues", "skip", "sort", "sortField", "t",
        "target", "targets", "totalCount",
    };

    /// <summary>
    /// The C# name of an endpoint handler's parameter bound to the route parameter <paramref name="routeName"/>:
    /// <c>@</c> before a keyword (<c>@event</c> still binds <c>{event}</c>), <c>Key</c> after a name the handlers use
    /// themselves (<c>dbKey</c>, which then names its route value).
    /// </summary>
    public static string Parameter(string routeName) =>
        Keywords.Contains(routeName) ? "@" + routeName : HandlerNames.Contains(routeName) ? routeName + "Key" : routeName;

    /// <summary><c>OrderLines</c> to <c>order-lines</c>.</summary>
    public static string Kebab(string name) => Words(name, '-');

    /// <summary><c>OrderLine</c> to <c>order line</c>.</summary>
    public static string Prose(string name) => Words(name, ' ');

    /// <summary>A name usable as the start of a C# identifier: letters and digits kept, words joined in PascalCase.</summary>
    public static string Identifier(string name)
    {
        var text = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        var identifier = text.ToString();
        return identifier.Length == 0 || char.IsDigit(identifier[0]) ? "App" + identifier : identifier;
    }

    private static string Words(string name, char separator)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                text.Append(separator);
            }

            text.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The length of the longest of <paramref name="names"/>, 0 when there are none.</summary>
    internal static int LongestLength(System.Collections.Generic.IEnumerable<string> names) => names.Select(name => name.Length).DefaultIfEmpty(0).Max();
}
