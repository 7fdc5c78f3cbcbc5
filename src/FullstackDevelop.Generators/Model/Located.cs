namespace FullstackDevelop.Generators.Model;

/// <summary>A declaration read from an attribute, with where the attribute is, for diagnostics.</summary>
internal sealed record Located<T>(T Value, SourceAnchor? Location);
