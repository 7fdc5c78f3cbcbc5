using FullstackDevelop.Core.Agents.Model;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// How .NET patterns become JavaScript ones for the frontend's checks; that the two accept the same texts is proven by
/// <see cref="ValidationDifferentialTests"/>, which runs them in Node.js.
/// </summary>
public sealed class JavaScriptPatternsTests
{
    [Theory]
    [InlineData("(?i)abc")]
    [InlineData("a(?i:b)")]
    [InlineData("(?>a+)b")]
    [InlineData(@"\Gab")]
    [InlineData("[a-z-[aeiou]]")]
    [InlineData("(?<open-close>x)")]
    [InlineData("(?(a)b|c)")]
    [InlineData(@"(?<name>a)(b)\1")]
    public void Constructs_JavaScript_has_no_equivalent_for_give_no_client_pattern(string pattern)
    {
        Assert.Null(JavaScriptPatterns.Translate(pattern));
    }

    [Theory]
    [InlineData("a.b", @"a[^\n]b")]
    [InlineData("ab$", @"ab(?=\n?$)")]
    [InlineData(@"\Aab\z", "^ab$")]
    [InlineData("[]a]", @"[\]a]")]
    [InlineData(@"[\b]", @"[\x08]")]
    [InlineData(@"\e\a", @"\x1B\x07")]
    [InlineData(@"(?<year>[0-9]{4})-\k<year>(?#same)", @"(?<year>[0-9]{4})-\k<year>")]
    [InlineData(@"(a)(b)\2", @"(a)(b)\2")]
    [InlineData("x{,3}", "x{,3}")]
    public void Syntax_that_reads_differently_is_rewritten(string pattern, string expected)
    {
        Assert.Equal(expected, JavaScriptPatterns.Translate(pattern));
    }

    [Fact]
    public void Unicode_classes_become_the_characters_dotnet_matches()
    {
        var digits = JavaScriptPatterns.Translate(@"\d");
        Assert.StartsWith("[0-9\\u0660-\\u0669", digits, System.StringComparison.Ordinal);
        Assert.StartsWith("[^", JavaScriptPatterns.Translate(@"[^\d]"), System.StringComparison.Ordinal);
        Assert.Contains("\\u200C\\u200D", JavaScriptPatterns.Translate(@"\b"), System.StringComparison.Ordinal);
        Assert.StartsWith("[", JavaScriptPatterns.Translate(@"\p{Lu}"), System.StringComparison.Ordinal);
        Assert.DoesNotContain(@"\p", JavaScriptPatterns.Translate(@"[\p{Lu}\d_]"), System.StringComparison.Ordinal);
    }
}
