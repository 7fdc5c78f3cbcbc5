using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements.Annotations;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// What a host read from the user's attributes, as written, in any order, before validation.
/// Hosts fill these from syntax (the generator) and Core turns them into <see cref="ProjectRequirements"/>.
/// </summary>
/// <param name="Project">The project declaration, or <see langword="null"/> when there is none.</param>
/// <param name="Features">Feature declarations.</param>
/// <param name="Requirements">Requirement key declarations.</param>
/// <param name="Agents">Custom agent declarations.</param>
/// <param name="Entities">Entity declarations.</param>
/// <param name="AgentTemplates">The custom agents' template declarations.</param>
/// <param name="ProjectTemplates">The names of the project's templates, which template declarations must name (or a built-in one's); null when the host does not know them, and then this is not checked.</param>
public sealed record RequirementsDeclarations(
    ProjectDeclaration? Project,
    EquatableArray<FeatureDeclaration> Features,
    EquatableArray<RequirementDeclaration> Requirements,
    EquatableArray<AgentDeclaration> Agents,
    EquatableArray<EntityDeclaration> Entities,
    EquatableArray<AgentTemplateDeclaration> AgentTemplates = default,
    EquatableArray<string>? ProjectTemplates = null);

/// <summary>The arguments of <c>[assembly: FullstackProject]</c>.</summary>
/// <param name="Name">The project name.</param>
/// <param name="Scale">The declared scale, 0 for automatic.</param>
/// <param name="ExpectedUsers">The expected users, 0 when unknown.</param>
/// <param name="Stack">The technology stack.</param>
public sealed record ProjectDeclaration(string? Name, int Scale, int ExpectedUsers, EquatableArray<string> Stack);

/// <summary>The argument of one <c>[assembly: Feature]</c>.</summary>
/// <param name="Name">The feature name.</param>
public sealed record FeatureDeclaration(string? Name);

/// <summary>The arguments of one <c>[assembly: Requirement]</c>.</summary>
/// <param name="Key">The dotted key.</param>
/// <param name="Value">The value.</param>
public sealed record RequirementDeclaration(string? Key, string? Value);

/// <summary>The arguments of one <c>[assembly: Agent]</c>.</summary>
/// <param name="Name">The agent name.</param>
/// <param name="DependsOn">Agents it depends on.</param>
/// <param name="Reads">Requirement key prefixes it reads.</param>
/// <param name="Version">Its version.</param>
/// <param name="EstimatedMinutes">Its estimated duration in minutes.</param>
/// <param name="Command">Its command, if any.</param>
/// <param name="Outputs">The files its command writes.</param>
public sealed record AgentDeclaration(
    string? Name,
    EquatableArray<string> DependsOn,
    EquatableArray<string> Reads,
    string? Version,
    int EstimatedMinutes,
    string? Command,
    EquatableArray<string> Outputs);

/// <summary>The arguments of one <c>[assembly: AgentTemplate]</c>.</summary>
/// <param name="Agent">The custom agent's name.</param>
/// <param name="Template">The template's name, or a path to its file.</param>
/// <param name="Output">The path of the file it renders.</param>
/// <param name="PerEntity">True to render it once per entity.</param>
public sealed record AgentTemplateDeclaration(string? Agent, string? Template, string? Output, bool PerEntity);

/// <summary>A class or record marked <c>[Entity]</c>.</summary>
/// <param name="Name">The type's name without namespace.</param>
/// <param name="FullName">The type's fully qualified name, for messages.</param>
/// <param name="Table">The table name from the attribute, if given.</param>
/// <param name="Properties">Its public instance properties, in source order.</param>
/// <param name="Annotations">The attributes on the type other than <c>[Entity]</c> that FullstackDevelop knows, in source order.</param>
/// <param name="BaseEntity">The name of an <c>[Entity]</c> type it derives from, if any.</param>
/// <param name="IsAbstract">True for an abstract class.</param>
/// <param name="HasParameterlessConstructor">True when code in the same assembly can call a constructor without parameters.</param>
/// <param name="DeclaresConstructors">True when the type declares a constructor of its own, which may set its properties.</param>
public sealed record EntityDeclaration(
    string Name,
    string FullName,
    string? Table,
    EquatableArray<PropertyDeclaration> Properties,
    EquatableArray<AnnotationDeclaration> Annotations = default,
    string? BaseEntity = null,
    bool IsAbstract = false,
    bool HasParameterlessConstructor = true,
    bool DeclaresConstructors = false);

/// <summary>Who can set a property, which decides whether EF Core stores it and whether the API's requests carry it.</summary>
public enum PropertyAccess
{
    /// <summary>A <c>set</c> accessor the generated code can call (public or internal).</summary>
    ReadWrite,

    /// <summary>An <c>init</c> accessor the generated code can call: set when a row is created, never updated.</summary>
    InitOnly,

    /// <summary>A private or protected setter: EF Core stores the value, the API only reads it.</summary>
    NonPublicSetter,

    /// <summary>No setter at all (a computed or get-only property): EF Core does not store it.</summary>
    GetOnly,
}

/// <summary>A public property of an entity, described by its type and its attributes.</summary>
/// <param name="Name">The property name.</param>
/// <param name="ClrType">The full name of the property's type with nullability stripped (<c>System.Int32</c>), or of the element type for a collection.</param>
/// <param name="IsNullable">True when the type is a nullable value type or an annotated nullable reference.</param>
/// <param name="IsCollection">True when the property is a collection (other than <c>byte[]</c> or <c>string</c>).</param>
/// <param name="EntityTarget">The entity name when the type (or element type) is an <c>[Entity]</c>.</param>
/// <param name="EnumMembers">The member names when the type is an enum.</param>
/// <param name="Annotations">The attributes on the property that FullstackDevelop knows (<see cref="AnnotationNames"/>), in source order.</param>
/// <param name="Access">Who can set it.</param>
/// <param name="IsReadOnlyCollection">For a collection, true when items cannot be added to it (an array, <c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>).</param>
/// <param name="IsRequiredMember">Declared with C#'s <c>required</c> modifier, so every object initializer must set it.</param>
/// <param name="HasInitializer">Given a value where it is declared (<c>= ...</c>), or, when that cannot be told (a referenced assembly), assumed to be.</param>
public sealed record PropertyDeclaration(
    string Name,
    string ClrType,
    bool IsNullable,
    bool IsCollection,
    string? EntityTarget,
    EquatableArray<string> EnumMembers,
    EquatableArray<AnnotationDeclaration> Annotations = default,
    PropertyAccess Access = PropertyAccess.ReadWrite,
    bool IsReadOnlyCollection = false,
    bool IsRequiredMember = false,
    bool HasInitializer = false);
