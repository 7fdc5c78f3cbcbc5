using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Generators.Parsing.Declarations;

/// <summary>What an attribute argument or a <c>const</c> initializer was written as.</summary>
internal enum ConstantKind
{
    /// <summary>An integer literal; the value is <see cref="ConstantExpression.Number"/>.</summary>
    Integer,

    /// <summary>A string literal, or <c>nameof(...)</c>; the value is <see cref="ConstantExpression.Text"/>.</summary>
    String,

    /// <summary>A name of a constant (<c>Limits.Title</c>), resolved once the project's types are known; the dotted name is <see cref="ConstantExpression.Text"/>.</summary>
    Reference,

    /// <summary>An array (<c>new[] { ... }</c>, <c>new string[] { ... }</c> or <c>[ ... ]</c>) of <see cref="ConstantExpression.Elements"/>.</summary>
    Array,

    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary>An expression the generator does not evaluate; <see cref="ConstantExpression.Text"/> is as written.</summary>
    Unsupported,

    /// <summary>A floating-point or large integer literal; <see cref="ConstantExpression.Text"/> is its invariant round-trip text.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>, as <see cref="ConstantExpression.Text"/>.</summary>
    Boolean,

    /// <summary><c>typeof(T)</c>; T is <see cref="ConstantExpression.Type"/>.</summary>
    TypeOf,
}

/// <summary>A constant expression as written in source: attribute arguments and <c>const</c> fields.</summary>
/// <param name="Kind">What it was written as.</param>
/// <param name="Text">The string value, the dotted name of a reference, or the text of an unsupported expression.</param>
/// <param name="Number">The value of an integer.</param>
/// <param name="Elements">The elements of an array.</param>
/// <param name="Type">The type of a <c>typeof</c>.</param>
internal sealed record ConstantExpression(ConstantKind Kind, string Text, int Number, EquatableArray<ConstantExpression> Elements = default, TypeReference? Type = null)
{
    public static ConstantExpression Null { get; } = new(ConstantKind.Null, "null", 0);

    public static ConstantExpression Integer(int value) => new(ConstantKind.Integer, string.Empty, value);

    public static ConstantExpression String(string value) => new(ConstantKind.String, value, 0);

    public static ConstantExpression Reference(string dottedName) => new(ConstantKind.Reference, dottedName, 0);

    public static ConstantExpression Array(EquatableArray<ConstantExpression> elements, string written) => new(ConstantKind.Array, written, 0, elements);

    public static ConstantExpression Unsupported(string written) => new(ConstantKind.Unsupported, written, 0);

    public static ConstantExpression Numeric(string invariantText) => new(ConstantKind.Number, invariantText, 0);

    public static ConstantExpression Boolean(bool value) => new(ConstantKind.Boolean, value ? "true" : "false", 0);

    public static ConstantExpression TypeOf(TypeReference type, string written) => new(ConstantKind.TypeOf, written, 0, default, type);
}
