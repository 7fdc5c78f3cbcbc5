using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Build.State;

/// <summary>What one agent's last successful run left for the next build to compare with.</summary>
/// <param name="OutputHash">The content hash of what it produced: downstream agents re-run only when this changes.</param>
/// <param name="CacheKey">The cache key it ran under: when the next build computes the same key, its result can be reused.</param>
/// <param name="Files">The paths of the files it produced, relative to the output folder, sorted.</param>
/// <param name="UnitCount">How many units of work it had, for the report of a build that finds nothing to do.</param>
public sealed record AgentState(string OutputHash, string CacheKey, EquatableArray<string> Files = default, int UnitCount = 0);
