using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Planning;

/// <summary>The seed's resource profiles, one per scale.</summary>
public static class ResourceProfiles
{
    /// <summary>The profile for <paramref name="scale"/>.</summary>
    public static ResourceProfile For(ProjectScale scale) => scale switch
    {
        ProjectScale.Medium => new ResourceProfile(scale, 5, 1024, 1.0, 8192),
        ProjectScale.Large => new ResourceProfile(scale, 8, 2048, 2.0, 16384),
        ProjectScale.Enterprise => new ResourceProfile(scale, 12, 4096, 4.0, 32768),
        _ => new ResourceProfile(ProjectScale.Small, 3, 512, 0.5, 2048),
    };
}
