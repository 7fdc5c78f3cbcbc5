using System.Collections.Generic;
using FullstackDevelop.Generators.EntityDiscovery.Declarations;

namespace FullstackDevelop.Generators.EntityDiscovery.Resolution;

/// <summary>
/// Where a type reference was written: the declaration part whose namespaces, usings and
/// containing types it is looked up in, and the type arguments that stand for its type parameters
/// when the part belongs to a generic base type.
/// </summary>
internal sealed class LookupScope
{
    public LookupScope(SourceType part, IReadOnlyDictionary<string, BoundType>? typeArguments = null)
    {
        Part = part;
        TypeArguments = typeArguments;
    }

    public SourceType Part { get; }

    public IReadOnlyDictionary<string, BoundType>? TypeArguments { get; }
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
