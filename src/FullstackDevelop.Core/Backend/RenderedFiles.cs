using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Backend;

/// <summary>A rendered file.</summary>
/// <param name="FileName">Its name.</param>
/// <param name="Text">Its content: the header, then the code.</param>
/// <param name="BodyStart">Where the code after the header starts, so a host can join files under one header.</param>
public sealed record RenderedFile(string FileName, string Text, int BodyStart = 0);

/// <summary>The files one render produced, and the templates that failed; the other files are still produced.</summary>
/// <param name="Files">The files, in artifact order.</param>
/// <param name="Problems">The problems of the templates that did not render.</param>
public sealed record RenderedFiles(EquatableArray<RenderedFile> Files, EquatableArray<TemplateProblem> Problems);
