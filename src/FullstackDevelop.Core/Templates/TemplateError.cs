namespace FullstackDevelop.Core.Templates;

/// <summary>An error in a template's text, at a 1-based line and column.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="Message">What is wrong, in Scriban's words.</param>
public sealed record TemplateError(int Line, int Column, string Message);
