using System.Linq;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Generators.Parsing.Declarations;

/// <summary>What kind of type syntax a <see cref="TypeReference"/> was read from.</summary>
internal enum TypeReferenceKind
{
    /// <summary>A C# keyword type (<c>int</c>, <c>string</c>); <see cref="TypeReference.Name"/> is its full CLR name.</summary>
    Predefined,

    /// <summary>A name, possibly qualified and generic, to look up in scope.</summary>
    Named,

    /// <summary>A one-dimensional array of the single argument.</summary>
    Array,

    /// <summary>The single argument with <c>?</c>.</summary>
    Nullable,

    /// <summary>Anything else (tuples, pointers, multi-dimensional arrays); <see cref="TypeReference.Name"/> is the text as written.</summary>
    Unsupported,
}

/// <summary>A type as written in source, before name lookup: the syntax-free form the pipeline caches per file.</summary>
/// <param name="Kind">The kind of syntax.</param>
/// <param name="Name">The simple name for <see cref="TypeReferenceKind.Named"/>, the CLR name for a keyword, the text otherwise.</param>
/// <param name="Qualifier">The dotted parts before the name (<c>System</c>, <c>Collections</c>, <c>Generic</c>).</param>
/// <param name="Arguments">Generic arguments, or the element type (the only argument) of an array or nullable.</param>
/// <param name="IsGlobal">Written with <c>global::</c>, so looked up from the global namespace only.</param>
internal sealed record TypeReference(
    TypeReferenceKind Kind,
    string Name,
    EquatableArray<string> Qualifier,
    EquatableArray<TypeReference> Arguments,
    bool IsGlobal)
{
    /// <summary>The type as written, for messages about a type that cannot be resolved.</summary>
    public string Written => Kind switch
    {
        TypeReferenceKind.Predefined or TypeReferenceKind.Unsupported => Name,
        TypeReferenceKind.Array => Arguments[0].Written + "[]",
        TypeReferenceKind.Nullable => Arguments[0].Written + "?",
        _ => string.Join(".", Qualifier.Append(Name)) + (Arguments.Count > 0 ? "<" + string.Join(", ", Arguments.Select(a => a.Written)) + ">" : string.Empty),
    };
}
