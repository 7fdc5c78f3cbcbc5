using System.Collections.Generic;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Core.Tests.Templates;

public sealed class RenderLimitPropertiesTests
{
    private static RenderLimitSettings Read(Dictionary<string, string> properties) =>
        RenderLimitProperties.Read(name => properties.TryGetValue(name, out var value) ? value : null);

    [Fact]
    public void Unset_and_blank_properties_keep_the_defaults()
    {
        var settings = Read(new Dictionary<string, string> { [RenderLimitProperties.Loop] = "  " });

        Assert.Equal(RenderLimits.Default, settings.Limits);
        Assert.Empty(settings.Invalid);
    }

    [Fact]
    public void Each_property_sets_its_limit()
    {
        var settings = Read(new Dictionary<string, string>
        {
            ["FullstackRenderLoopLimit"] = "250000",
            ["FullstackRenderOutputLimit"] = " 9000000 ",
            ["FullstackRenderRecursionLimit"] = "100",
            ["FullstackRenderObjectDepthLimit"] = "40",
        });

        Assert.Equal(new RenderLimits(250_000, 100, 9_000_000, 40), settings.Limits);
        Assert.Empty(settings.Invalid);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("1,000")]
    [InlineData("99999999999")]
    public void A_value_that_is_not_a_positive_whole_number_keeps_the_default_and_is_reported(string value)
    {
        var settings = Read(new Dictionary<string, string> { [RenderLimitProperties.Output] = value, [RenderLimitProperties.Loop] = "300000" });

        Assert.Equal(RenderLimits.Default with { LoopIterations = 300_000 }, settings.Limits);
        var invalid = Assert.Single(settings.Invalid);
        Assert.Equal((RenderLimitProperties.Output, value, RenderLimits.Default.OutputCharacters), (invalid.Property, invalid.Value, invalid.Default));
        Assert.Equal(
            $"The property FullstackRenderOutputLimit is '{value}', which is not a whole number from 1 to 2147483647, so the default 4000000 is used: set it to a whole number such as 8000000, or remove it",
            invalid.Message);
    }
}
