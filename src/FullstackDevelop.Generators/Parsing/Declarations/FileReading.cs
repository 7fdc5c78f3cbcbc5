using FullstackDevelop.Generators.Model;

namespace FullstackDevelop.Generators.Parsing.Declarations;

/// <summary>
/// What reading one syntax tree gives: its declarations, which hold anchors and no positions, so
/// they are equal after an edit that only moves text, and the places those anchors stand for.
/// </summary>
/// <param name="Declarations">The declarations.</param>
/// <param name="Locations">The places their anchors stand for.</param>
internal sealed record FileReading(FileDeclarations Declarations, FileLocations Locations);
