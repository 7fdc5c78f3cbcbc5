using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>
/// Answers what entity discovery asks of a resolved type: its C# name, whether it is a value
/// type, and its element type when it is a collection.
/// </summary>
internal sealed class TypeInspector
{
    private readonly TypeNameLookup _lookup;

    public TypeInspector(TypeNameLookup lookup)
    {
        _lookup = lookup;
    }

    /// <summary>Replaces a type parameter of a generic base type by the type argument the derived type gave it.</summary>
    public static BoundType Substitute(BoundType type)
    {
        var current = type;
        for (var depth = 0; depth < 32; depth++)
        {
            var reference = current.Reference;
            if (reference.Kind != TypeReferenceKind.Named || reference.Qualifier.Count > 0 || reference.Arguments.Count > 0
                || current.Scope.TypeArguments is null || !current.Scope.TypeArguments.TryGetValue(reference.Name, out var argument))
            {
                break;
            }

            current = argument;
        }

        return current;
    }

    // A type parameter's argument, then what a generic using alias stands for: 'Tags' under 'using Tags = List<string>;'.
    private BoundType Expand(BoundType type)
    {
        type = Substitute(type);
        return _lookup.GenericAlias(type.Reference, type.Scope) is { } target ? type.With(target) : type;
    }

    /// <summary>Looks up a named type; null for other kinds of reference.</summary>
    public TypeTarget? Target(BoundType type)
    {
        type = Expand(type);
        return type.Reference.Kind == TypeReferenceKind.Named ? _lookup.Find(type.Reference, type.Scope) : null;
    }

    public bool IsValueType(BoundType type)
    {
        type = Expand(type);
        return type.Reference.Kind switch
        {
            TypeReferenceKind.Predefined => WellKnownTypes.TryGet(type.Reference.Name, out var kind) && kind == WellKnownKind.Struct,
            TypeReferenceKind.Named => Target(type)!.IsValueType,
            TypeReferenceKind.Nullable => IsValueType(type.With(type.Reference.Arguments[0])),
            _ => false,
        };
    }

    /// <summary>The C# name with namespaces and type arguments (<c>System.Collections.Generic.List&lt;Shop.Book&gt;</c>), as the compiler displays it.</summary>
    public string Display(BoundType type)
    {
        type = Expand(type);
        var reference = type.Reference;
        switch (reference.Kind)
        {
            case TypeReferenceKind.Array:
                return Display(type.With(reference.Arguments[0])) + "[]";
            case TypeReferenceKind.Nullable:
                var element = type.With(reference.Arguments[0]);
                return IsValueType(element) ? "System.Nullable<" + Display(element) + ">" : Display(element);
            case TypeReferenceKind.Named:
                var target = Target(type)!;
                var name = target.Kind switch
                {
                    TypeTargetKind.Source => WithoutTypeParameters(target.Source!.First.DisplayName),
                    TypeTargetKind.WellKnown => WithoutArity(target.MetadataName),
                    TypeTargetKind.External => target.External!.DisplayName,
                    _ => string.Join(".", reference.Qualifier.Append(reference.Name)),
                };
                return reference.Arguments.Count == 0
                    ? name
                    : name + "<" + string.Join(", ", reference.Arguments.Select(argument => Display(type.With(argument)))) + ">";
            default:
                return reference.Name;
        }
    }

    /// <summary>
    /// The element type of an array (other than <c>byte[]</c>) or of a generic collection, and whether items can be added
    /// to it (not to an array, <c>IEnumerable&lt;T&gt;</c> or a read-only interface); null for other types.
    /// </summary>
    public (BoundType Element, bool IsReadOnly)? Collection(BoundType type) => Collection(type, new HashSet<SourceTypeGroup>());

    private (BoundType Element, bool IsReadOnly)? Collection(BoundType type, HashSet<SourceTypeGroup> visited)
    {
        type = Expand(type);
        var reference = type.Reference;
        if (reference.Kind == TypeReferenceKind.Array)
        {
            var element = Substitute(type.With(reference.Arguments[0]));
            return IsByte(element) ? null : (element, true);
        }

        var target = reference.Kind == TypeReferenceKind.Named ? Target(type) : null;
        if (target is { Kind: TypeTargetKind.WellKnown, WellKnown: WellKnownKind.Collection or WellKnownKind.ReadOnlyCollection } && reference.Arguments.Count == 1)
        {
            return (Substitute(type.With(reference.Arguments[0])), target.WellKnown == WellKnownKind.ReadOnlyCollection);
        }

        // A collection class of the project's own (BookList : List<Book>) is one through its base types.
        if (target is { Kind: TypeTargetKind.Source } && visited.Add(target.Source!))
        {
            var typeArguments = TypeArguments(target.Source!, type);
            foreach (var part in target.Source!.Parts)
            {
                foreach (var baseType in part.BaseList)
                {
                    if (Collection(new BoundType(baseType, new LookupScope(part, typeArguments)), visited) is { } collection)
                    {
                        return collection;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The type arguments a reference gives a generic source type, by type parameter name.</summary>
    public static IReadOnlyDictionary<string, BoundType>? TypeArguments(SourceTypeGroup group, BoundType reference)
    {
        var parameters = group.First.TypeParameters;
        var arguments = reference.Reference.Arguments;
        if (parameters.Count == 0 || parameters.Count != arguments.Count)
        {
            return null;
        }

        var map = new Dictionary<string, BoundType>();
        for (var i = 0; i < parameters.Count; i++)
        {
            map[parameters[i]] = reference.With(arguments[i]);
        }

        return map;
    }

    private bool IsByte(BoundType type) => type.Reference.Kind switch
    {
        TypeReferenceKind.Predefined => type.Reference.Name == WellKnownTypes.Byte,
        TypeReferenceKind.Named => Target(type) is { Kind: TypeTargetKind.WellKnown, MetadataName: WellKnownTypes.Byte },
        _ => false,
    };

    private static string WithoutTypeParameters(string displayName)
    {
        var angle = displayName.IndexOf('<');
        return angle < 0 ? displayName : displayName.Substring(0, angle);
    }

    private static string WithoutArity(string metadataName)
    {
        var tick = metadataName.IndexOf('`');
        return (tick < 0 ? metadataName : metadataName.Substring(0, tick)).Replace('+', '.');
    }
}
