using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;

namespace FullstackDevelop.Generators.Tests.Oracle;

/// <summary>One line that says everything a <see cref="PropertyDeclaration"/> holds, to compare and to show in failures.</summary>
internal static class PropertyText
{
    public static string Of(PropertyDeclaration property) =>
        property.ClrType
        + (property.IsNullable ? " nullable" : string.Empty)
        + (property.IsCollection ? (property.IsReadOnlyCollection ? " read-only collection" : " collection") : string.Empty)
        + (property.EntityTarget is null ? string.Empty : " entity " + property.EntityTarget)
        + (property.EnumMembers.Count == 0 ? string.Empty : " enum [" + string.Join(", ", property.EnumMembers) + "]")
        + " " + property.Access
        + (property.IsRequiredMember ? " required" : string.Empty)
        + (property.HasInitializer ? " initialized" : string.Empty)
        + string.Concat(property.Annotations.Select(Annotation));

    private static string Annotation(AnnotationDeclaration annotation) =>
        " [" + annotation.ShortName + "(" + string.Join(", ", annotation.Arguments.Select(Value).Concat(annotation.NamedArguments.Select(n => n.Name + " = " + Value(n.Value)))) + ")]";

    private static string Value(AnnotationValue value) => value.Kind + ":" + value.Text;
}
