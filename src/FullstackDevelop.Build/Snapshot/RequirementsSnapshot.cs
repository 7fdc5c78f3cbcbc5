using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Build.Snapshot;

/// <summary>The requirements snapshot the generator compiled into an assembly, verified against its hash.</summary>
/// <param name="Json">The canonical snapshot, exactly as <see cref="RequirementsJson.Write"/> wrote it.</param>
/// <param name="Hash">Its <see cref="RequirementsHash"/>.</param>
/// <param name="Requirements">The snapshot, parsed.</param>
public sealed record RequirementsSnapshot(string Json, string Hash, ProjectRequirements Requirements);
