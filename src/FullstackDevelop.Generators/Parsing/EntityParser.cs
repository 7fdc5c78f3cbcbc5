using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Model;
using Microsoft.CodeAnalysis;

namespace FullstackDevelop.Generators.Parsing;

/// <summary>Reads an <c>[Entity]</c> type's properties and data annotations into a declaration.</summary>
internal static class EntityParser
{
    private static readonly SymbolDisplayFormat ClrNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.ExpandNullable);

    public static EntityModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return null;
        }

        var attribute = context.Attributes.FirstOrDefault();
        var properties = new List<PropertyDeclaration>();
        var locations = new List<LocationInfo?>();
        foreach (var property in PublicProperties(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            properties.Add(ReadProperty(property));
            locations.Add(LocationInfo.From(property.Locations.FirstOrDefault()));
        }

        var declaration = new EntityDeclaration(
            type.Name,
            type.ToDisplayString(ClrNameFormat),
            attribute is null ? null : AttributeArguments.NamedString(attribute, "Table"),
            EquatableArray.From(properties));
        return new EntityModel(declaration, LocationInfo.From(attribute?.ApplicationSyntaxReference), EquatableArray.From(locations));
    }

    // Base types first; within a type, in source order by file path then position, so a partial
    // type split over files gives the same order whatever order the compiler sees the files in.
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
            var own = declaring.GetMembers()
                .OfType<IPropertySymbol>()
                .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer && p.GetMethod is not null)
                .OrderBy(p => p.Locations.FirstOrDefault()?.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(p => p.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0);
            foreach (var property in own)
            {
                // A derived type's override or 'new' property replaces the base's.
                if (seen.Add(property.Name))
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

        var element = CollectionElement(type);
        var target = element ?? type;
        var attributes = property.GetAttributes();
        return new PropertyDeclaration(
            property.Name,
            target.ToDisplayString(ClrNameFormat),
            isNullable,
            element is not null,
            IsEntity(target) ? target.Name : null,
            target.TypeKind == TypeKind.Enum
                ? EquatableArray.From(target.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name))
                : default,
            Find(attributes, AttributeNames.Key) is not null,
            Find(attributes, AttributeNames.Required) is not null,
            MaxLength(attributes),
            Find(attributes, AttributeNames.ForeignKey) is { } foreignKey ? AttributeArguments.String(foreignKey, 0) : null);
    }

    // The element type of an array (other than byte[]) or of a generic IEnumerable<T> (other than string).
    private static ITypeSymbol? CollectionElement(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Byte ? null : array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        var candidates = type is INamedTypeSymbol named ? new[] { named }.Concat(type.AllInterfaces) : type.AllInterfaces;
        return candidates
            .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?
            .TypeArguments[0];
    }

    private static bool IsEntity(ITypeSymbol type) => Find(type.GetAttributes(), AttributeNames.Entity) is not null;

    private static int? MaxLength(IEnumerable<AttributeData> attributes)
    {
        var attribute = Find(attributes, AttributeNames.MaxLength) ?? Find(attributes, AttributeNames.StringLength);
        return attribute is not null && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int length
            ? length
            : null;
    }

    private static AttributeData? Find(IEnumerable<AttributeData> attributes, string metadataName) =>
        attributes.FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);
}
