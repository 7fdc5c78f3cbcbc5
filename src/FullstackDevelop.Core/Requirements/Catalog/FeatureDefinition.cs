using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Requirements.Catalog;

/// <summary>A feature the generated application implements when it is declared.</summary>
/// <param name="Name">The feature's name, such as <c>user-authentication</c>.</param>
/// <param name="Files">The artifact files it changes.</param>
/// <param name="Effect">What it changes, in one sentence.</param>
public sealed record FeatureDefinition(string Name, EquatableArray<string> Files, string Effect);
