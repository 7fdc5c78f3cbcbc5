using System.Linq;
using FullstackDevelop.Core.Collections;
using Microsoft.CodeAnalysis;

namespace FullstackDevelop.Generators.Parsing;

/// <summary>Reads an attribute's arguments, tolerating the half-typed code an IDE sees.</summary>
internal static class AttributeArguments
{
    public static string? String(AttributeData attribute, int position) =>
        attribute.ConstructorArguments.Length > position ? AsString(attribute.ConstructorArguments[position]) : null;

    public static int Int(AttributeData attribute, int position) =>
        attribute.ConstructorArguments.Length > position && attribute.ConstructorArguments[position].Value is int value ? value : 0;

    public static string? NamedString(AttributeData attribute, string name) =>
        Named(attribute, name) is { } constant ? AsString(constant) : null;

    public static int? NamedInt(AttributeData attribute, string name) =>
        Named(attribute, name) is { Value: int value } ? value : null;

    public static EquatableArray<string> NamedStrings(AttributeData attribute, string name)
    {
        if (Named(attribute, name) is not { Kind: TypedConstantKind.Array, IsNull: false } constant)
        {
            return default;
        }

        return EquatableArray.From(constant.Values.Select(value => AsString(value) ?? string.Empty));
    }

    private static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static string? AsString(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Error || constant.IsNull ? null : constant.Value as string;
}
