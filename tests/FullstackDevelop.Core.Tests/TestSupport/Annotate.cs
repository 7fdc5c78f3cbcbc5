using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;

namespace FullstackDevelop.Core.Tests.TestSupport;

/// <summary>Builds the attributes a host reads from entity properties.</summary>
internal static class Annotate
{
    public static AnnotationDeclaration Key { get; } = AnnotationDeclaration.Of(AnnotationNames.Key);

    public static AnnotationDeclaration Required { get; } = AnnotationDeclaration.Of(AnnotationNames.Required);

    public static AnnotationDeclaration NotMapped { get; } = AnnotationDeclaration.Of(AnnotationNames.NotMapped);

    public static AnnotationDeclaration MaxLength(int length) => AnnotationDeclaration.Of(AnnotationNames.MaxLength, AnnotationValue.WholeNumber(length));

    public static AnnotationDeclaration MinLength(int length) => AnnotationDeclaration.Of(AnnotationNames.MinLength, AnnotationValue.WholeNumber(length));

    public static AnnotationDeclaration ForeignKey(string name) => AnnotationDeclaration.Of(AnnotationNames.ForeignKey, AnnotationValue.Quoted(name));

    public static AnnotationDeclaration Range(double minimum, double maximum) =>
        AnnotationDeclaration.Of(AnnotationNames.Range, AnnotationValue.Number(minimum), AnnotationValue.Number(maximum));

    public static AnnotationDeclaration Range(int minimum, int maximum) =>
        AnnotationDeclaration.Of(AnnotationNames.Range, AnnotationValue.WholeNumber(minimum), AnnotationValue.WholeNumber(maximum));

    public static AnnotationDeclaration Named(this AnnotationDeclaration annotation, string name, AnnotationValue value) =>
        annotation with { NamedArguments = EquatableArray.From(annotation.NamedArguments.Append(new NamedAnnotationValue(name, value))) };

    /// <summary>The property with <paramref name="annotations"/> added after its own.</summary>
    public static PropertyDeclaration With(this PropertyDeclaration property, params AnnotationDeclaration[] annotations) =>
        property with { Annotations = EquatableArray.From(property.Annotations.Concat(annotations)) };
}
