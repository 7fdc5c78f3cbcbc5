using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.EntityDiscovery.Declarations;

namespace FullstackDevelop.Generators.EntityDiscovery.Resolution;

/// <summary>
/// Evaluates the constant expressions of entity annotations: literals, <c>nameof</c>, and
/// <c>const</c> fields declared in the project (in the type itself, a type around it, or by
/// <c>Type.Name</c>), following one constant to another.
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

    /// <summary>The value (an <see cref="int"/> or a <see cref="string"/>), or null when it cannot be read.</summary>
    public object? Evaluate(ConstantExpression expression, LookupScope scope) => Evaluate(expression, scope, 0);

    private object? Evaluate(ConstantExpression expression, LookupScope scope, int depth) => expression.Kind switch
    {
        ConstantKind.Integer => expression.Number,
        ConstantKind.String => expression.Text,
        ConstantKind.Reference when depth < MaxDepth => Reference(expression.Text, scope, depth),
        _ => null,
    };

    private object? Reference(string dottedName, LookupScope scope, int depth)
    {
        var parts = dottedName.Split('.');
        var name = parts[parts.Length - 1];
        if (parts.Length == 1)
        {
            // An unqualified constant: a member of the declaring type or of a type around it.
            foreach (var container in scope.Part.ContainingTypes.Prepend(scope.Part.MetadataName))
            {
                if (_index.Find(container) is { } group && Find(group, name, depth) is { } value)
                {
                    return value;
                }
            }

            return null;
        }

        var typeName = new TypeReference(TypeReferenceKind.Named, parts[parts.Length - 2], EquatableArray.From(parts.Take(parts.Length - 2)), default, false);
        return _lookup.Find(typeName, scope, fromReferences: false) is { Kind: TypeTargetKind.Source } target
            ? Find(target.Source!, name, depth)
            : null;
    }

    private object? Find(SourceTypeGroup group, string name, int depth)
    {
        foreach (var part in group.Parts)
        {
            foreach (var constant in part.Constants)
            {
                if (constant.Name == name)
                {
                    return Evaluate(constant.Value, new LookupScope(part), depth + 1);
                }
            }
        }

        return null;
    }
}
