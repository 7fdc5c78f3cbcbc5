using FullstackDevelop.Core.Collections;

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
public sealed record RequirementsDeclarations(
    ProjectDeclaration? Project,
    EquatableArray<FeatureDeclaration> Features,
    EquatableArray<RequirementDeclaration> Requirements,
    EquatableArray<AgentDeclaration> Agents,
    EquatableArray<EntityDeclaration> Entities);

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

/// <summary>A class or record marked <c>[Entity]</c>.</summary>
/// <param name="Name">The type's name without namespace.</param>
/// <param name="FullName">The type's fully qualified name, for messages.</param>
/// <param name="Table">The table name from the attribute, if given.</param>
/// <param name="Properties">Its public instance properties, in source order.</param>
public sealed record EntityDeclaration(string Name, string FullName, string? Table, EquatableArray<PropertyDeclaration> Properties);

/// <summary>A public property of an entity, described by its type and its data annotations.</summary>
/// <param name="Name">The property name.</param>
/// <param name="ClrType">The full name of the property's type with nullability stripped (<c>System.Int32</c>), or of the element type for a collection.</param>
/// <param name="IsNullable">True when the type is a nullable value type or an annotated nullable reference.</param>
/// <param name="IsCollection">True when the property is a collection (other than <c>byte[]</c> or <c>string</c>).</param>
/// <param name="EntityTarget">The entity name when the type (or element type) is an <c>[Entity]</c>.</param>
/// <param name="EnumMembers">The member names when the type is an enum.</param>
/// <param name="HasKey">Marked <c>[Key]</c>.</param>
/// <param name="HasRequired">Marked <c>[Required]</c>.</param>
/// <param name="MaxLength">From <c>[MaxLength]</c> or <c>[StringLength]</c>.</param>
/// <param name="ForeignKey">From <c>[ForeignKey]</c> on a navigation property.</param>
public sealed record PropertyDeclaration(
    string Name,
    string ClrType,
    bool IsNullable,
    bool IsCollection,
    string? EntityTarget,
    EquatableArray<string> EnumMembers,
    bool HasKey,
    bool HasRequired,
    int? MaxLength,
    string? ForeignKey);
