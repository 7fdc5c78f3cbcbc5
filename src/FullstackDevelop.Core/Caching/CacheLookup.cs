using System.Diagnostics.CodeAnalysis;

namespace FullstackDevelop.Core.Caching;

/// <summary>The outcome of looking a key up in the <see cref="AgentResultCache"/>.</summary>
/// <param name="Level">The level that hit, or <see cref="CacheLevel.Miss"/>.</param>
/// <param name="Result">The cached result; null on a miss.</param>
public sealed record CacheLookup(CacheLevel Level, CachedAgentResult? Result)
{
    /// <summary>The lookup that found nothing.</summary>
    public static CacheLookup Miss { get; } = new(CacheLevel.Miss, null);

    /// <summary>True when a level held the result.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    public bool IsHit => Result is not null;
}
