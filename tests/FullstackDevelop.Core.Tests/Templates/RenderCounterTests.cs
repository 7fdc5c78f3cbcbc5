using System.Threading;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Core.Tests.Templates;

public sealed class RenderCounterTests
{
    private sealed record Person(string Name);

    private static TemplateRenderer Renderer(RenderCounter counter, params (string Name, string Text)[] templates) =>
        new(
            TemplateCatalog.BuiltIn.With(System.Array.ConvertAll(templates, template => new TemplateSource(template.Name, template.Text, "Templates/" + template.Name + ".scriban", IsBuiltIn: false))),
            new ParsedTemplateCache(16),
            RenderLimits.Default,
            counter);

    [Fact]
    public void CountsEveryIterationOfNestedLoopsAndIncludedOnesTowardsTheRenderedTemplate()
    {
        var counter = new RenderCounter();
        var renderer = Renderer(counter, ("grid", "{{ for i in 1..3 }}{{ for j in 1..4 }}.{{ end }}{{ end }}{{ include 'row' }}"), ("row", "{{ for k in 1..5 }}-{{ end }}"));

        Assert.Equal("............-----", renderer.Render("grid", new Person("Ada"), null, CancellationToken.None).Output);
        Assert.Equal(new[] { "grid" }, counter.ByTemplate.Keys);
        Assert.Equal(3 + (3 * 4) + 5, counter.ByTemplate["grid"].LoopIterations);
    }

    [Fact]
    public void AddsUpRendersByTemplateAndCountsTheCallsAFunctionMakesPerItem()
    {
        var counter = new RenderCounter();
        var renderer = Renderer(
            counter,
            ("ten", "{{ (1..10) | array.filter @(do; ret $0 > 5; end) | array.size }}"),
            ("twenty", "{{ (1..20) | array.filter @(do; ret $0 > 5; end) | array.size }}"));

        renderer.Render("ten", new Person("Ada"), null, CancellationToken.None);
        var once = counter.ByTemplate["ten"];
        renderer.Render("ten", new Person("Ada"), null, CancellationToken.None);
        renderer.Render("twenty", new Person("Ada"), null, CancellationToken.None);
        var twenty = counter.ByTemplate["twenty"];

        // No loop statement, yet each of the ten more items costs a call of the filter's function.
        Assert.Equal(new RenderWork(0, 2 * once.Evaluations), counter.ByTemplate["ten"]);
        Assert.Equal(0, twenty.LoopIterations);
        Assert.True(twenty.Evaluations - once.Evaluations >= 10, $"{once.Evaluations} nodes evaluated for ten items, {twenty.Evaluations} for twenty.");
    }
}
