namespace FullstackDevelop.Core.Templates;

/// <summary>A template that did not parse or did not render, with where and, for a render, for what.</summary>
/// <param name="TemplateName">The template being rendered.</param>
/// <param name="Path">The file the error is in (an included template's, when the error is there).</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Subject">What was being rendered, such as an entity's name.</param>
/// <param name="IsParseError">True when the template's text is invalid, false when it failed while rendering.</param>
public sealed record TemplateProblem(string TemplateName, string Path, int Line, int Column, string Message, string? Subject, bool IsParseError)
{
    /// <summary>The problem as compilers print one: <c>path(line,column): message</c>, then what was being rendered.</summary>
    public override string ToString() =>
        Path + "(" + Line + "," + Column + "): " + Message + (Subject is null ? string.Empty : " (rendering " + Subject + ")");
}
