using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Requirements.Catalog;

/// <summary>A requirement key the built-in agents read: what it accepts, who reads it and what it changes.</summary>
/// <param name="Name">The canonical key, such as <c>ui.theme</c>; the model the templates see uses this name.</param>
/// <param name="Aliases">Other names that work identically; declaring one and the canonical name is diagnosed.</param>
/// <param name="Values">The allowed values.</param>
/// <param name="Default">What applies when the key is not declared, in words.</param>
/// <param name="Agents">The built-in agents whose templates read it, sorted; a change re-runs exactly these.</param>
/// <param name="Files">The artifact files it changes, as the agents write them.</param>
/// <param name="Effect">What it changes, in one sentence.</param>
public sealed record RequirementKeyDefinition(
    string Name,
    EquatableArray<string> Aliases,
    RequirementValueForm Values,
    string Default,
    EquatableArray<string> Agents,
    EquatableArray<string> Files,
    string Effect);
