using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// The locale of the generated frontend (<c>locale</c> in project templates), from <c>ui.locale</c>: the page's
/// <c>lang</c>, the locale its dates and numbers are formatted for, and the text of its messages.
/// </summary>
/// <param name="Tag">The BCP 47 tag the frontend formats for: the declared one in canonical case, or <c>en-US</c>.</param>
/// <param name="Lang">The page's <c>lang</c> attribute: <c>de</c> for <c>de-DE</c> (see <see cref="LanguageTag.Lang"/>).</param>
/// <param name="Declared">The value of <c>ui.locale</c> as declared, or null when the agent's slice has none.</param>
/// <param name="IsDeclaredValid">False when <paramref name="Declared"/> is not a well-formed tag and <c>en-US</c> applies instead.</param>
/// <param name="MessagesLanguage">The language of <paramref name="Messages"/>: the locale's, or <c>en</c> when it has no table.</param>
/// <param name="HasOwnMessages">True when the locale's language has a message table of its own.</param>
/// <param name="Messages">The messages, by key, in the order of the English table.</param>
public sealed record ArtifactLocale(
    string Tag,
    string Lang,
    string? Declared,
    bool IsDeclaredValid,
    string MessagesLanguage,
    bool HasOwnMessages,
    EquatableArray<ArtifactMessage> Messages);

/// <summary>One message of the frontend: its key and its text, with <c>{name}</c> placeholders.</summary>
/// <param name="Key">The key, a TypeScript identifier: <c>pageStatus</c>.</param>
/// <param name="Text">The text: <c>Page {page} of {pages}, {count} {items}</c>.</param>
public sealed record ArtifactMessage(string Key, string Text);
