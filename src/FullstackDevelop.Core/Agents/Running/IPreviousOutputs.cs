using FullstackDevelop.Core.Caching;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// The files the previous build left in the output folder, as a host sees them: the first place an agent's result is
/// looked for, so a build whose inputs did not change reads its own output instead of a cache.
/// </summary>
public interface IPreviousOutputs
{
    /// <summary>
    /// The files <paramref name="agent"/> wrote in the previous build, when that build ran it under
    /// <paramref name="cacheKey"/> and every file is still there unedited; otherwise null.
    /// </summary>
    CachedAgentResult? Find(string agent, string cacheKey);
}
