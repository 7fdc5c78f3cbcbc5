namespace FullstackDevelop.Core.Agents.Rendering;

/// <summary>A file an agent a custom template agent depends on wrote, as its project templates see it in <c>upstream</c>.</summary>
/// <param name="Agent">The agent that wrote it.</param>
/// <param name="Path">Its path in the output folder, with '/' separators.</param>
/// <param name="Text">Its content, read as UTF-8.</param>
public sealed record UpstreamFile(string Agent, string Path, string Text);
