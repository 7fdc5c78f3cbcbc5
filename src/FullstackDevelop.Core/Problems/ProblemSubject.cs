namespace FullstackDevelop.Core.Problems;

/// <summary>The kind of declaration a problem is about.</summary>
public enum DeclarationKind
{
    /// <summary>The project declaration.</summary>
    Project,

    /// <summary>A feature declaration.</summary>
    Feature,

    /// <summary>A requirement key declaration.</summary>
    Requirement,

    /// <summary>A custom agent declaration.</summary>
    Agent,

    /// <summary>An entity declaration.</summary>
    Entity,

    /// <summary>A property of an entity.</summary>
    EntityProperty,

    /// <summary>A template declaration of a custom agent.</summary>
    AgentTemplate,
}

/// <summary>
/// Which declaration a problem is about, so a host can place it at that declaration's location.
/// A declaration is named by its index in the host's input list, or, for problems found after the
/// model is canonical, by its name.
/// </summary>
/// <param name="Kind">The kind of declaration.</param>
/// <param name="Index">The index in the host's list of that kind, or -1 when <paramref name="Name"/> identifies it.</param>
/// <param name="MemberIndex">For <see cref="DeclarationKind.EntityProperty"/>, the property's index; otherwise -1.</param>
/// <param name="Name">The declaration's name when <paramref name="Index"/> is -1.</param>
/// <param name="AnnotationIndex">For an entity or a property, the index of the attribute the problem is about in its annotations; otherwise -1.</param>
public sealed record ProblemSubject(DeclarationKind Kind, int Index, int MemberIndex = -1, string? Name = null, int AnnotationIndex = -1)
{
    /// <summary>The declaration at <paramref name="index"/> in the host's list of <paramref name="kind"/>.</summary>
    public static ProblemSubject At(DeclarationKind kind, int index) => new(kind, index);

    /// <summary>The property <paramref name="propertyIndex"/> of the entity at <paramref name="entityIndex"/>.</summary>
    public static ProblemSubject Property(int entityIndex, int propertyIndex) => new(DeclarationKind.EntityProperty, entityIndex, propertyIndex);

    /// <summary>The attribute <paramref name="annotationIndex"/> of the property <paramref name="propertyIndex"/> of the entity at <paramref name="entityIndex"/>.</summary>
    public static ProblemSubject PropertyAnnotation(int entityIndex, int propertyIndex, int annotationIndex) =>
        new(DeclarationKind.EntityProperty, entityIndex, propertyIndex, AnnotationIndex: annotationIndex);

    /// <summary>The attribute <paramref name="annotationIndex"/> on the entity at <paramref name="entityIndex"/>.</summary>
    public static ProblemSubject EntityAnnotation(int entityIndex, int annotationIndex) =>
        new(DeclarationKind.Entity, entityIndex, AnnotationIndex: annotationIndex);

    /// <summary>The custom agent named <paramref name="name"/>.</summary>
    public static ProblemSubject AgentNamed(string name) => new(DeclarationKind.Agent, -1, -1, name);
}
