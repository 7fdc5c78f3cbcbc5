using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>
/// Where a type reference or constant was written: the types around it (innermost first), the
/// namespaces and usings it is looked up in, and the type arguments that stand for the type
/// parameters when it belongs to a generic base type.
/// </summary>
internal sealed class LookupScope
{
    public LookupScope(SourceType part, IReadOnlyDictionary<string, BoundType>? typeArguments = null)
    {
        EnclosingTypes = part.ContainingTypes.Prepend(part.MetadataName).ToList();
        TypeParameters = part.TypeParameters;
        Scopes = part.Scopes;
        TypeArguments = typeArguments;
    }

    private LookupScope(ImportScope fileUsings)
    {
        EnclosingTypes = new List<string>();
        Scopes = EquatableArray.Of(fileUsings);
    }

    /// <summary>The metadata names of the declaring type and the types around it, innermost first.</summary>
    public IReadOnlyList<string> EnclosingTypes { get; }

    /// <summary>The declaring type's type parameters.</summary>
    public EquatableArray<string> TypeParameters { get; }

    /// <summary>The namespaces and usings, innermost first; the last is the file's.</summary>
    public EquatableArray<ImportScope> Scopes { get; }

    public IReadOnlyDictionary<string, BoundType>? TypeArguments { get; }

    /// <summary>The top level of a file, where assembly attributes are written.</summary>
    public static LookupScope ForFile(ImportScope fileUsings) => new(fileUsings);
}

/// <summary>A type reference together with the scope it was written in.</summary>
internal sealed class BoundType
{
    public BoundType(TypeReference reference, LookupScope scope)
    {
        Reference = reference;
        Scope = scope;
    }

    public TypeReference Reference { get; }

    public LookupScope Scope { get; }

    public BoundType With(TypeReference reference) => new(reference, Scope);
}
