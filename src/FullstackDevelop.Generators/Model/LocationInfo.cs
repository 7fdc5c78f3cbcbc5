using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FullstackDevelop.Generators.Model;

/// <summary>
/// An equatable stand-in for <see cref="Location"/>: pipeline values must not hold Roslyn objects,
/// which would keep compilations alive and defeat caching.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(SyntaxReference? reference) => From(reference?.GetSyntax().GetLocation());

    public static LocationInfo? From(Location? location) =>
        location is null || !location.IsInSource
            ? null
            : new LocationInfo(location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan, location.GetLineSpan().Span);
}
