using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Requirements.Catalog;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("de-DE", "de-DE", "de")]
    [InlineData(" DE-de ", "de-DE", "de")]
    [InlineData("en", "en", "en")]
    [InlineData("es-419", "es-419", "es")]
    [InlineData("sr-latn-rs", "sr-Latn-RS", "sr-Latn")]
    [InlineData("zh-Hant-TW", "zh-Hant-TW", "zh-Hant")]
    [InlineData("zh-TW", "zh-TW", "zh-TW")]
    [InlineData("gsw-CH", "gsw-CH", "gsw")]
    [InlineData("de-CH-1996", "de-CH-1996", "de")]
    public void A_well_formed_tag_is_put_in_canonical_case_and_its_lang_drops_the_region(string value, string tag, string lang)
    {
        var parsed = LanguageTag.Parse(value);

        Assert.NotNull(parsed);
        Assert.Equal((tag, lang), (parsed!.Tag, parsed.Lang));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de_DE")]
    [InlineData("german")]
    [InlineData("d")]
    [InlineData("de-DE-u-nu-latn")]
    [InlineData("de\" onload=\"alert(1)")]
    [InlineData("de-DE'; alert(1); '")]
    [InlineData("en-US\n<script>")]
    public void Anything_else_is_not_a_tag(string? value)
    {
        Assert.Null(LanguageTag.Parse(value));
    }

    // The catalog warns about a ui.locale it does not accept and the frontend falls back from one it cannot parse: the two
    // must agree, or a value would be dropped without a word.
    [Theory]
    [InlineData("de-DE")]
    [InlineData("sl-rozaj-biske-1994-alalc97-fonipa-fonupa-fonxsamp-hepburn-heploc-kkcor-kscor-newfound-nulik-pahawh2")]
    [InlineData("de_DE")]
    [InlineData("de-DE-u-nu-latn")]
    public void The_catalog_accepts_exactly_the_tags_that_parse(string value)
    {
        var accepted = RequirementKeyCatalog.Find("ui.locale")!.Values.Accepts(value);

        Assert.Equal(accepted, LanguageTag.Parse(value) is not null);
    }
}
