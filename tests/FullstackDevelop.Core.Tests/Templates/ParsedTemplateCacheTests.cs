using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Core.Tests.Templates;

public sealed class ParsedTemplateCacheTests
{
    private static TemplateSource Source(string name, string text) => new(name, text, name + ".scriban", IsBuiltIn: false);

    [Fact]
    public void SameTextIsParsedOnceWhateverItsNameOrPath()
    {
        var cache = new ParsedTemplateCache(8);

        var first = cache.GetOrParse(Source("a", "{{ 1 + 1 }}"));
        var second = cache.GetOrParse(Source("b", "{{ 1 + 1 }}"));

        Assert.Equal(1, cache.ParseCount);
        Assert.Same(first, second);
    }

    [Fact]
    public void EditedTextIsParsedAgainAndOnlyItself()
    {
        var cache = new ParsedTemplateCache(8);
        cache.GetOrParse(Source("a", "{{ 'a' }}"));
        cache.GetOrParse(Source("b", "{{ 'b' }}"));

        cache.GetOrParse(Source("a", "{{ 'a2' }}"));
        cache.GetOrParse(Source("b", "{{ 'b' }}"));

        Assert.Equal(3, cache.ParseCount);
    }

    [Fact]
    public void LeastRecentlyUsedTemplatesAreEvictedPastCapacity()
    {
        var cache = new ParsedTemplateCache(2);
        cache.GetOrParse(Source("a", "a"));
        cache.GetOrParse(Source("b", "b"));
        cache.GetOrParse(Source("a", "a"));
        cache.GetOrParse(Source("c", "c"));

        Assert.Equal(2, cache.Count);
        cache.GetOrParse(Source("a", "a"));
        Assert.Equal(3, cache.ParseCount);
        cache.GetOrParse(Source("b", "b"));
        Assert.Equal(4, cache.ParseCount);
    }

    [Fact]
    public async Task ConcurrentRequestsForOneTemplateParseItOnce()
    {
        var cache = new ParsedTemplateCache(8);
        var source = Source("shared", string.Concat(Enumerable.Repeat("{{ for i in 1..3 }}{{ i }}{{ end }}", 200)));
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return cache.GetOrParse(source);
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);

        Assert.Equal(1, cache.ParseCount);
        Assert.All(results, result => Assert.Same(results[0], result));
    }

    [Fact]
    public void ParseErrorsAreKeptWithOneBasedPositions()
    {
        var parsed = new ParsedTemplateCache(2).GetOrParse(Source("bad", "ok\n  {{ if }}"));

        Assert.NotEmpty(parsed.Errors);
        Assert.Equal(2, parsed.Errors[0].Line);
    }

    [Fact]
    public void CapacityMustBePositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParsedTemplateCache(0));
    }
}
