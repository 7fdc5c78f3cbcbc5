namespace FullstackDevelop.Planning;

/// <summary>How much a recognised pattern saves when it is generated once and reused.</summary>
public enum OptimizationPotential
{
    /// <summary>Some saving.</summary>
    Medium = 0,

    /// <summary>A large saving.</summary>
    High = 1,

    /// <summary>A very large saving.</summary>
    VeryHigh = 2,
}
