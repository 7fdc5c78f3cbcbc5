namespace FullstackDevelop.Generators.Model;

/// <summary>
/// Where a declaration is, by position among the places its file's reading recorded rather than by
/// text offset: equal before and after an edit that moves text (a comment, a blank line, a method
/// body), so the models that hold it stay cached. <see cref="SourceLocations"/> turns it into a
/// location only when a diagnostic is reported.
/// </summary>
/// <param name="FilePath">The file.</param>
/// <param name="Ordinal">The index of the place in its file's <see cref="FileLocations"/>.</param>
internal sealed record SourceAnchor(string FilePath, int Ordinal);
