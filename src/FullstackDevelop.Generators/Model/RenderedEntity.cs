namespace FullstackDevelop.Generators.Model;

/// <summary>One entity's rendered backend code, cached per entity before the files are grouped.</summary>
/// <param name="Name">The entity's name.</param>
/// <param name="Result">Its file and the template problems.</param>
internal sealed record RenderedEntity(string Name, GenerationResult Result);
