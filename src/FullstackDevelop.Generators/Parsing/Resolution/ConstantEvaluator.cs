using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>
/// Evaluates the constant expressions of attribute arguments: literals, <c>nameof</c>, arrays,
/// members of <see cref="WellKnownTypes"/> enums, and <c>const</c> fields declared in the project
/// (in the type itself, a type around it, or by <c>Type.Name</c>), following one constant to another.
/// </summary>
internal sealed class ConstantEvaluator
{
    private const int MaxDepth = 16;

    private readonly SourceTypeIndex _index;
    private readonly TypeNameLookup _lookup;

    public ConstantEvaluator(SourceTypeIndex index, TypeNameLookup lookup)
    {
        _index = index;
        _lookup = lookup;
    }

    /// <summary>
    /// Reads the value: an <see cref="int"/> (an enum member's too), a <see cref="string"/>, null, an array of strings
    /// (with null as ""), a <see cref="bool"/>, a <see cref="NumberConstant"/> or a <see cref="TypeOfConstant"/>.
    /// </summary>
    /// <returns>False when the expression is not a constant the generator can read.</returns>
    public bool TryEvaluate(ConstantExpression expression, LookupScope scope, out object? value)
    {
        value = Evaluate(expression, scope, 0);
        return value is not Unreadable;
    }

    private object? Evaluate(ConstantExpression expression, LookupScope scope, int depth) => expression.Kind switch
    {
        ConstantKind.Integer => expression.Number,
        ConstantKind.String => expression.Text,
        ConstantKind.Null => null,
        ConstantKind.Number => new NumberConstant(expression.Text),
        ConstantKind.Boolean => expression.Text == "true",
        ConstantKind.TypeOf => new TypeOfConstant(TypeName(expression.Type!, scope)),
        ConstantKind.Array => Array(expression, scope, depth),
        ConstantKind.Reference when depth < MaxDepth => Reference(expression.Text, scope, depth) ?? Unreadable.Value,
        _ => Unreadable.Value,
    };

    // A keyword type is already its CLR name; a named one is looked up where it is written.
    private string TypeName(TypeReference type, LookupScope scope) => type.Kind switch
    {
        TypeReferenceKind.Predefined => type.Name,
        TypeReferenceKind.Named => _lookup.Find(type, scope, fromReferences: false).MetadataName,
        _ => type.Written,
    };

    private object Array(ConstantExpression array, LookupScope scope, int depth)
    {
        var items = new string[array.Elements.Count];
        for (var i = 0; i < items.Length; i++)
        {
            switch (Evaluate(array.Elements[i], scope, depth))
            {
                case string text:
                    items[i] = text;
                    break;
                case null:
                    items[i] = string.Empty;
                    break;
                default:
                    return Unreadable.Value;
            }
        }

        return items;
    }

    // A constant that resolves to null would read as "not found", so only non-null constants resolve here.
    private object? Reference(string dottedName, LookupScope scope, int depth)
    {
        var parts = dottedName.Split('.');
        var name = parts[parts.Length - 1];
        if (parts.Length == 1)
        {
            // An unqualified constant: a member of the declaring type or of a type around it.
            foreach (var container in scope.EnclosingTypes)
            {
                if (_index.Find(container) is { } group && Find(group, name, depth) is { } value)
                {
                    return value;
                }
            }

            return null;
        }

        var typeName = new TypeReference(TypeReferenceKind.Named, parts[parts.Length - 2], EquatableArray.From(parts.Take(parts.Length - 2)), default, false);
        var target = _lookup.Find(typeName, scope, fromReferences: false);
        return target.Kind switch
        {
            TypeTargetKind.Source => Find(target.Source!, name, depth),
            TypeTargetKind.WellKnown when WellKnownTypes.TryGetEnumValue(target.MetadataName, name, out var value) => value,
            _ => null,
        };
    }

    private object? Find(SourceTypeGroup group, string name, int depth)
    {
        foreach (var part in group.Parts)
        {
            foreach (var constant in part.Constants)
            {
                if (constant.Name == name)
                {
                    var value = Evaluate(constant.Value, new LookupScope(part), depth + 1);
                    return value is Unreadable ? null : value;
                }
            }
        }

        return null;
    }

    // The result of an expression that cannot be read, told apart from a null constant.
    private sealed class Unreadable
    {
        public static readonly Unreadable Value = new();
    }
}

/// <summary>A floating-point or large integer constant, as invariant round-trip text.</summary>
internal sealed record NumberConstant(string Text);

/// <summary>A <c>typeof(T)</c> constant: T's metadata name, or its name as written when it is not found.</summary>
internal sealed record TypeOfConstant(string MetadataName);
