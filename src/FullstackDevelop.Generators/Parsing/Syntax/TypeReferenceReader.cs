using System.Collections.Generic;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.Parsing.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FullstackDevelop.Generators.Parsing.Syntax;

/// <summary>Reads type syntax into a <see cref="TypeReference"/>, without binding.</summary>
internal static class TypeReferenceReader
{
    public static TypeReference Read(TypeSyntax syntax) => syntax switch
    {
        PredefinedTypeSyntax predefined => Predefined(predefined),
        NullableTypeSyntax nullable => Wrap(TypeReferenceKind.Nullable, Read(nullable.ElementType)),
        ArrayTypeSyntax { RankSpecifiers.Count: 1 } array when array.RankSpecifiers[0].Rank == 1 => Wrap(TypeReferenceKind.Array, Read(array.ElementType)),
        NameSyntax name => ReadName(name) ?? Unsupported(syntax),
        _ => Unsupported(syntax),
    };

    /// <summary>Reads a name (an attribute's, or a using alias target); null for forms lookup does not handle.</summary>
    public static TypeReference? ReadName(NameSyntax syntax)
    {
        var isGlobal = false;
        if (syntax is AliasQualifiedNameSyntax aliased)
        {
            if (!aliased.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword))
            {
                return null;
            }

            isGlobal = true;
            syntax = aliased.Name;
        }

        var qualifier = new List<string>();
        var current = syntax;
        var parts = new Stack<SimpleNameSyntax>();
        while (current is QualifiedNameSyntax qualified)
        {
            parts.Push(qualified.Right);
            current = qualified.Left;
        }

        if (current is AliasQualifiedNameSyntax inner)
        {
            if (!inner.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword))
            {
                return null;
            }

            isGlobal = true;
            current = inner.Name;
        }

        if (current is not SimpleNameSyntax first)
        {
            return null;
        }

        parts.Push(first);
        SimpleNameSyntax? last = null;
        while (parts.Count > 0)
        {
            var part = parts.Pop();
            if (parts.Count == 0)
            {
                last = part;
            }
            else if (part is GenericNameSyntax)
            {
                // A member of a generic type (Outer<T>.Inner): not a shape entities use.
                return null;
            }
            else
            {
                qualifier.Add(part.Identifier.ValueText);
            }
        }

        var arguments = new List<TypeReference>();
        if (last is GenericNameSyntax generic)
        {
            foreach (var argument in generic.TypeArgumentList.Arguments)
            {
                arguments.Add(Read(argument));
            }
        }

        return new TypeReference(TypeReferenceKind.Named, last!.Identifier.ValueText, EquatableArray.From(qualifier), EquatableArray.From(arguments), isGlobal);
    }

    private static TypeReference Wrap(TypeReferenceKind kind, TypeReference element) =>
        new(kind, string.Empty, default, EquatableArray.Of(element), false);

    private static TypeReference Unsupported(TypeSyntax syntax) =>
        new(TypeReferenceKind.Unsupported, syntax.ToString(), default, default, false);

    private static TypeReference Predefined(PredefinedTypeSyntax syntax)
    {
        var name = syntax.Keyword.Kind() switch
        {
            SyntaxKind.BoolKeyword => "System.Boolean",
            SyntaxKind.ByteKeyword => "System.Byte",
            SyntaxKind.SByteKeyword => "System.SByte",
            SyntaxKind.ShortKeyword => "System.Int16",
            SyntaxKind.UShortKeyword => "System.UInt16",
            SyntaxKind.IntKeyword => "System.Int32",
            SyntaxKind.UIntKeyword => "System.UInt32",
            SyntaxKind.LongKeyword => "System.Int64",
            SyntaxKind.ULongKeyword => "System.UInt64",
            SyntaxKind.FloatKeyword => "System.Single",
            SyntaxKind.DoubleKeyword => "System.Double",
            SyntaxKind.DecimalKeyword => "System.Decimal",
            SyntaxKind.CharKeyword => "System.Char",
            SyntaxKind.StringKeyword => "System.String",
            SyntaxKind.ObjectKeyword => "System.Object",
            _ => null,
        };
        return name is null
            ? Unsupported(syntax)
            : new TypeReference(TypeReferenceKind.Predefined, name, default, default, false);
    }
}
