using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.Model;

namespace FullstackDevelop.Generators.Parsing.Declarations;

/// <summary>An attribute as written on a type or property.</summary>
/// <param name="Name">The attribute's name as written, without the <c>Attribute</c> suffix lookup applied.</param>
/// <param name="Arguments">The positional arguments.</param>
/// <param name="NamedArguments">The <c>Name = value</c> arguments.</param>
/// <param name="Location">Where the attribute is, for diagnostics.</param>
internal sealed record SourceAttribute(
    TypeReference Name,
    EquatableArray<ConstantExpression> Arguments,
    EquatableArray<NamedConstant> NamedArguments,
    SourceAnchor? Location);

/// <summary>A named attribute argument, or a <c>const</c> field: a name and its constant expression.</summary>
internal sealed record NamedConstant(string Name, ConstantExpression Value);
