using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Agents.Rendering;

/// <summary>The files a unit rendered, and the problems of the templates that failed.</summary>
/// <param name="Files">The files, by path in the output folder, in artifact order.</param>
/// <param name="Problems">What stopped a template; the unit failed when there is any.</param>
public sealed record UnitRender(EquatableArray<RenderedArtifact> Files, EquatableArray<TemplateProblem> Problems)
{
    /// <summary>True when every template rendered.</summary>
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>A rendered file.</summary>
/// <param name="Path">Its path in the output folder.</param>
/// <param name="Text">Its content, with '\n' line ends and one at the end.</param>
public sealed record RenderedArtifact(string Path, string Text);
