using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Generators.Model;

/// <summary>The rendered entities that share one generated file, in name order.</summary>
/// <param name="Index">The group's number, which names its file.</param>
/// <param name="Entities">Its entities, each as cached by the per-entity render.</param>
internal sealed record EntityFileGroup(int Index, EquatableArray<RenderedEntity> Entities);
