namespace FullstackDevelop.Core.Caching;

/// <summary>Where a cached agent result was found, so the build report can say it.</summary>
public enum CacheLevel
{
    /// <summary>No level held a live entry: the agent must run.</summary>
    Miss = 0,

    /// <summary>The in-process memory cache.</summary>
    Memory = 1,

    /// <summary>The disk cache shared by the builds on this machine.</summary>
    Disk = 2,

    /// <summary>The remote cache shared by CI and teammates.</summary>
    Remote = 3,
}
