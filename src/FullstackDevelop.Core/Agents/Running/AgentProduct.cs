using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>What one agent produced in this build, and how it got it.</summary>
/// <param name="Result">Its files.</param>
/// <param name="CacheKey">The key it is stored under.</param>
/// <param name="CacheLevel">Where a reused result came from (<c>memory</c>, <c>disk</c>, <c>remote</c>, <c>output</c>), or null when the agent ran.</param>
/// <param name="RenderedUnits">The units rendered in this build.</param>
/// <param name="UnitCount">How many units the agent has.</param>
internal sealed record AgentProduct(CachedAgentResult Result, string CacheKey, string? CacheLevel, EquatableArray<string> RenderedUnits, int UnitCount);
