namespace FullstackDevelop.Core.Backend;

/// <summary>The tool that renders the code, named in every file's header and GeneratedCode attribute.</summary>
/// <param name="Name">The tool's name.</param>
/// <param name="Version">Its version.</param>
public sealed record GeneratorTool(string Name, string Version);
