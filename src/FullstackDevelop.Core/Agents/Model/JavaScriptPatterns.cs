using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// Rewrites a .NET regular expression (<c>[RegularExpression]</c>, no options) as a JavaScript one (no flags) that matches
/// the same strings, so the frontend checks a pattern as the API does. The two dialects read most syntax alike but
/// differ in meaning where it matters for user input: .NET's <c>\d</c>, <c>\w</c>, <c>\s</c>, <c>\b</c> and <c>\p{..}</c>
/// are Unicode-wide, JavaScript's (without the <c>u</c> flag) ASCII or absent; <c>.</c> and <c>$</c> treat line ends
/// differently. Those become explicit character classes, computed from the .NET regex engine itself. A construct
/// JavaScript has no equivalent for gives null: the frontend then leaves the pattern to the API.
/// </summary>
public static class JavaScriptPatterns
{
    private static readonly Dictionary<string, string> ClassRanges = new(StringComparer.Ordinal);

    /// <summary>The JavaScript source of <paramref name="pattern"/>, or null when JavaScript cannot express it with the same meaning.</summary>
    public static string? Translate(string pattern)
    {
        try
        {
            return new Translator(pattern).Run();
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // The characters of one of .NET's classes (such as \d or \p{L}) as JavaScript class ranges, negated on request.
    private static string Ranges(string netClass, bool negate)
    {
        var key = (negate ? "^" : string.Empty) + netClass;
        lock (ClassRanges)
        {
            if (ClassRanges.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // A class matches a whole one-character string; \b matches in one exactly when its character counts as a word character.
            var regex = new Regex(netClass == "\\b" ? netClass : "^" + netClass + "\\z", RegexOptions.None);
            var text = new StringBuilder();
            var start = -1;
            for (var c = 0; c <= 0x10000; c++)
            {
                var inClass = c < 0x10000 && regex.IsMatch(((char)c).ToString()) != negate;
                if (inClass && start < 0)
                {
                    start = c;
                }
                else if (!inClass && start >= 0)
                {
                    text.Append(ClassUnit(start));
                    if (c - 1 > start)
                    {
                        text.Append(c - 1 == start + 1 ? string.Empty : "-").Append(ClassUnit(c - 1));
                    }

                    start = -1;
                }
            }

            var ranges = text.ToString();
            ClassRanges.Add(key, ranges);
            return ranges;
        }
    }

    private static string Unit(int c) => "\\u" + c.ToString("X4", CultureInfo.InvariantCulture);

    // In a class, ASCII letters and digits as themselves, for readable ranges; anything else as \uXXXX.
    private static string ClassUnit(int c) =>
        c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? ((char)c).ToString() : Unit(c);

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_' || name[0] == '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '$'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Translator
    {
        private readonly string _pattern;
        private readonly StringBuilder _output = new();
        private int _position;
        private int _groups;
        private bool _hasNamedGroups;
        private bool _hasNumberedReferences;

        public Translator(string pattern) => _pattern = pattern;

        public string Run()
        {
            while (_position < _pattern.Length)
            {
                var c = _pattern[_position++];
                switch (c)
                {
                    case '\\':
                        Escape(inClass: false);
                        break;
                    case '[':
                        CharacterClass();
                        break;
                    case '(':
                        Group();
                        break;
                    case '.':
                        // .NET's dot stops only at \n; JavaScript's also at \r, \u2028 and \u2029.
                        _output.Append("[^\\n]");
                        break;
                    case '$':
                        // Without Multiline, .NET's $ also matches before a final \n.
                        _output.Append("(?=\\n?$)");
                        break;
                    case ']':
                        _output.Append("\\]");
                        break;
                    default:
                        _output.Append(c);
                        break;
                }
            }

            // .NET numbers named groups after the unnamed ones, JavaScript in order: \1 would point elsewhere.
            if (_hasNamedGroups && _hasNumberedReferences)
            {
                throw new NotSupportedException();
            }

            return _output.ToString();
        }

        private char Next() => _position < _pattern.Length ? _pattern[_position++] : throw new NotSupportedException();

        private bool At(string text) => string.CompareOrdinal(_pattern, _position, text, 0, text.Length) == 0;

        private void Escape(bool inClass)
        {
            var c = Next();
            switch (c)
            {
                case 'd' or 'w' or 's':
                    Class("\\" + c, negate: false, inClass);
                    break;
                case 'D' or 'W' or 'S':
                    Class("\\" + char.ToLowerInvariant(c), negate: true, inClass);
                    break;
                case 'p' or 'P':
                    var close = _pattern.IndexOf('}', _position);
                    if (close < 0 || _pattern[_position] != '{')
                    {
                        throw new NotSupportedException();
                    }

                    var name = _pattern.Substring(_position, close - _position + 1);
                    _position = close + 1;
                    Class("\\p" + name, negate: c == 'P', inClass);
                    break;
                case 'b' when inClass:
                    _output.Append("\\x08");
                    break;
                case 'b' or 'B':
                    // .NET's word boundary counts \w and the zero-width joiners as word characters.
                    var word = "[" + Ranges("\\b", negate: false) + "]";
                    _output.Append(c == 'b'
                        ? "(?:(?<=" + word + ")(?!" + word + ")|(?<!" + word + ")(?=" + word + "))"
                        : "(?:(?<=" + word + ")(?=" + word + ")|(?<!" + word + ")(?!" + word + "))");
                    break;
                case 'A' when !inClass:
                    _output.Append('^');
                    break;
                case 'z' when !inClass:
                    _output.Append('$');
                    break;
                case 'Z' when !inClass:
                    _output.Append("(?=\\n?$)");
                    break;
                case 'e':
                    _output.Append("\\x1B");
                    break;
                case 'a':
                    _output.Append("\\x07");
                    break;
                case 'f' or 'n' or 'r' or 't' or 'v':
                    _output.Append('\\').Append(c);
                    break;
                case 'x':
                    _output.Append("\\x").Append(Hex(2));
                    break;
                case 'u':
                    _output.Append("\\u").Append(Hex(4));
                    break;
                case 'c':
                    var letter = Next();
                    _output.Append(Unit(char.ToUpperInvariant(letter) % 32));
                    break;
                case '0':
                    Octal();
                    break;
                case >= '1' and <= '9' when !inClass:
                    _position--;
                    Backreference();
                    break;
                case 'k' when !inClass:
                    var open = Next();
                    var end = _pattern.IndexOf(open == '<' ? '>' : '\'', _position);
                    var reference = end < 0 ? string.Empty : _pattern.Substring(_position, end - _position);
                    if ((open != '<' && open != '\'') || !IsIdentifier(reference))
                    {
                        throw new NotSupportedException();
                    }

                    _position = end + 1;
                    _output.Append("\\k<").Append(reference).Append('>');
                    break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        // \G, octal escapes in classes and the like: no JavaScript equivalent worth guessing.
                        throw new NotSupportedException();
                    }

                    _output.Append('\\').Append(c);
                    break;
            }
        }

        private void Class(string netClass, bool negate, bool inClass)
        {
            var ranges = Ranges(netClass, negate);
            _output.Append(inClass ? ranges : "[" + ranges + "]");
        }

        private string Hex(int digits)
        {
            if (_position + digits > _pattern.Length)
            {
                throw new NotSupportedException();
            }

            var text = _pattern.Substring(_position, digits);
            _position += digits;
            return text;
        }

        // \0 with up to two more octal digits is a character in .NET.
        private void Octal()
        {
            var value = 0;
            for (var i = 0; i < 2 && _position < _pattern.Length && _pattern[_position] is >= '0' and <= '7'; i++)
            {
                value = (value * 8) + (_pattern[_position++] - '0');
            }

            _output.Append(Unit(value));
        }

        private void Backreference()
        {
            var start = _position;
            while (_position < _pattern.Length && char.IsDigit(_pattern[_position]))
            {
                _position++;
            }

            var number = int.Parse(_pattern.Substring(start, _position - start), CultureInfo.InvariantCulture);
            if (number > CountGroups())
            {
                throw new NotSupportedException();
            }

            _hasNumberedReferences = true;
            _output.Append('\\').Append(number.ToString(CultureInfo.InvariantCulture));
        }

        private int CountGroups() => new Regex(_pattern).GetGroupNumbers().Length - 1;

        private void CharacterClass()
        {
            _output.Append('[');
            if (At("^"))
            {
                _output.Append('^');
                _position++;
            }

            // A ] right after the opening bracket is a literal in .NET; JavaScript reads [] as the empty class.
            if (At("]"))
            {
                _output.Append("\\]");
                _position++;
            }

            while (true)
            {
                var c = Next();
                if (c == ']')
                {
                    _output.Append(']');
                    return;
                }

                if (c == '-' && At("["))
                {
                    // Class subtraction, [a-z-[aeiou]]: JavaScript has none without the v flag.
                    throw new NotSupportedException();
                }

                if (c == '\\')
                {
                    Escape(inClass: true);
                }
                else if (c == '[')
                {
                    _output.Append("\\[");
                }
                else
                {
                    _output.Append(c);
                }
            }
        }

        private void Group()
        {
            if (!At("?"))
            {
                _groups++;
                _output.Append('(');
                return;
            }

            if (At("?:") || At("?=") || At("?!") || At("?<=") || At("?<!"))
            {
                _output.Append('(');
                return;
            }

            if (At("?#"))
            {
                // A comment: dropped.
                var end = _pattern.IndexOf(')', _position);
                _position = end < 0 ? throw new NotSupportedException() : end + 1;
                return;
            }

            if (At("?<") || At("?'"))
            {
                var close = _pattern[_position + 1] == '<' ? '>' : '\'';
                var end = _pattern.IndexOf(close, _position + 2);
                var name = end < 0 ? string.Empty : _pattern.Substring(_position + 2, end - _position - 2);
                if (!IsIdentifier(name))
                {
                    // Balancing groups (?<a-b>) and numbered names: no JavaScript equivalent.
                    throw new NotSupportedException();
                }

                _groups++;
                _hasNamedGroups = true;
                _position = end + 1;
                _output.Append("(?<").Append(name).Append('>');
                return;
            }

            // Atomic groups (?>...), inline options (?i), conditionals (?(...)...).
            throw new NotSupportedException();
        }
    }
}
