using System;
using System.Linq;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Backend;

/// <summary>
/// What the C# backend templates render: the requirements seen as an ASP.NET Core and EF Core
/// application, with every C# name and type worked out, so the templates only lay out text.
/// </summary>
/// <param name="Settings">The choices that apply to every generated file.</param>
/// <param name="Entities">The entities, by name.</param>
public sealed record BackendModel(BackendSettings Settings, EquatableArray<BackendEntity> Entities)
{
    /// <summary>
    /// The C# types of the enum fields of every entity, each once, in the order they first appear: the JSON options
    /// get a string converter for each, so enums travel by name.
    /// </summary>
    public EquatableArray<string> EnumTypes => EquatableArray.From(
        Entities.SelectMany(entity => entity.Fields).Where(column => column.IsEnum).Select(column => column.Type).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// The C# types of every entity's fields, each once, in the order they first appear: what a provider's conventions
    /// must handle, such as <c>global::System.TimeSpan</c>, which SQLite cannot order by without a conversion.
    /// </summary>
    public EquatableArray<string> FieldTypes => EquatableArray.From(
        Entities.SelectMany(entity => entity.Fields).Select(column => column.Type).Distinct(StringComparer.Ordinal));
}

/// <summary>The choices that apply to every generated file. Per-entity files depend on these and their entity only, so editing one entity re-renders only its files.</summary>
/// <param name="Namespace">The project's root namespace; generated code goes in sub-namespaces of it.</param>
/// <param name="Prefix">The project's name as an identifier: <c>BookstoreDbContext</c>, <c>AddBookstoreBackend</c>.</param>
/// <param name="RequiresAuthorization">True when the project declares <c>user-authentication</c>: every endpoint needs a signed-in user.</param>
/// <param name="UsesSharedCrud">True when there are more than three entities (the CRUD pattern): endpoints share generic code.</param>
public sealed record BackendSettings(string Namespace, string Prefix, bool RequiresAuthorization, bool UsesSharedCrud);

/// <summary>An entity as a table, a DbSet, DTOs and endpoints.</summary>
/// <param name="Name">The entity's name, such as <c>OrderLine</c>.</param>
/// <param name="ClrType">Its C# type, fully qualified with <c>global::</c>.</param>
/// <param name="Table">Its table.</param>
/// <param name="PluralName">The plural of its name, used for its DbSet: <c>OrderLines</c>.</param>
/// <param name="Route">The path of its endpoints: <c>/api/order-lines</c>.</param>
/// <param name="DisplayName">Its name in prose: <c>order line</c>.</param>
/// <param name="Article">The indefinite article for its name in prose: <c>a</c> or <c>an</c>.</param>
/// <param name="Fields">Its columns, in source order.</param>
/// <param name="Keys">The fields of its key, in source order.</param>
/// <param name="References">Its many-to-one relations.</param>
/// <param name="Collections">Its one-to-many relations.</param>
public sealed record BackendEntity(
    string Name,
    string ClrType,
    string Table,
    string PluralName,
    string Route,
    string DisplayName,
    string Article,
    EquatableArray<BackendField> Fields,
    EquatableArray<BackendField> Keys,
    EquatableArray<BackendManyToOne> References,
    EquatableArray<BackendOneToMany> Collections)
{
    /// <summary>True when the key has more than one field.</summary>
    public bool HasCompositeKey => Keys.Count > 1;

    /// <summary>
    /// True when the entity gets list, get, create, update and delete endpoints: its key is a single field that a
    /// route can carry (any type but a byte array). An entity with a composite key is mapped by EF Core only.
    /// </summary>
    public bool HasEndpoints => Keys.Count == 1 && !Keys[0].IsBytes;
}

/// <summary>A column of an entity, with its C# types in the entity, the read DTO and the requests.</summary>
/// <param name="Name">The property name.</param>
/// <param name="CamelName">The name in camelCase, as in JSON and route parameters.</param>
/// <param name="Type">The C# type without nullability: <c>int</c>, <c>string</c>, <c>global::System.DateOnly</c>.</param>
/// <param name="DtoType">The type in the read DTO: <see cref="Type"/>, with <c>?</c> when the field is optional or its C# property is nullable.</param>
/// <param name="RequestType">The type in create and update requests: value types are nullable there, so a missing required value is a validation error rather than a default.</param>
/// <param name="IsRequired">The field must have a value.</param>
/// <param name="IsKey">The field is part of the key.</param>
/// <param name="IsGenerated">The value is made when the row is added, so requests do not carry it: a single key that is not a foreign key, of an integer type (the database's identity) or <see cref="System.Guid"/> (EF Core makes one).</param>
/// <param name="MaxLength">The maximum length of a string or byte array.</param>
/// <param name="Kind">What sort of value it holds: <c>string</c>, <c>enum</c>, <c>decimal</c>, <c>bytes</c>, <c>value</c> (any other value type).</param>
/// <param name="EnumMaxLength">For an enum stored as text, the length of its longest member.</param>
/// <param name="ForeignKeyOf">The entity this field refers to, when it is a foreign key.</param>
/// <param name="Summary">What the field accepts, in a sentence for documentation comments.</param>
/// <param name="ValidationAttributes">The DataAnnotations attributes a request property carries, fully qualified, without brackets.</param>
/// <param name="RequestInitializer">The initializer a required reference-type request property needs (<c> = "";</c>), or empty.</param>
/// <param name="JsonName">The name in JSON, as the camelCase policy of System.Text.Json writes it: the name of the field in sort parameters and validation errors.</param>
/// <param name="RouteConstraint">The route constraint that fits the type, for a key in a route (<c>int</c> in <c>{id:int}</c>); empty when none fits, such as for a string.</param>
public sealed record BackendField(
    string Name,
    string CamelName,
    string Type,
    string DtoType,
    string RequestType,
    bool IsRequired,
    bool IsKey,
    bool IsGenerated,
    int? MaxLength,
    string Kind,
    int EnumMaxLength,
    string? ForeignKeyOf,
    string Summary,
    EquatableArray<string> ValidationAttributes,
    string RequestInitializer,
    string JsonName,
    string RouteConstraint)
{
    /// <summary>True for a string field.</summary>
    public bool IsString => Kind == "string";

    /// <summary>True for an enum field.</summary>
    public bool IsEnum => Kind == "enum";

    /// <summary>True for a decimal field.</summary>
    public bool IsDecimal => Kind == "decimal";

    /// <summary>True for a byte array field.</summary>
    public bool IsBytes => Kind == "bytes";

    /// <summary>True when the API can sort by the field: every kind but byte arrays.</summary>
    public bool IsSortable => !IsBytes;
}

/// <summary>A many-to-one relation.</summary>
/// <param name="Name">The navigation property.</param>
/// <param name="Target">The target entity's name.</param>
/// <param name="TargetClrType">The target's C# type with <c>global::</c>.</param>
/// <param name="ForeignKey">The foreign key field, if the entity has one.</param>
/// <param name="IsRequired">A row must refer to a target.</param>
/// <param name="Inverse">The target's collection of this entity, if it has exactly one.</param>
/// <param name="DeleteBehavior">What deleting the target does: <c>Restrict</c> for a required relation, <c>SetNull</c> for an optional one.</param>
public sealed record BackendManyToOne(string Name, string Target, string TargetClrType, string? ForeignKey, bool IsRequired, string? Inverse, string DeleteBehavior);

/// <summary>A one-to-many relation.</summary>
/// <param name="Name">The collection property.</param>
/// <param name="Target">The target entity's name.</param>
/// <param name="Inverse">The target's reference back to this entity, if it has exactly one.</param>
public sealed record BackendOneToMany(string Name, string Target, string? Inverse);
