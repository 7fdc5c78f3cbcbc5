using System;
using System.Linq;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>Works out the frontend's <see cref="ArtifactLocale"/> from the <c>ui.locale</c> requirement.</summary>
public static class ArtifactLocales
{
    /// <summary>The requirement key that sets the frontend's locale.</summary>
    public const string Key = "ui.locale";

    /// <summary>The locale when <see cref="Key"/> is not declared or not a well-formed tag.</summary>
    public const string DefaultTag = "en-US";

    /// <summary>
    /// The locale <paramref name="requirements"/> declare: only what the slice holds counts, so an agent that does not
    /// read <c>ui.</c> keys always sees the default and its cache keys never depend on the key.
    /// </summary>
    public static ArtifactLocale For(EquatableArray<ArtifactRequirement> requirements)
    {
        var declared = requirements.FirstOrDefault(requirement => string.Equals(requirement.Key, Key, StringComparison.Ordinal))?.Value;
        var parsed = LanguageTag.Parse(declared);
        var tag = parsed ?? LanguageTag.Parse(DefaultTag)!;
        var own = UiMessageTables.For(tag.Language);
        var messages = own ?? UiMessageTables.For(UiMessageTables.DefaultLanguage)!;
        return new ArtifactLocale(
            tag.Tag,
            tag.Lang,
            declared,
            declared is null || parsed is not null,
            own is null ? UiMessageTables.DefaultLanguage : tag.Language,
            own is not null,
            EquatableArray.From(messages));
    }
}
