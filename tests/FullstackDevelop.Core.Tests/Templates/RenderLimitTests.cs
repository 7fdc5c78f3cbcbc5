using System;
using System.Threading;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Core.Tests.Templates;

public sealed class RenderLimitTests
{
    private static readonly ModelSize Small = new(3, 12, 2, 0);

    // JHipster's benchmark shape: 2,000 entities of a key and five fields, each referring to the one before.
    private static readonly ModelSize Enterprise = new(2_000, 12_000, 1_999, 0);

    private sealed record Model(string Name);

    public static TheoryData<string, string, ModelSize, string[]> RunawayTemplates => new()
    {
        {
            "loop", "{{ while true }}x{{ end }}", Small,
            new[] { "loop limit of 100,000 iterations", "for a model of 3 entities, 12 fields and 2 relations", "<FullstackRenderLoopLimit>200000</FullstackRenderLoopLimit>" }
        },
        {
            "loop", "{{ for entity in 1..3 }}{{ while true }}{{ end }}{{ end }}", Enterprise,
            new[] { "loop limit of 959,940 iterations", "for a model of 2,000 entities, 12,000 fields and 1,999 relations", "<FullstackRenderLoopLimit>1919880</FullstackRenderLoopLimit>" }
        },
        {
            "output", "{{ s = '0123456789' * 1000 }}{{ while true }}{{ s }}{{ end }}", Small,
            new[] { "output limit of 4,000,000 characters", "for a model of 3 entities", "<FullstackRenderOutputLimit>8000000</FullstackRenderOutputLimit>" }
        },
        {
            "output", "{{ s = '0123456789' * 10000 }}{{ while true }}{{ s }}{{ end }}", new ModelSize(200, 1_200, 199, 0),
            new[] { "output limit of 6,396,000 characters", "for a model of 200 entities, 1,200 fields and 199 relations", "<FullstackRenderOutputLimit>12792000</FullstackRenderOutputLimit>" }
        },
        {
            "recursion", "{{ func f; ret f; end; f }}", Small,
            new[] { "recursion limit of 64 nested function calls or includes", "<FullstackRenderRecursionLimit>128</FullstackRenderRecursionLimit>" }
        },
        {
            "recursion", "{{ include 'runaway' }}", Enterprise,
            new[] { "recursion limit of 64 nested function calls or includes", "<FullstackRenderRecursionLimit>128</FullstackRenderRecursionLimit>" }
        },
        {
            "object depth", "{{ a = {}; a.self = a; a }}", Small,
            new[] { "object depth limit of 32 levels", "contains itself", "<FullstackRenderObjectDepthLimit>64</FullstackRenderObjectDepthLimit>" }
        },
    };

    [Theory]
    [MemberData(nameof(RunawayTemplates))]
    public void A_runaway_template_is_stopped_by_the_limit_it_hits_and_the_message_says_how_to_raise_it(string limit, string template, ModelSize size, string[] expected)
    {
        var renderer = new TemplateRenderer(
            TemplateCatalog.BuiltIn.With(new[] { new TemplateSource("runaway", template, "Templates/runaway.scriban", IsBuiltIn: false) }),
            new ParsedTemplateCache(4),
            RenderLimits.Default);

        var result = renderer.Render("runaway", new Model("Ada"), "Book", size, CancellationToken.None);

        Assert.Null(result.Output);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("Templates/runaway.scriban", problem.Path);
        Assert.StartsWith("The render hit the " + limit + " limit", problem.Message, StringComparison.Ordinal);
        foreach (var part in expected)
        {
            Assert.Contains(part, problem.Message, StringComparison.Ordinal);
        }

        // Scriban's own wording is translated, not passed on.
        Assert.DoesNotContain("Exceeding", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LimitToString", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("exceeds", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raised_floor_lets_a_render_through_that_the_default_stops()
    {
        var catalog = TemplateCatalog.BuiltIn.With(new[] { new TemplateSource("long", "{{ for i in 1..150000 }}{{ end }}done", "long.scriban", IsBuiltIn: false) });

        var stopped = new TemplateRenderer(catalog, new ParsedTemplateCache(4), RenderLimits.Default).Render("long", new Model("Ada"), null, Small, CancellationToken.None);
        var raised = new TemplateRenderer(catalog, new ParsedTemplateCache(4), RenderLimits.Default with { LoopIterations = 200_000 }).Render("long", new Model("Ada"), null, Small, CancellationToken.None);

        Assert.Contains("loop limit of 100,000", Assert.Single(stopped.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("done", raised.Output);
    }

    [Fact]
    public void Loop_and_output_limits_grow_linearly_with_the_model_above_their_floors()
    {
        var limits = RenderLimits.Default;

        Assert.Equal(limits, limits.For(Small));
        Assert.Equal(limits, limits.For(default));
        var big = limits.For(Enterprise);
        Assert.Equal(15_999L * RenderLimits.LoopIterationsPerItem, big.LoopIterations);
        Assert.Equal(15_999L * RenderLimits.OutputCharactersPerItem, big.OutputCharacters);
        Assert.Equal((limits.RecursionDepth, limits.ObjectDepth), (big.RecursionDepth, big.ObjectDepth));
        var twice = limits.For(new ModelSize(4_000, 24_000, 3_998, 0));
        Assert.Equal(2L * big.LoopIterations, twice.LoopIterations);
    }

    [Fact]
    public void A_raised_floor_wins_over_a_smaller_budget_and_the_budget_over_a_smaller_floor()
    {
        var raised = RenderLimits.Default with { LoopIterations = 5_000_000 };

        Assert.Equal(5_000_000, raised.For(Enterprise).LoopIterations);
        Assert.Equal(959_940, (RenderLimits.Default with { LoopIterations = 10 }).For(Enterprise).LoopIterations);
    }

    [Fact]
    public void A_budget_past_the_largest_integer_stops_there()
    {
        var huge = RenderLimits.Default.For(new ModelSize(int.MaxValue, int.MaxValue, 0, 0));

        Assert.Equal(int.MaxValue, huge.LoopIterations);
        Assert.Equal(int.MaxValue, huge.OutputCharacters);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, "nothing to iterate")]
    [InlineData(1, 1, 1, 1, "1 entity, 1 field, 1 relation and 1 other entry")]
    [InlineData(2_000, 12_000, 0, 3, "2,000 entities, 12,000 fields and 3 other entries")]
    [InlineData(0, 0, 0, 40, "40 other entries")]
    public void A_model_size_reads_as_words(int entities, int fields, int relations, int others, string expected)
    {
        Assert.Equal(expected, new ModelSize(entities, fields, relations, others).ToString());
    }
}
