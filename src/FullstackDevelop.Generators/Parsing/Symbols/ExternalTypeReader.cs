using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;
using FullstackDevelop.Generators.Parsing.Declarations;
using Microsoft.CodeAnalysis;

namespace FullstackDevelop.Generators.Parsing.Symbols;

/// <summary>
/// Reads the few types entities use that the project's source does not declare, from the
/// references. This is the only entity step that binds; it runs on every compilation, so it does
/// nothing when every name resolved from source or <see cref="Resolution.WellKnownTypes"/>.
/// </summary>
internal static class ExternalTypeReader
{
    private static readonly SymbolDisplayFormat ClrNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.ExpandNullable);

    private static readonly SymbolDisplayFormat DefinitionNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    public static EquatableArray<ExternalType> Read(EquatableArray<string> metadataNames, Compilation compilation, CancellationToken cancellationToken)
    {
        if (metadataNames.Count == 0)
        {
            return default;
        }

        var found = new List<ExternalType>();
        foreach (var name in metadataNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    found.Add(Read(name, type));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A type that cannot be read is as good as missing: the compiler reports what is wrong with it,
                // and no exception may leave the generator.
            }
        }

        return EquatableArray.From(found);
    }

    private static ExternalType Read(string metadataName, INamedTypeSymbol type)
    {
        var kind = type.TypeKind switch
        {
            TypeKind.Class => ExternalTypeKind.Class,
            TypeKind.Struct => ExternalTypeKind.Struct,
            TypeKind.Enum => ExternalTypeKind.Enum,
            _ => ExternalTypeKind.Other,
        };
        return new ExternalType(
            metadataName,
            type.ToDisplayString(DefinitionNameFormat),
            type.Name,
            kind,
            IsEntity(type),
            kind == ExternalTypeKind.Enum ? EnumMembers(type) : default,
            kind == ExternalTypeKind.Class ? EquatableArray.From(PublicProperties(type).Select(ReadProperty)) : default);
    }

    // Base types first, as for an entity declared in source; a property hidden by a derived one appears once.
    private static IEnumerable<IPropertySymbol> PublicProperties(INamedTypeSymbol type)
    {
        var chain = new Stack<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Push(current);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.DeclaredAccessibility == Accessibility.Public && !property.IsStatic && !property.IsIndexer && property.GetMethod is not null && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    private static PropertyDeclaration ReadProperty(IPropertySymbol property)
    {
        var type = property.Type;
        var isNullable = type.NullableAnnotation != NullableAnnotation.NotAnnotated && !type.IsValueType;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            isNullable = true;
        }

        var (element, isReadOnly) = Collection(type);
        var target = element ?? type;
        return new PropertyDeclaration(
            property.Name,
            target.ToDisplayString(ClrNameFormat),
            isNullable,
            element is not null,
            IsEntity(target) ? target.Name : null,
            target.TypeKind == TypeKind.Enum && target is INamedTypeSymbol enumeration ? EnumMembers(enumeration) : default,
            EquatableArray.From(property.GetAttributes().Select(Annotation).Where(a => a is not null).Select(a => a!)),
            Access(property),
            isReadOnly,
            property.IsRequired,

            // Metadata does not tell whether a property is given a value where it is declared: assumed, not to report a
            // property of another assembly's base class that may well be.
            HasInitializer: true);
    }

    // The generated code is in another assembly than this base class: only public setters count as its own.
    private static PropertyAccess Access(IPropertySymbol property) => property.SetMethod switch
    {
        null => PropertyAccess.GetOnly,
        { DeclaredAccessibility: not Accessibility.Public } => PropertyAccess.NonPublicSetter,
        { IsInitOnly: true } => PropertyAccess.InitOnly,
        _ => PropertyAccess.ReadWrite,
    };

    private static AnnotationDeclaration? Annotation(AttributeData attribute)
    {
        var name = attribute.AttributeClass?.ToDisplayString();
        if (name is null || !Resolution.WellKnownTypes.IsAnnotation(name))
        {
            return null;
        }

        if (AnnotationNames.SupportOf(name) != AnnotationSupport.Supported)
        {
            return AnnotationDeclaration.Of(name);
        }

        return new AnnotationDeclaration(
            name,
            EquatableArray.From(attribute.ConstructorArguments.Select(Value)),
            EquatableArray.From(attribute.NamedArguments.Select(named => new NamedAnnotationValue(named.Key, Value(named.Value)))));
    }

    private static AnnotationValue Value(TypedConstant constant) => constant.Kind switch
    {
        TypedConstantKind.Type when constant.Value is ITypeSymbol type => AnnotationValue.Type(type.ToDisplayString(DefinitionNameFormat)),
        TypedConstantKind.Primitive => constant.Value switch
        {
            null => AnnotationValue.Null,
            string text => AnnotationValue.Quoted(text),
            bool flag => AnnotationValue.Boolean(flag),
            int number => AnnotationValue.WholeNumber(number),
            long number => AnnotationValue.WholeNumber(number),
            double number => AnnotationValue.Number(number),
            float number => new AnnotationValue(AnnotationValueKind.Number, number.ToString("R", CultureInfo.InvariantCulture)),
            _ => AnnotationValue.Unreadable,
        },
        _ => AnnotationValue.Unreadable,
    };

    // The element type of an array (other than byte[]) or of a generic IEnumerable<T> (other than string), and whether
    // items cannot be added to it: an array, or a type that is not an ICollection<T> or is a read-only one.
    private static (ITypeSymbol? Element, bool IsReadOnly) Collection(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Byte ? (null, false) : (array.ElementType, true);
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return (null, false);
        }

        var candidates = (type is INamedTypeSymbol named ? new[] { named }.Concat(type.AllInterfaces) : type.AllInterfaces).ToList();
        var element = candidates
            .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?
            .TypeArguments[0];
        if (element is null)
        {
            return (null, false);
        }

        var mutable = candidates.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_ICollection_T)
            && type.OriginalDefinition.ToDisplayString(DefinitionNameFormat) != "System.Collections.ObjectModel.ReadOnlyCollection";
        return (element, !mutable);
    }

    private static EquatableArray<string> EnumMembers(INamedTypeSymbol type) =>
        EquatableArray.From(type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name));

    private static bool IsEntity(ITypeSymbol type) => Find(type.GetAttributes(), AttributeNames.Entity) is not null;

    private static AttributeData? Find(IEnumerable<AttributeData> attributes, string metadataName) =>
        attributes.FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);
}
