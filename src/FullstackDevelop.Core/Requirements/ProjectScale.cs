namespace FullstackDevelop.Core.Requirements;

/// <summary>The project's scale, as in the seed's resource profiles.</summary>
public enum ProjectScale
{
    /// <summary>Around a hundred users.</summary>
    Small = 1,

    /// <summary>Around a thousand users.</summary>
    Medium = 2,

    /// <summary>Around ten thousand users.</summary>
    Large = 3,

    /// <summary>A hundred thousand users and more.</summary>
    Enterprise = 4,
}

/// <summary>Where the project's scale came from.</summary>
public enum ScaleSource
{
    /// <summary>Declared with <c>Scale =</c>.</summary>
    Declared,

    /// <summary>Derived from <c>ExpectedUsers</c>.</summary>
    ExpectedUsers,

    /// <summary>Neither was declared; the default applies.</summary>
    Default,
}
