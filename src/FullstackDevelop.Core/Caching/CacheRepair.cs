namespace FullstackDevelop.Core.Caching;

/// <summary>A damaged disk cache entry that a lookup found and removed, so the next write replaces it.</summary>
/// <param name="Key">The entry's cache key.</param>
/// <param name="Problem">What was wrong with it, as a sentence fragment (e.g. "its manifest could not be read: …").</param>
public sealed record CacheRepair(string Key, string Problem);
