using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>
/// C# name lookup over the project's declarations, without a compilation: containing types, then
/// each namespace from the innermost out with the usings written at that level, global usings at
/// the top. Names the source does not declare resolve to <see cref="WellKnownTypes"/> or to the
/// types read from the references; the rest are remembered so the next step can read them.
/// </summary>
internal sealed class TypeNameLookup
{
    private readonly SourceTypeIndex _index;
    private readonly IReadOnlyDictionary<string, ExternalType> _external;
    private readonly SortedSet<string> _wanted = new(StringComparer.Ordinal);

    public TypeNameLookup(SourceTypeIndex index, IReadOnlyDictionary<string, ExternalType> external)
    {
        _index = index;
        _external = external;
    }

    /// <summary>The metadata names of types that were not found and should be looked up in the references.</summary>
    public IEnumerable<string> Wanted => _wanted;

    /// <summary>Looks a type name up where it was written.</summary>
    /// <param name="name">A <see cref="TypeReferenceKind.Named"/> reference.</param>
    /// <param name="scope">Where it was written.</param>
    /// <param name="fromReferences">Whether to look in the references (and ask for the name when not read yet).</param>
    public TypeTarget Find(TypeReference name, LookupScope scope, bool fromReferences = true)
    {
        if (name.Qualifier.Count == 0 && name.Arguments.Count == 0 && scope.TypeParameters.Contains(name.Name))
        {
            return TypeTarget.Parameter(name.Name);
        }

        var candidates = Candidates(name, scope).Distinct(StringComparer.Ordinal).ToList();
        foreach (var candidate in candidates)
        {
            if (_index.Find(candidate) is { } group)
            {
                return TypeTarget.InSource(group);
            }

            if (WellKnownTypes.TryGet(candidate, out var kind))
            {
                return TypeTarget.Known(candidate, kind);
            }
        }

        if (fromReferences)
        {
            foreach (var candidate in candidates)
            {
                if (_external.TryGetValue(candidate, out var external))
                {
                    return TypeTarget.FromReferences(external);
                }
            }

            _wanted.UnionWith(candidates);
        }

        return TypeTarget.NotFound(name.Written);
    }

    /// <summary>
    /// The target of the using alias a simple name stands for when that target is a constructed generic type
    /// (<c>using Tags = List&lt;string&gt;;</c>), which a metadata name cannot say; null otherwise, or when a type
    /// of that name is found first.
    /// </summary>
    public TypeReference? GenericAlias(TypeReference name, LookupScope scope)
    {
        if (name.Kind != TypeReferenceKind.Named || name.IsGlobal || name.Qualifier.Count > 0 || name.Arguments.Count > 0)
        {
            return null;
        }

        for (var level = 0; level < scope.Scopes.Count; level++)
        {
            var imports = scope.Scopes[level];
            var aliases = level == scope.Scopes.Count - 1 ? imports.Aliases.Concat(_index.GlobalUsings.Aliases) : imports.Aliases;
            if (aliases.FirstOrDefault(a => a.Alias == name.Name) is { } alias)
            {
                return alias.Target.Arguments.Count > 0 && Find(name, scope, fromReferences: false).Kind == TypeTargetKind.Missing ? alias.Target : null;
            }
        }

        return null;
    }

    /// <summary>The metadata name an attribute's name resolves to in the project or among <see cref="WellKnownTypes"/>: <c>[X]</c> means <c>XAttribute</c>, or <c>X</c> itself.</summary>
    public string? AttributeName(SourceAttribute attribute, LookupScope scope)
    {
        var written = attribute.Name;
        foreach (var name in new[] { written.Name + "Attribute", written.Name })
        {
            var target = Find(written with { Name = name }, scope, fromReferences: false);
            if (target.Kind is TypeTargetKind.Source or TypeTargetKind.WellKnown)
            {
                return target.MetadataName;
            }
        }

        return null;
    }

    // A using inside 'namespace A.B' names a namespace as code there would: A.B.X, then A.X, then X.
    private static IEnumerable<string> Relative(string @namespace, string imported)
    {
        for (var prefix = @namespace; prefix.Length > 0; prefix = prefix.LastIndexOf('.') is var dot and >= 0 ? prefix.Substring(0, dot) : string.Empty)
        {
            yield return prefix + "." + imported;
        }

        yield return imported;
    }

    private IEnumerable<string> Candidates(TypeReference name, LookupScope scope)
    {
        var arity = name.Arguments.Count > 0 ? "`" + name.Arguments.Count : string.Empty;
        var dotted = string.Join(".", name.Qualifier.Append(name.Name)) + arity;
        if (name.IsGlobal)
        {
            yield return dotted;
            yield break;
        }

        if (name.Qualifier.Count == 0)
        {
            // Nested types of the declaring type and of the types around it come first.
            foreach (var container in scope.EnclosingTypes)
            {
                yield return container + "+" + name.Name + arity;
            }
        }

        for (var level = 0; level < scope.Scopes.Count; level++)
        {
            var imports = scope.Scopes[level];
            yield return imports.Namespace.Length == 0 ? dotted : imports.Namespace + "." + dotted;

            var isFileLevel = level == scope.Scopes.Count - 1;
            var aliases = isFileLevel ? imports.Aliases.Concat(_index.GlobalUsings.Aliases) : imports.Aliases;
            var first = name.Qualifier.Count > 0 ? name.Qualifier[0] : name.Name;
            foreach (var alias in aliases.Where(a => a.Alias == first && a.Target.Arguments.Count == 0))
            {
                foreach (var target in Relative(imports.Namespace, string.Join(".", alias.Target.Qualifier.Append(alias.Target.Name))))
                {
                    yield return name.Qualifier.Count == 0
                        ? target + arity
                        : target + "." + string.Join(".", name.Qualifier.Skip(1).Append(name.Name)) + arity;
                }
            }

            if (name.Qualifier.Count == 0)
            {
                var namespaces = isFileLevel ? imports.Imports.Concat(_index.GlobalUsings.Imports) : imports.Imports;
                foreach (var imported in namespaces)
                {
                    foreach (var target in Relative(imports.Namespace, imported))
                    {
                        yield return target + "." + name.Name + arity;
                    }
                }

                var types = isFileLevel ? imports.StaticImports.Concat(_index.GlobalUsings.StaticImports) : imports.StaticImports;
                foreach (var imported in types)
                {
                    foreach (var target in Relative(imports.Namespace, imported))
                    {
                        yield return target + "+" + name.Name + arity;
                    }
                }
            }
        }

        // Outer.Inner: a nested type reached through its containing type's name.
        if (name.Qualifier.Count > 0)
        {
            var outer = new TypeReference(TypeReferenceKind.Named, name.Qualifier[name.Qualifier.Count - 1], Core.Collections.EquatableArray.From(name.Qualifier.Take(name.Qualifier.Count - 1)), default, false);
            if (Find(outer, scope, fromReferences: false) is { Kind: TypeTargetKind.Source } container)
            {
                yield return container.MetadataName + "+" + name.Name + arity;
            }
        }
    }
}
