using System;
using System.Collections.Generic;
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
    public EquatableArray<string> EnumTypes => DistinctTypes(enumsOnly: true);

    /// <summary>
    /// The C# types of every entity's fields, each once, in the order they first appear: what a provider's conventions
    /// must handle, such as <c>global::System.TimeSpan</c>, which SQLite cannot order by without a conversion.
    /// </summary>
    public EquatableArray<string> FieldTypes => DistinctTypes(enumsOnly: false);

    // Read on every edit that changes the model: one pass over the fields, no enumerators.
    private EquatableArray<string> DistinctTypes(bool enumsOnly)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var types = new List<string>();
        foreach (var entity in Entities)
        {
            foreach (var column in entity.Fields)
            {
                if ((!enumsOnly || column.IsEnum) && seen.Add(column.Type))
                {
                    types.Add(column.Type);
                }
            }
        }

        return EquatableArray.From(types);
    }
}

/// <summary>The choices that apply to every generated file. Per-entity files depend on these and their entity only, so editing one entity re-renders only its files.</summary>
/// <param name="Namespace">The project's root namespace; generated code goes in sub-namespaces of it.</param>
/// <param name="Prefix">The project's name as an identifier: <c>BookstoreDbContext</c>, <c>AddBookstoreBackend</c>.</param>
/// <param name="RequiresAuthorization">True when the project declares <c>user-authentication</c>: every endpoint needs a signed-in user.</param>
/// <param name="UsesSharedCrud">True when there are more than three entities (the CRUD pattern): endpoints share generic code.</param>
/// <param name="RecordsAuditLog">True when the project declares <c>audit-log</c>: every change saved through the DbContext writes an audit entry, read through <c>/api/audit-entries</c>.</param>
/// <param name="CorsOrigins">The origins whose browsers may call the API (<c>api.cors-origins</c>); none by default.</param>
public sealed record BackendSettings(string Namespace, string Prefix, bool RequiresAuthorization, bool UsesSharedCrud, bool RecordsAuditLog = false, EquatableArray<string> CorsOrigins = default)
{
    /// <summary>The ports, paths and page sizes the API serves by, which the artifacts describing it read too.</summary>
    public ApiContract Api { get; init; } = ApiContract.Default;

    /// <summary>
    /// The project's name in kebab case (<c>order-desk</c>), as the deployment files name its service: the default JWT
    /// issuer in Development, and its audience with <c>-api</c> after it.
    /// </summary>
    public string KebabName => CSharpNames.Kebab(Prefix);
}

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
/// <param name="ManyToMany">Its many-to-many relations.</param>
/// <param name="Ignored">The properties of its C# type that EF Core must not map (<c>builder.Ignore</c>): unsupported types, <c>[NotMapped]</c>, navigations that pair with nothing.</param>
/// <param name="Dependents">Its one-to-one relations where the other entity holds the foreign key (configured from that side).</param>
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
    EquatableArray<BackendOneToMany> Collections,
    EquatableArray<BackendManyToMany> ManyToMany = default,
    EquatableArray<string> Ignored = default,
    EquatableArray<BackendOneToOne> Dependents = default)
{
    /// <summary>True when the key has more than one field: its item routes carry each part (<c>/{orderId}/{lineNumber}</c>).</summary>
    public bool HasCompositeKey => Keys.Count > 1;

    /// <summary>True when the entity gets list, get, create, update and delete endpoints: it has a key (every key type is one a route carries), single or composite.</summary>
    public bool HasEndpoints => Keys.Count > 0;
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
/// <param name="ValidationAttributes">The DataAnnotations attributes a request property carries, fully qualified, without brackets: the user's rules and what the column can hold.</param>
/// <param name="RequestInitializer">The initializer a required reference-type request property needs (<c> = "";</c>), or empty.</param>
/// <param name="JsonName">The name in JSON, as the camelCase policy of System.Text.Json writes it: the name of the field in sort parameters and validation errors.</param>
/// <param name="RouteConstraint">The route constraint that fits the type, for a key in a route (<c>int</c> in <c>{id:int}</c>); empty when none fits, such as for a string.</param>
/// <param name="FieldType">The field type: one of <see cref="Requirements.FieldType.Names"/>, or <c>enum</c>.</param>
/// <param name="InCreate">True when create requests carry it: it is not generated and the API can set it (a public or internal setter or init).</param>
/// <param name="InUpdate">True when update requests carry it: it is not a key and has a setter the API can call after creation.</param>
/// <param name="Precision">For a decimal, the digits its column holds.</param>
/// <param name="Scale">For a decimal, the digits after the point its column holds.</param>
/// <param name="Checks">The CHECK constraints of its column, as EF Core and the SQL schema declare them.</param>
/// <param name="StoresUtc">True for a <c>DateTime</c> or <c>DateTimeOffset</c>: the API stores and returns it in UTC.</param>
/// <param name="ParameterName">
/// For a part of a composite key, the C# name of its handler parameter: <see cref="JsonName"/>, which is also the route
/// parameter's name, with <c>@</c> before a C# keyword, or with <c>Key</c> after a name the handlers already use
/// (<c>db</c> becomes <c>dbKey</c>, bound with <c>[FromRoute(Name = "db")]</c>).
/// </param>
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
    string RouteConstraint,
    string FieldType = "",
    bool InCreate = true,
    bool InUpdate = true,
    int? Precision = null,
    int? Scale = null,
    EquatableArray<CheckConstraint> Checks = default,
    bool StoresUtc = false,
    string ParameterName = "")
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

    /// <summary>True when <see cref="ParameterName"/> is not the route parameter's name, so the parameter names its route value (<c>[FromRoute(Name = ...)]</c>).</summary>
    public bool ParameterNeedsRouteName => ParameterName != JsonName && ParameterName != "@" + JsonName;
}

