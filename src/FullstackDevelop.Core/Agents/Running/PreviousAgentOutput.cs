namespace FullstackDevelop.Core.Agents.Running;

/// <summary>What an agent produced in the previous build, as the host recorded it.</summary>
/// <param name="CacheKey">The key it ran under.</param>
/// <param name="OutputHash">The content hash of its files.</param>
/// <param name="FileCount">How many files it produced.</param>
/// <param name="UnitCount">How many units of work it had.</param>
public sealed record PreviousAgentOutput(string CacheKey, string OutputHash, int FileCount, int UnitCount);
