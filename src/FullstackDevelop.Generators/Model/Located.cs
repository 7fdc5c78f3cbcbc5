namespace FullstackDevelop.Generators.Model;

/// <summary>A declaration read from an attribute, with the attribute's location for diagnostics.</summary>
internal sealed record Located<T>(T Value, LocationInfo? Location);
