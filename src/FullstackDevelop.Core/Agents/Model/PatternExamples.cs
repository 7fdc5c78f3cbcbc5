using System;
using System.Text;
using System.Text.RegularExpressions;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// Texts that a <c>[RegularExpression]</c> pattern accepts or refuses, for the example requests of the test plan and the
/// API scripts. An accepted text is built by walking the pattern (first alternatives, one repetition, the first
/// character of each class) and kept only when the .NET regex engine agrees that its first match is the whole text;
/// a pattern the walk cannot follow (backreferences, conditionals) has no example.
/// </summary>
public static class PatternExamples
{
    /// <summary>A text <paramref name="pattern"/> accepts, or null when none was found.</summary>
    public static string? Accepted(string pattern)
    {
        string candidate;
        try
        {
            candidate = new Walker(pattern).Run();
        }
        catch (NotSupportedException)
        {
            return null;
        }

        return candidate.Length > 0 && Accepts(pattern, candidate) ? candidate : null;
    }

    /// <summary>A text <paramref name="pattern"/> refuses, starting from <paramref name="accepted"/> when there is one; null when none of the tries is refused.</summary>
    public static string? Refused(string pattern, string? accepted)
    {
        var tries = new[] { "!", "0", "a", " ", "-", accepted + "!", "!" + accepted, accepted + "\n", "\u00e9" };
        foreach (var text in tries)
        {
            if (text.Length > 0 && !Accepts(pattern, text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the API's <c>[RegularExpression]</c> accepts <paramref name="text"/>: it is empty, or the pattern's
    /// first match in it is all of it.
    /// </summary>
    public static bool Accepts(string pattern, string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var match = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1)).Match(text);
        return match.Success && match.Index == 0 && match.Length == text.Length;
    }

    private sealed class Walker
    {
        private readonly string _pattern;
        private int _position;

        public Walker(string pattern) => _pattern = pattern;

        public string Run()
        {
            var text = Alternation();
            return _position == _pattern.Length ? text : throw new NotSupportedException();
        }

        // The first alternative; the others are skipped.
        private string Alternation()
        {
            var first = Sequence();
            while (_position < _pattern.Length && _pattern[_position] == '|')
            {
                _position++;
                Sequence();
            }

            return first;
        }

        private string Sequence()
        {
            var text = new StringBuilder();
            while (_position < _pattern.Length && _pattern[_position] is not ('|' or ')'))
            {
                var atom = Atom();
                text.Append(Repeat(atom, Quantifier()));
            }

            return text.ToString();
        }

        private static string Repeat(string atom, int count)
        {
            var text = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                text.Append(atom);
            }

            return text.ToString();
        }

        // How many times to repeat: the least that is at least once, when the quantifier allows once.
        private int Quantifier()
        {
            if (_position >= _pattern.Length)
            {
                return 1;
            }

            var c = _pattern[_position];
            int count;
            if (c is '*' or '+' or '?')
            {
                _position++;
                count = 1;
            }
            else if (c == '{' && Regex.Match(_pattern.Substring(_position), @"^\{(\d+)(,(\d*))?\}") is { Success: true } match)
            {
                _position += match.Length;
                var least = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var most = match.Groups[3].Value.Length > 0 ? int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
                count = least > 0 ? least : Math.Min(1, most);
            }
            else
            {
                return 1;
            }

            // A lazy quantifier repeats as often.
            if (_position < _pattern.Length && _pattern[_position] == '?')
            {
                _position++;
            }

            return count;
        }

        private string Atom()
        {
            var c = _pattern[_position++];
            switch (c)
            {
                case '^' or '$':
                    return string.Empty;
                case '.':
                    return "a";
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                default:
                    return c.ToString();
            }
        }

        private string Group()
        {
            var lookaround = false;
            if (_position < _pattern.Length && _pattern[_position] == '?')
            {
                var rest = _pattern.Substring(_position);
                if (rest.StartsWith("?:", StringComparison.Ordinal))
                {
                    _position += 2;
                }
                else if (rest.StartsWith("?=", StringComparison.Ordinal) || rest.StartsWith("?!", StringComparison.Ordinal))
                {
                    _position += 2;
                    lookaround = true;
                }
                else if (rest.StartsWith("?<=", StringComparison.Ordinal) || rest.StartsWith("?<!", StringComparison.Ordinal))
                {
                    _position += 3;
                    lookaround = true;
                }
                else if (Regex.Match(rest, @"^\?(<|')[A-Za-z_]\w*(>|')") is { Success: true } name)
                {
                    _position += name.Length;
                }
                else
                {
                    throw new NotSupportedException();
                }
            }

            var text = Alternation();
            if (_position >= _pattern.Length || _pattern[_position] != ')')
            {
                throw new NotSupportedException();
            }

            _position++;
            return lookaround ? string.Empty : text;
        }

        // The first character of a class, or for a negated class a common character it leaves out.
        private string Class()
        {
            var negated = _position < _pattern.Length && _pattern[_position] == '^';
            var start = negated ? _position + 1 : _position;
            var end = _pattern.IndexOf(']', start + 1);
            while (end > 0 && _pattern[end - 1] == '\\')
            {
                end = _pattern.IndexOf(']', end + 1);
            }

            if (end < 0)
            {
                throw new NotSupportedException();
            }

            var body = _pattern.Substring(_position - 1, end - _position + 2);
            _position = end + 1;
            var regex = new Regex("^" + body + "$");
            foreach (var candidate in "a1A-_ .x0zZ@")
            {
                if (regex.IsMatch(candidate.ToString()))
                {
                    return candidate.ToString();
                }
            }

            for (var candidate = (char)33; candidate < 127; candidate++)
            {
                if (regex.IsMatch(candidate.ToString()))
                {
                    return candidate.ToString();
                }
            }

            throw new NotSupportedException();
        }

        private string Escape()
        {
            if (_position >= _pattern.Length)
            {
                throw new NotSupportedException();
            }

            var c = _pattern[_position++];
            switch (c)
            {
                case 'd':
                    return "1";
                case 'w' or 'D' or 'S':
                    return "a";
                case 's':
                    return " ";
                case 'W':
                    return "-";
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return string.Empty;
                case 't':
                    return "\t";
                case 'n':
                    return "\n";
                case 'p' or 'P' or 'x' or 'u' or 'c' or 'k' or (>= '0' and <= '9'):
                    throw new NotSupportedException();
                default:
                    return c.ToString();
            }
        }
    }
}
