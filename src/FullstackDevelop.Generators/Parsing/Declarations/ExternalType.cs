using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Generators.Parsing.Declarations;

/// <summary>What an external type is, as far as entities care.</summary>
internal enum ExternalTypeKind
{
    /// <summary>A class or record class.</summary>
    Class,

    /// <summary>A struct.</summary>
    Struct,

    /// <summary>An enum.</summary>
    Enum,

    /// <summary>An interface, delegate or other type.</summary>
    Other,
}

/// <summary>
/// A type from a referenced assembly that an entity uses (a base class, an enum, a property type),
/// read from metadata because the project's source does not declare it.
/// </summary>
/// <param name="MetadataName">The name it was looked up by.</param>
/// <param name="DisplayName">The C# name with namespace, without type arguments.</param>
/// <param name="Name">The simple name.</param>
/// <param name="Kind">What kind of type it is.</param>
/// <param name="IsEntity">Marked <c>[Entity]</c>.</param>
/// <param name="EnumMembers">The members, for an enum.</param>
/// <param name="Properties">Its public instance properties, base types first, for a class an entity derives from.</param>
internal sealed record ExternalType(
    string MetadataName,
    string DisplayName,
    string Name,
    ExternalTypeKind Kind,
    bool IsEntity,
    EquatableArray<string> EnumMembers,
    EquatableArray<PropertyDeclaration> Properties);
