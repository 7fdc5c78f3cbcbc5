using System;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>How one agent fared in a build, for the build output and <c>fullstack-report.json</c>.</summary>
/// <param name="Agent">The agent's name.</param>
/// <param name="Status">
/// <c>ran</c> (it did its work), <c>cached</c> (its result came from a cache level), <c>up-to-date</c> (its files from the
/// previous build were still in place), <c>failed</c>, <c>timed-out</c>, <c>skipped</c> (a dependency did not succeed) or
/// <c>cancelled</c>.
/// </param>
/// <param name="CacheLevel">Where a reused result came from: <c>memory</c>, <c>disk</c>, <c>remote</c> or <c>output</c>; null when it ran or did not finish.</param>
/// <param name="Duration">How long its part of the build took, lookups and retries included.</param>
/// <param name="Attempts">How many times it was started: more than one after retries of a command agent.</param>
/// <param name="CacheKey">The key its result is stored under, when it got as far as computing it.</param>
/// <param name="OutputHash">The content hash of its files, when it succeeded.</param>
/// <param name="RenderedUnits">The units a template agent rendered (<c>project</c>, <c>entity:Book</c>); the others came from the cache.</param>
/// <param name="UnitCount">How many units the agent has.</param>
/// <param name="FileCount">How many files it produced.</param>
/// <param name="TimeSaved">For a reused result, how long the run that produced it took.</param>
/// <param name="ErrorCode">The error code, when it did not succeed.</param>
/// <param name="Output">What it printed, or why it did not run, when it did not succeed.</param>
public sealed record AgentReport(
    string Agent,
    string Status,
    string? CacheLevel,
    TimeSpan Duration,
    int Attempts,
    string? CacheKey,
    string? OutputHash,
    EquatableArray<string> RenderedUnits,
    int UnitCount,
    int FileCount,
    TimeSpan TimeSaved,
    string? ErrorCode,
    string? Output)
{
    /// <summary>True when the agent produced its files, by running or by reuse.</summary>
    public bool Succeeded => Status is "ran" or "cached" or "up-to-date";

    /// <summary>True when its result was reused rather than produced.</summary>
    public bool WasReused => Status is "cached" or "up-to-date";
}
