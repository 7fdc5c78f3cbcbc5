using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Requirements.Annotations;

/// <summary>An attribute on an entity or one of its properties, as written: its type and its constant arguments.</summary>
/// <param name="Name">The attribute's metadata name, one of <see cref="AnnotationNames"/>.</param>
/// <param name="Arguments">The positional arguments.</param>
/// <param name="NamedArguments">The <c>Name = value</c> arguments.</param>
public sealed record AnnotationDeclaration(string Name, EquatableArray<AnnotationValue> Arguments, EquatableArray<NamedAnnotationValue> NamedArguments)
{
    /// <summary>The attribute's name as users write it: <c>Range</c> for <c>System.ComponentModel.DataAnnotations.RangeAttribute</c>.</summary>
    public string ShortName => AnnotationNames.ShortName(Name);

    /// <summary>An attribute without arguments.</summary>
    public static AnnotationDeclaration Of(string name, params AnnotationValue[] arguments) => new(name, EquatableArray.Of(arguments), default);
}

/// <summary>What kind of constant an attribute argument is.</summary>
public enum AnnotationValueKind
{
    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary>An integer; <see cref="AnnotationValue.Text"/> is its invariant text.</summary>
    WholeNumber,

    /// <summary>A floating-point number; <see cref="AnnotationValue.Text"/> is its invariant round-trip text.</summary>
    Number,

    /// <summary>A string; <see cref="AnnotationValue.Text"/> is its value.</summary>
    Text,

    /// <summary><c>true</c> or <c>false</c>, as <see cref="AnnotationValue.Text"/>.</summary>
    Boolean,

    /// <summary><c>typeof(T)</c>; <see cref="AnnotationValue.Text"/> is T's metadata name (<c>System.Decimal</c>).</summary>
    Type,

    /// <summary>A value the host could not read and has already reported; it counts as absent.</summary>
    Unreadable,
}

/// <summary>One constant attribute argument.</summary>
/// <param name="Kind">What kind of constant it is.</param>
/// <param name="Text">Its value as text (see <see cref="AnnotationValueKind"/>).</param>
public sealed record AnnotationValue(AnnotationValueKind Kind, string Text)
{
    /// <summary>An integer argument.</summary>
    public static AnnotationValue WholeNumber(long value) => new(AnnotationValueKind.WholeNumber, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A floating-point argument.</summary>
    public static AnnotationValue Number(double value) => new(AnnotationValueKind.Number, value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A string argument.</summary>
    public static AnnotationValue Quoted(string value) => new(AnnotationValueKind.Text, value);

    /// <summary>A Boolean argument.</summary>
    public static AnnotationValue Boolean(bool value) => new(AnnotationValueKind.Boolean, value ? "true" : "false");

    /// <summary>A <c>typeof</c> argument.</summary>
    public static AnnotationValue Type(string metadataName) => new(AnnotationValueKind.Type, metadataName);

    /// <summary>A <c>null</c> argument.</summary>
    public static AnnotationValue Null { get; } = new(AnnotationValueKind.Null, "null");

    /// <summary>An argument the host could not read.</summary>
    public static AnnotationValue Unreadable { get; } = new(AnnotationValueKind.Unreadable, string.Empty);

    /// <summary>True for an integer or floating-point number.</summary>
    public bool IsNumeric => Kind is AnnotationValueKind.WholeNumber or AnnotationValueKind.Number;
}

/// <summary>A <c>Name = value</c> attribute argument.</summary>
/// <param name="Name">The property or field it sets.</param>
/// <param name="Value">The value.</param>
public sealed record NamedAnnotationValue(string Name, AnnotationValue Value);
