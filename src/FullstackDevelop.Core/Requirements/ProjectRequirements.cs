using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// The canonical requirements: validated, ordered and versioned. Two sets of declarations that mean
/// the same thing give equal values and the same JSON bytes, whatever their order across files.
/// This is the contract between the generator and the build task.
/// </summary>
/// <param name="Project">The project.</param>
/// <param name="Features">Feature names, sorted.</param>
/// <param name="Entities">Entities, sorted by name.</param>
/// <param name="Requirements">Requirement keys and values, sorted by key.</param>
/// <param name="Agents">Custom agents, sorted by name.</param>
public sealed record ProjectRequirements(
    ProjectInfo Project,
    EquatableArray<string> Features,
    EquatableArray<EntityInfo> Entities,
    EquatableArray<RequirementEntry> Requirements,
    EquatableArray<CustomAgentInfo> Agents)
{
    /// <summary>The version of the snapshot's shape; raised on every incompatible change.</summary>
    public const int SchemaVersion = 2;
}

/// <summary>The project.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Scale">Its scale.</param>
/// <param name="ScaleSource">Where the scale came from.</param>
/// <param name="ExpectedUsers">Expected users, 0 when unknown.</param>
/// <param name="Stack">The technology stack, in declaration order.</param>
public sealed record ProjectInfo(string Name, ProjectScale Scale, ScaleSource ScaleSource, int ExpectedUsers, EquatableArray<string> Stack);

/// <summary>A requirement key and its value.</summary>
/// <param name="Key">The dotted key.</param>
/// <param name="Value">The value.</param>
public sealed record RequirementEntry(string Key, string Value);

/// <summary>An entity.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Table">Its table name.</param>
/// <param name="Fields">Its fields, in source order.</param>
/// <param name="Relations">Its relations to other entities, in source order.</param>
/// <param name="ClrType">The full name of the C# type that declares it, such as <c>Shop.Domain.Book</c>, when it comes from C#.</param>
/// <param name="Ignored">The properties of the C# type that are neither fields nor relations, which EF Core must not map either, in source order.</param>
public sealed record EntityInfo(
    string Name,
    string Table,
    EquatableArray<FieldInfo> Fields,
    EquatableArray<RelationInfo> Relations,
    string? ClrType = null,
    EquatableArray<string> Ignored = default);

/// <summary>A field (column) of an entity.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type: one of <see cref="FieldType.Names"/> or <see cref="FieldType.Enum"/>.</param>
/// <param name="IsKey">Part of the key.</param>
/// <param name="IsRequired">Must have a value.</param>
/// <param name="MaxLength">Maximum length of a string or byte array, if limited.</param>
/// <param name="EnumMembers">The members of an enum field.</param>
/// <param name="EnumType">The full name of an enum field's C# type, such as <c>Shop.Domain.Status</c>.</param>
/// <param name="IsNullable">The C# property can hold null (a nullable value type or an annotated reference), even when <c>[Required]</c> makes the field required.</param>
/// <param name="Rules">The other rules its values follow (lengths, ranges, formats, patterns, decimal digits), or null when it has none.</param>
/// <param name="Access">Who can set the C# property: the API's create requests carry read-write and init-only fields, its update requests read-write fields only.</param>
public sealed record FieldInfo(
    string Name,
    string Type,
    bool IsKey,
    bool IsRequired,
    int? MaxLength,
    EquatableArray<string> EnumMembers,
    string? EnumType = null,
    bool IsNullable = false,
    FieldRules? Rules = null,
    PropertyAccess Access = PropertyAccess.ReadWrite)
{
    /// <summary>The rules, empty when there are none.</summary>
    public FieldRules Constraints => Rules ?? FieldRules.None;
}

/// <summary>How two entities relate.</summary>
public enum RelationKind
{
    /// <summary>This entity holds a reference to one target (a foreign key).</summary>
    ManyToOne,

    /// <summary>This entity has a collection of targets that refer back to it.</summary>
    OneToMany,

    /// <summary>This entity is referred to by at most one target, through the target's foreign key (the principal of a one-to-one).</summary>
    OneToOne,

    /// <summary>This entity has a collection of targets, and each target a collection of these: rows of a join table link them.</summary>
    ManyToMany,
}

/// <summary>A relation from an entity to another.</summary>
/// <param name="Name">The navigation property's name.</param>
/// <param name="Target">The target entity's name.</param>
/// <param name="Kind">The kind of relation.</param>
/// <param name="ForeignKey">The foreign key field of a many-to-one relation.</param>
/// <param name="IsRequired">True when a many-to-one reference must be set.</param>
/// <param name="Inverse">The target's navigation back to this entity, when the relation has one.</param>
/// <param name="IsUnique">For a many-to-one: true when it is the dependent side of a one-to-one, so at most one row may refer to each target.</param>
/// <param name="Join">For a many-to-many: the join table and its columns.</param>
public sealed record RelationInfo(
    string Name,
    string Target,
    RelationKind Kind,
    string? ForeignKey,
    bool IsRequired,
    string? Inverse = null,
    bool IsUnique = false,
    JoinTableInfo? Join = null);

/// <summary>The join table of a many-to-many relation, seen from one side.</summary>
/// <param name="Table">The table's name: both entity names in ordinal order, such as <c>ClinicDoctor</c>.</param>
/// <param name="Column">The column that holds this entity's key, such as <c>DoctorId</c>.</param>
/// <param name="TargetColumn">The column that holds the target's key.</param>
public sealed record JoinTableInfo(string Table, string Column, string TargetColumn);

/// <summary>A custom agent.</summary>
/// <param name="Name">Its name.</param>
/// <param name="DependsOn">The agents it depends on, sorted.</param>
/// <param name="Reads">The key prefixes it reads, sorted.</param>
/// <param name="Version">Its version.</param>
/// <param name="EstimatedMinutes">Its estimated duration in minutes.</param>
/// <param name="Command">Its command, if any.</param>
/// <param name="Outputs">The files its command writes, sorted.</param>
/// <param name="Templates">The templates it renders, sorted by output path; empty for a command agent.</param>
public sealed record CustomAgentInfo(
    string Name,
    EquatableArray<string> DependsOn,
    EquatableArray<string> Reads,
    string Version,
    int EstimatedMinutes,
    string? Command,
    EquatableArray<string> Outputs,
    EquatableArray<CustomAgentTemplate> Templates = default);

/// <summary>A template a custom agent renders.</summary>
/// <param name="Template">The template's name in the catalog.</param>
/// <param name="Output">The path of the file it renders, relative to the output folder; with an entity placeholder when <paramref name="PerEntity"/>.</param>
/// <param name="PerEntity">True when it is rendered once per entity.</param>
public sealed record CustomAgentTemplate(string Template, string Output, bool PerEntity);
