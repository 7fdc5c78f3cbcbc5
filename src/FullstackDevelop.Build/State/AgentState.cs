namespace FullstackDevelop.Build.State;

/// <summary>What one agent's last successful run left for the next build to compare with.</summary>
/// <param name="OutputHash">The content hash of what it produced: downstream agents re-run only when this changes.</param>
/// <param name="CacheKey">The cache key it ran under: when the next build computes the same key, its result can be reused.</param>
public sealed record AgentState(string OutputHash, string CacheKey);