/// <summary>A CHECK constraint of a column, in SQL that SQLite and PostgreSQL both run.</summary>
/// <param name="Name">Its name, as EF Core and the SQL schema give it (at most 63 characters, PostgreSQL's limit).</param>
/// <param name="Sql">The condition, such as <c>"Stars" BETWEEN 1 AND 5</c>.</param>
public sealed record CheckConstraint(string Name, string Sql);

/// <summary>A many-to-one relation.</summary>
/// <param name="Name">The navigation property.</param>
/// <param name="Target">The target entity's name.</param>
/// <param name="TargetClrType">The target's C# type with <c>global::</c>.</param>
/// <param name="ForeignKey">The foreign key field.</param>
/// <param name="IsRequired">A row must refer to a target.</param>
/// <param name="Inverse">The target's collection of this entity (or, for a one-to-one, its reference back), if it has one.</param>
/// <param name="DeleteBehavior">What deleting the target does: <c>Restrict</c> for a required relation, <c>SetNull</c> for an optional one.</param>
/// <param name="IsUnique">True for the dependent side of a one-to-one: at most one row refers to each target (a unique index).</param>
public sealed record BackendManyToOne(string Name, string Target, string TargetClrType, string? ForeignKey, bool IsRequired, string? Inverse, string DeleteBehavior, bool IsUnique = false);

/// <summary>A one-to-many relation.</summary>
/// <param name="Name">The collection property.</param>
/// <param name="Target">The target entity's name.</param>
/// <param name="Inverse">The target's reference back to this entity.</param>
public sealed record BackendOneToMany(string Name, string Target, string? Inverse);

/// <summary>The principal side of a one-to-one: a reference to the entity that holds the foreign key.</summary>
/// <param name="Name">The reference property.</param>
/// <param name="Target">The dependent entity's name.</param>
/// <param name="Inverse">The dependent's reference back, which holds the foreign key.</param>
public sealed record BackendOneToOne(string Name, string Target, string Inverse);

/// <summary>A many-to-many relation, seen from one side, with the endpoints that link and unlink its rows.</summary>
/// <param name="Name">The collection property: <c>Clinics</c>.</param>
/// <param name="Target">The target entity's name: <c>Clinic</c>.</param>
/// <param name="TargetClrType">The target's C# type with <c>global::</c>.</param>
/// <param name="TargetPluralName">The target's plural name, its DbSet: <c>Clinics</c>.</param>
/// <param name="Inverse">The target's collection of this entity: <c>Doctors</c>.</param>
/// <param name="JoinTable">The join table: <c>ClinicDoctor</c>.</param>
/// <param name="Column">The join table's column for this entity's key: <c>DoctorId</c>.</param>
/// <param name="TargetColumn">The join table's column for the target's key: <c>ClinicId</c>.</param>
/// <param name="TargetKey">The target's key field.</param>
/// <param name="Segment">The path segment after an item's route: <c>/api/doctors/{id}/clinics</c>.</param>
/// <param name="TargetRoute">The target's own route: <c>/api/clinics</c>.</param>
/// <param name="IsConfiguredHere">True on the side whose configuration declares the relation (the entity whose name sorts first), so it is declared once.</param>
/// <param name="TargetRouteParameter">The route parameter of the target's key: the target's name in camelCase and its key's name, <c>clinicId</c>.</param>
/// <param name="TargetParameterName">The C# name of the handler parameter bound to <see cref="TargetRouteParameter"/> (see <see cref="BackendField.ParameterName"/>).</param>
public sealed record BackendManyToMany(
    string Name,
    string Target,
    string TargetClrType,
    string TargetPluralName,
    string Inverse,
    string JoinTable,
    string Column,
    string TargetColumn,
    BackendField TargetKey,
    string Segment,
    string TargetRoute,
    bool IsConfiguredHere,
    string TargetRouteParameter = "",
    string TargetParameterName = "")
{
    /// <summary>True when <see cref="TargetParameterName"/> is not the route parameter's name (see <see cref="BackendField.ParameterNeedsRouteName"/>).</summary>
    public bool TargetParameterNeedsRouteName => TargetParameterName != TargetRouteParameter && TargetParameterName != "@" + TargetRouteParameter;
}
