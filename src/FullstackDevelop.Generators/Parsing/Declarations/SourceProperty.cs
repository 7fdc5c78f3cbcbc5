using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Model;

namespace FullstackDevelop.Generators.Parsing.Declarations;

/// <summary>The nullable annotation context at a point in a file, from <c>#nullable</c> directives.</summary>
internal enum NullableAnnotations
{
    /// <summary>No directive applies: the project's <c>Nullable</c> setting decides.</summary>
    ProjectDefault,

    /// <summary>Annotations are enabled: an unannotated reference type is not nullable.</summary>
    Enabled,

    /// <summary>Annotations are disabled: every reference type may be null.</summary>
    Disabled,
}

/// <summary>A public instance property with a getter, as written (a record's positional parameter included).</summary>
/// <param name="Name">The property name.</param>
/// <param name="Type">Its type as written.</param>
/// <param name="Annotations">The nullable annotation context at its type.</param>
/// <param name="Attributes">The attributes that apply to the property.</param>
/// <param name="Location">The property name's location.</param>
/// <param name="Access">Who can set it, from its <c>set</c> or <c>init</c> accessor.</param>
/// <param name="IsRequiredMember">Declared with the <c>required</c> modifier, so an object initializer must set it.</param>
/// <param name="HasInitializer">Declared with a value (<c>= ...</c>) other than <c>null</c> or <c>default</c>; a record's positional parameter is not.</param>
internal sealed record SourceProperty(
    string Name,
    TypeReference Type,
    NullableAnnotations Annotations,
    EquatableArray<SourceAttribute> Attributes,
    SourceAnchor? Location,
    PropertyAccess Access,
    bool IsRequiredMember,
    bool HasInitializer);
