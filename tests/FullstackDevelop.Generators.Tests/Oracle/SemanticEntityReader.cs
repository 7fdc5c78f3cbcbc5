using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FullstackDevelop.Generators.Tests.Oracle;

/// <summary>An entity the compiler sees, and where each of its properties is declared.</summary>
internal sealed record SemanticEntity(EntityDeclaration Declaration, IReadOnlyList<Location> PropertySpans);

/// <summary>
/// The oracle: reads the <c>[Entity]</c> types of a compilation from the compiler's symbols, as the generator's
/// syntactic reader promises to read them (see <see cref="PropertyDeclaration"/>): the type's full name without
/// nullability, nullable value types and annotated or oblivious references as nullable, the element type of the
/// collections FullstackDevelop knows, enum members, and the constant values of known attributes.
/// </summary>
internal static class SemanticEntityReader
{
    private const string EntityAttribute = "FullstackDevelop.EntityAttribute";

    // The generic collections the random projects use, and whether items can be added to them.
    private static readonly Dictionary<string, bool> Collections = new(StringComparer.Ordinal)
    {
        ["System.Collections.Generic.List`1"] = false,
        ["System.Collections.Generic.ICollection`1"] = false,
        ["System.Collections.Generic.IList`1"] = false,
        ["System.Collections.Generic.HashSet`1"] = false,
        ["System.Collections.Generic.IReadOnlyList`1"] = true,
        ["System.Collections.Generic.IEnumerable`1"] = true,
    };

    private static readonly SymbolDisplayFormat FullName = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.ExpandNullable);

    public static IReadOnlyList<SemanticEntity> Read(Compilation compilation) =>
        Types(compilation.Assembly.GlobalNamespace)
            .Where(type => type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == EntityAttribute))
            .Select(type => Read(compilation, type))
            .OrderBy(entity => entity.Declaration.FullName, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container) =>
        container.GetMembers().SelectMany(member => member switch
        {
            INamespaceSymbol ns => Types(ns),
            INamedTypeSymbol type => Types(type).Prepend(type),
            _ => Enumerable.Empty<INamedTypeSymbol>(),
        });

    private static SemanticEntity Read(Compilation compilation, INamedTypeSymbol type)
    {
        var entity = type.GetAttributes().First(a => a.AttributeClass?.ToDisplayString() == EntityAttribute);
        var table = entity.NamedArguments.Where(a => a.Key == "Table").Select(a => a.Value.Value as string).FirstOrDefault();

        // Source order, as the generator promises for partial types: by file path, then position.
        var properties = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer && p.GetMethod is not null)
            .OrderBy(p => p.Locations[0].SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(p => p.Locations[0].SourceSpan.Start)
            .ToList();
        var declarations = properties.Select(p => Property(compilation, p)).ToList();
        return new SemanticEntity(
            new EntityDeclaration(type.Name, type.ToDisplayString(FullName), table, EquatableArray.From(declarations)),
            properties.Select(p => p.DeclaringSyntaxReferences[0].GetSyntax().GetLocation()).ToList());
    }

    private static PropertyDeclaration Property(Compilation compilation, IPropertySymbol property)
    {
        var type = property.Type;
        bool isNullable;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            isNullable = true;
        }
        else
        {
            isNullable = !type.IsValueType && type.NullableAnnotation != NullableAnnotation.NotAnnotated;
        }

        var (element, isReadOnly) = Collection(type);
        var target = element ?? type;
        return new PropertyDeclaration(
            property.Name,
            target.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(FullName),
            isNullable,
            element is not null,
            target.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == EntityAttribute) ? target.Name : null,
            target.TypeKind == TypeKind.Enum ? EquatableArray.From(target.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name)) : default,
            EquatableArray.From(property.GetAttributes().Where(a => IsAnnotation(a)).Select(Annotation)),
            Access(property),
            element is not null && isReadOnly,
            property.IsRequired,
            HasInitializer(compilation, property));
    }

    private static (ITypeSymbol? Element, bool IsReadOnly) Collection(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Byte ? (null, false) : (array.ElementType, true);
        }

        if (type is INamedTypeSymbol { TypeArguments.Length: 1 } named
            && Collections.TryGetValue(named.OriginalDefinition.ContainingNamespace.ToDisplayString() + "." + named.MetadataName, out var isReadOnly))
        {
            return (named.TypeArguments[0], isReadOnly);
        }

        return (null, false);
    }

    private static bool IsAnnotation(AttributeData attribute) =>
        attribute.AttributeClass is { } type && AnnotationNames.All.Contains(MetadataName(type));

    private static AnnotationDeclaration Annotation(AttributeData attribute)
    {
        var name = MetadataName(attribute.AttributeClass!);
        return AnnotationNames.SupportOf(name) != AnnotationSupport.Supported
            ? AnnotationDeclaration.Of(name)
            : new AnnotationDeclaration(
                name,
                EquatableArray.From(attribute.ConstructorArguments.Select(Value)),
                EquatableArray.From(attribute.NamedArguments.Select(named => new NamedAnnotationValue(named.Key, Value(named.Value)))));
    }

    private static AnnotationValue Value(TypedConstant constant) => constant.Value switch
    {
        null => AnnotationValue.Null,
        int or long or short or byte => AnnotationValue.WholeNumber(Convert.ToInt64(constant.Value, CultureInfo.InvariantCulture)),
        double number => AnnotationValue.Number(number),
        string text => AnnotationValue.Quoted(text),
        bool flag => AnnotationValue.Boolean(flag),
        ITypeSymbol type => AnnotationValue.Type(type.ToDisplayString(FullName)),
        _ => throw new InvalidOperationException("The oracle does not read constants of type " + constant.Value.GetType()),
    };

    private static string MetadataName(INamedTypeSymbol type) => type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;

    private static PropertyAccess Access(IPropertySymbol property) => property.SetMethod switch
    {
        null => PropertyAccess.GetOnly,
        { DeclaredAccessibility: Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal } => PropertyAccess.NonPublicSetter,
        { IsInitOnly: true } => PropertyAccess.InitOnly,
        _ => PropertyAccess.ReadWrite,
    };

    // A value other than null or the type's default; a record's positional parameter has none.
    private static bool HasInitializer(Compilation compilation, IPropertySymbol property)
    {
        if (property.DeclaringSyntaxReferences[0].GetSyntax() is not PropertyDeclarationSyntax { Initializer.Value: { } value } syntax)
        {
            return false;
        }

        var constant = compilation.GetSemanticModel(syntax.SyntaxTree).GetConstantValue(value);
        return !(constant.HasValue && constant.Value is null) && !value.IsKind(SyntaxKind.DefaultLiteralExpression);
    }
}
