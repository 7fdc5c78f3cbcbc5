using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Generators.Parsing.Declarations;

/// <summary>The kinds of type declaration entity discovery tells apart.</summary>
internal enum SourceTypeKind
{
    /// <summary>A class.</summary>
    Class,

    /// <summary>A record class.</summary>
    Record,

    /// <summary>A struct or record struct.</summary>
    Struct,

    /// <summary>An enum.</summary>
    Enum,

    /// <summary>An interface.</summary>
    Interface,
}

/// <summary>
/// One declaration (one part, for a partial type) of a type in the project's source, read from
/// syntax alone so it can be cached per file.
/// </summary>
/// <param name="MetadataName">The CLR name that identifies the type: namespace, <c>+</c> between nested types, <c>`N</c> for generics.</param>
/// <param name="DisplayName">The C# name with namespace and containing types (<c>Shop.Outer.Book</c>).</param>
/// <param name="Name">The simple name.</param>
/// <param name="Kind">What the declaration declares.</param>
/// <param name="BaseList">The base class and interfaces as written.</param>
/// <param name="Attributes">The attributes on this part.</param>
/// <param name="Properties">This part's public instance properties, in source order.</param>
/// <param name="EnumMembers">The members, for an enum.</param>
/// <param name="Constants">This part's <c>const</c> fields.</param>
/// <param name="Scopes">The lookup scopes at this part, innermost first.</param>
/// <param name="TypeParameters">The generic type parameters' names.</param>
/// <param name="ContainingTypes">The metadata names of the containing types, innermost first.</param>
/// <param name="FilePath">The file of this part, to order the parts of a partial type.</param>
/// <param name="Position">The part's index among its file's types, to order the parts of a partial type declared in one file.</param>
/// <param name="Construction">What this part says about how the type can be constructed.</param>
internal sealed record SourceType(
    string MetadataName,
    string DisplayName,
    string Name,
    SourceTypeKind Kind,
    EquatableArray<TypeReference> BaseList,
    EquatableArray<SourceAttribute> Attributes,
    EquatableArray<SourceProperty> Properties,
    EquatableArray<string> EnumMembers,
    EquatableArray<NamedConstant> Constants,
    EquatableArray<ImportScope> Scopes,
    EquatableArray<string> TypeParameters,
    EquatableArray<string> ContainingTypes,
    string FilePath,
    int Position,
    TypeConstruction Construction = default)
{
    /// <summary>True for types whose values are never null unless wrapped in <c>Nullable&lt;T&gt;</c>.</summary>
    public bool IsValueType => Kind is SourceTypeKind.Struct or SourceTypeKind.Enum;
}

/// <summary>What one part of a type declares about its construction.</summary>
/// <param name="IsAbstract">The part has the <c>abstract</c> modifier.</param>
/// <param name="DeclaresConstructors">The part declares an instance constructor, or a primary constructor with parameters.</param>
/// <param name="HasParameterlessConstructor">The part declares an instance constructor without parameters that code in the assembly can call.</param>
internal readonly record struct TypeConstruction(bool IsAbstract, bool DeclaresConstructors, bool HasParameterlessConstructor);
