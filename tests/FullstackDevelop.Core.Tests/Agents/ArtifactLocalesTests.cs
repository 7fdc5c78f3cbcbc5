using System.Linq;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Collections;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class ArtifactLocalesTests
{
    [Fact]
    public void Without_ui_locale_the_frontend_is_en_us_in_english()
    {
        var locale = ArtifactLocales.For(EquatableArray.Of(new ArtifactRequirement("ui.theme", "dark")));

        Assert.Equal(("en-US", "en", null, true, "en", true), (locale.Tag, locale.Lang, locale.Declared, locale.IsDeclaredValid, locale.MessagesLanguage, locale.HasOwnMessages));
        Assert.Equal("Save", locale.Messages.Single(message => message.Key == "save").Text);
    }

    [Fact]
    public void De_de_is_german_with_lang_de()
    {
        var locale = ArtifactLocales.For(EquatableArray.Of(new ArtifactRequirement("ui.locale", "de-DE")));

        Assert.Equal(("de-DE", "de", "de-DE", true, "de", true), (locale.Tag, locale.Lang, locale.Declared, locale.IsDeclaredValid, locale.MessagesLanguage, locale.HasOwnMessages));
        Assert.Equal("Speichern", locale.Messages.Single(message => message.Key == "save").Text);
    }

    [Fact]
    public void A_language_without_messages_keeps_its_formatting_with_english_messages()
    {
        var locale = ArtifactLocales.For(EquatableArray.Of(new ArtifactRequirement("ui.locale", "fr-CA")));

        Assert.Equal(("fr-CA", "fr", "en", false), (locale.Tag, locale.Lang, locale.MessagesLanguage, locale.HasOwnMessages));
        Assert.Equal("Save", locale.Messages.Single(message => message.Key == "save").Text);
    }

    [Fact]
    public void A_value_that_is_not_a_tag_falls_back_to_en_us()
    {
        var locale = ArtifactLocales.For(EquatableArray.Of(new ArtifactRequirement("ui.locale", "de\"><script>")));

        Assert.Equal(("en-US", "en", "de\"><script>", false, "en"), (locale.Tag, locale.Lang, locale.Declared, locale.IsDeclaredValid, locale.MessagesLanguage));
    }
}
