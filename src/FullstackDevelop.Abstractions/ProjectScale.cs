namespace FullstackDevelop;

/// <summary>The scale of a project; it selects the resource profile the agents run with.</summary>
public enum ProjectScale
{
    /// <summary>Derive the scale from <see cref="FullstackProjectAttribute.ExpectedUsers"/>, or use <see cref="Small"/> when that is not set either.</summary>
    Auto = 0,

    /// <summary>Up to about a hundred users: 3 concurrent agents, 512 MB and 0.5 CPU each.</summary>
    Small = 1,

    /// <summary>About a thousand users: 5 concurrent agents, 1 GB and 1 CPU each.</summary>
    Medium = 2,

    /// <summary>About ten thousand users: 8 concurrent agents, 2 GB and 2 CPUs each.</summary>
    Large = 3,

    /// <summary>A hundred thousand users and more: 12 concurrent agents, 4 GB and 4 CPUs each.</summary>
    Enterprise = 4,
}
