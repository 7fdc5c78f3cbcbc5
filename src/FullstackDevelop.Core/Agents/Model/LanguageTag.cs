using System;
using System.Text.RegularExpressions;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// A well-formed BCP 47 language tag of the kind <c>ui.locale</c> takes: a language, an optional script, an optional
/// region and variants (<c>de-DE</c>, <c>sr-Latn-RS</c>, <c>es-419</c>). Extensions and private use are not accepted,
/// so what the frontend is given always parses in <c>Intl</c> and in an HTML attribute.
/// </summary>
/// <param name="Tag">The tag in its canonical case: <c>de-DE</c>, <c>zh-Hant-TW</c>.</param>
/// <param name="Language">The primary language subtag, in lower case: <c>de</c>.</param>
/// <param name="Script">The script subtag in title case, or null.</param>
/// <param name="Region">The region subtag in upper case (or three digits), or null.</param>
public sealed record LanguageTag(string Tag, string Language, string? Script, string? Region)
{
    /// <summary>
    /// The form of a tag, anchored at both ends: also what the requirement key catalog checks <c>ui.locale</c> against, so a
    /// value the catalog accepts is never one the frontend falls back from without a word.
    /// </summary>
    public const string Pattern = @"^(?<language>[A-Za-z]{2,3})(?:-(?<script>[A-Za-z]{4}))?(?:-(?<region>[A-Za-z]{2}|[0-9]{3}))?(?<variants>(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)$";

    private static readonly Regex Form = new(Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The value of the page's <c>lang</c> attribute: the language and its script, without the region (<c>de</c> for
    /// <c>de-DE</c>), since the region changes formats rather than the language a screen reader speaks. Chinese keeps its
    /// region when no script is given: there the region is what says simplified or traditional characters.
    /// </summary>
    public string Lang => Language + (Script is null ? Language == "zh" && Region is not null ? "-" + Region : string.Empty : "-" + Script);

    /// <summary>The tag <paramref name="value"/> (surrounding white space aside) stands for, or null when it is not a well-formed tag.</summary>
    public static LanguageTag? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var match = Form.Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        var language = match.Groups["language"].Value.ToLowerInvariant();
        var script = match.Groups["script"].Success ? TitleCase(match.Groups["script"].Value) : null;
        var region = match.Groups["region"].Success ? match.Groups["region"].Value.ToUpperInvariant() : null;
        var tag = language + (script is null ? string.Empty : "-" + script) + (region is null ? string.Empty : "-" + region) + match.Groups["variants"].Value.ToLowerInvariant();
        return new LanguageTag(tag, language, script, region);
    }

    private static string TitleCase(string subtag) => subtag.Substring(0, 1).ToUpperInvariant() + subtag.Substring(1).ToLowerInvariant();
}
