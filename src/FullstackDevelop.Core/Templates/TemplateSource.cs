namespace FullstackDevelop.Core.Templates;

/// <summary>A template's text and where it came from.</summary>
/// <param name="Name">The name templates and agents refer to it by.</param>
/// <param name="Text">The Scriban source.</param>
/// <param name="Path">Where the text lives, for error messages: the user's <c>.scriban</c> file, or <c>builtin:name</c>.</param>
/// <param name="IsBuiltIn">True for the templates that ship with FullstackDevelop.</param>
public sealed record TemplateSource(string Name, string Text, string Path, bool IsBuiltIn)
{
    /// <summary>The SHA-256 of the text: the key of its parsed form in the cache.</summary>
    public string ContentHash { get; } = Hashing.ContentHash.Of(Text);
}
