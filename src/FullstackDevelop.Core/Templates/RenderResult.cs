using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Templates;

/// <summary>The text a template rendered, or the problems that stopped it.</summary>
/// <param name="Output">The rendered text, or <see langword="null"/> when there are problems.</param>
/// <param name="Problems">Parse errors, or the render error.</param>
public sealed record RenderResult(string? Output, EquatableArray<TemplateProblem> Problems);
