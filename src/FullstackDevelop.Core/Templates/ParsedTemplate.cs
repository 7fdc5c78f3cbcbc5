using FullstackDevelop.Core.Collections;
using Scriban;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// A template parsed once: Scriban's syntax tree, immutable and safe to render from several threads
/// at once (each render has its own context), or the errors that kept it from parsing.
/// </summary>
public sealed class ParsedTemplate
{
    internal ParsedTemplate(Template template, EquatableArray<TemplateError> errors)
    {
        Template = template;
        Errors = errors;
    }

    /// <summary>The parsed template; only render it when <see cref="Errors"/> is empty.</summary>
    public Template Template { get; }

    /// <summary>The parse errors, in source order.</summary>
    public EquatableArray<TemplateError> Errors { get; }
}
