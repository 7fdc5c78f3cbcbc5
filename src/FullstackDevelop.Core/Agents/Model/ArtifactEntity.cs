using System.Linq;
using System.Text.Json.Serialization;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// An entity as agent templates see it (<c>entity</c>, or each of <c>entities</c>): its names in every form the
/// artifacts need, and its fields typed for SQL, TypeScript and OpenAPI. A related entity appears by name, table and key
/// only, so an edit to one entity changes no other entity's files.
/// </summary>
/// <param name="Name">Its name: <c>OrderLine</c>.</param>
/// <param name="KebabName">Its name in kebab case: <c>order-line</c>.</param>
/// <param name="CamelName">Its name in camel case: <c>orderLine</c>.</param>
/// <param name="PluralName">Its plural: <c>OrderLines</c>.</param>
/// <param name="PluralCamelName">Its plural in camel case: <c>orderLines</c>.</param>
/// <param name="DisplayName">Its name in prose: <c>order line</c>.</param>
/// <param name="PluralDisplayName">Its plural in prose: <c>order lines</c>.</param>
/// <param name="Table">Its table.</param>
/// <param name="Route">The path of its endpoints in the generated API: <c>/api/order-lines</c>.</param>
/// <param name="HasEndpoints">True when the generated API maps its five endpoints (it has a key).</param>
/// <param name="Fields">Its columns, in source order.</param>
/// <param name="Keys">The fields of its key, in source order.</param>
/// <param name="References">Its many-to-one relations.</param>
/// <param name="Collections">Its one-to-many relations.</param>
/// <param name="ManyToMany">Its many-to-many relations, each with its link endpoints and join table.</param>
/// <param name="Referrers">
/// The references to it that have a foreign key (its own among them), in model order: what deleting one of its rows
/// must respect. Worked out once for the whole model, so a template never scans the other entities for them; each holds
/// only what the referring side shows of itself, so a change elsewhere in that entity leaves this one's units alone.
/// </param>
public sealed record ArtifactEntity(
    string Name,
    string KebabName,
    string CamelName,
    string PluralName,
    string PluralCamelName,
    string DisplayName,
    string PluralDisplayName,
    string Table,
    string Route,
    bool HasEndpoints,
    EquatableArray<ArtifactField> Fields,
    EquatableArray<ArtifactField> Keys,
    EquatableArray<ArtifactReference> References,
    EquatableArray<ArtifactOneToMany> Collections,
    EquatableArray<ArtifactManyToMany> ManyToMany = default,
    EquatableArray<ArtifactReferrer> Referrers = default)
{
    /// <summary>The key field of an entity with a single key: the <c>{id}</c> of its item routes; null for a composite key.</summary>
    public ArtifactField? Key => Keys.Count == 1 ? Keys[0] : null;

    /// <summary>True when the key has more than one field: the item routes carry each part, <c>/{orderId}/{lineNumber}</c>, named by their JSON names.</summary>
    public bool HasCompositeKey => Keys.Count > 1;

    /// <summary>The path of one item's endpoints: <c>/api/books/{id}</c> for a single key, <c>/api/order-lines/{orderId}/{lineNumber}</c> for a composite one.</summary>
    public string ItemRoute => Route + (Keys.Count == 1 ? "/{id}" : string.Concat(Keys.Select(key => "/{" + key.JsonName + "}")));
}

/// <summary>A column of an entity.</summary>
/// <param name="Name">The property and column name: <c>PublishedOn</c>.</param>
/// <param name="JsonName">The name in the API's JSON: <c>publishedOn</c>.</param>
/// <param name="Type">The field type: one of <see cref="Requirements.FieldType.Names"/>, or <c>enum</c>.</param>
/// <param name="SqlType">The PostgreSQL column type, as EF Core's Npgsql provider creates it: <c>character varying(200)</c>, <c>timestamp with time zone</c>.</param>
/// <param name="TsType">The TypeScript type of the JSON value: <c>number</c>, <c>string</c>, <c>'Draft' | 'Published'</c>.</param>
/// <param name="OpenApiType">The JSON Schema type: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>.</param>
/// <param name="OpenApiFormat">The JSON Schema format (<c>int32</c>, <c>date-time</c>, <c>uuid</c>), or null.</param>
/// <param name="IsRequired">The field must have a value.</param>
/// <param name="IsKey">The field is part of the key.</param>
/// <param name="IsGenerated">The value is made when the row is added (an identity or a GUID key), so create requests do not carry it.</param>
/// <param name="IsIdentity">The value comes from an identity column: a generated key of an integer type.</param>
/// <param name="MaxLength">The maximum length of a string or byte array.</param>
/// <param name="EnumMembers">The members of an enum field.</param>
/// <param name="ForeignKeyOf">The entity this field refers to, when it is a foreign key.</param>
/// <param name="IsSortable">True when the API can sort by the field (any type but a byte array).</param>
/// <param name="Rules">Its rules besides type, required-ness and maximum length: lengths, range, format, pattern, decimal digits and the user's messages.</param>
/// <param name="InCreate">True when create requests carry it.</param>
/// <param name="InUpdate">True when update requests carry it.</param>
/// <param name="Checks">The CHECK constraints of its column, as the API's EF Core model declares them.</param>
/// <param name="Validation">The checks the API makes on the field in a request, in order, with their messages.</param>
public sealed record ArtifactField(
    string Name,
    string JsonName,
    string Type,
    string SqlType,
    string TsType,
    string OpenApiType,
    string? OpenApiFormat,
    bool IsRequired,
    bool IsKey,
    bool IsGenerated,
    bool IsIdentity,
    int? MaxLength,
    EquatableArray<string> EnumMembers,
    string? ForeignKeyOf,
    bool IsSortable,
    FieldRules Rules,
    bool InCreate,
    bool InUpdate,
    EquatableArray<CheckConstraint> Checks,
    EquatableArray<ArtifactRule> Validation)
{
    // Both are worked out from the other members, so the unit model hash (which serializes the model) leaves them out.

    /// <summary>The JSON Schema bounds of its values: the ranges of its type and rules, a decimal's digits, lengths in JSON characters.</summary>
    [JsonIgnore]
    public ArtifactSchemaBounds SchemaBounds => ArtifactSchemaBounds.Of(this);

    /// <summary>JSON values of the field the API accepts and, rule by rule, values it refuses: for the test plan and the API scripts.</summary>
    [JsonIgnore]
    public ArtifactExamples Examples => ArtifactExamples.Of(this);
}

/// <summary>A many-to-one relation, with what SQL needs of its target.</summary>
/// <param name="Name">The navigation property.</param>
/// <param name="Target">The target entity's name.</param>
/// <param name="TargetTable">The target's table.</param>
/// <param name="TargetKey">The target's key column.</param>
/// <param name="TargetRoute">The path of the target's endpoints.</param>
/// <param name="ForeignKey">The foreign key column, when the entity has one.</param>
/// <param name="IsRequired">A row must refer to a target.</param>
/// <param name="OnDelete">What deleting the target does, in SQL: <c>RESTRICT</c> for a required relation, <c>SET NULL</c> for an optional one.</param>
/// <param name="IsUnique">True for the dependent side of a one-to-one: at most one row refers to each target (a unique index on the foreign key).</param>
public sealed record ArtifactReference(string Name, string Target, string TargetTable, string TargetKey, string TargetRoute, string? ForeignKey, bool IsRequired, string OnDelete, bool IsUnique = false);

/// <summary>A one-to-many relation.</summary>
/// <param name="Name">The collection property.</param>
/// <param name="Target">The target entity's name.</param>
/// <param name="TargetRefersBack">True when the target has a many-to-one reference to this entity, which shows the relation already (as in the ER diagram).</param>
public sealed record ArtifactOneToMany(string Name, string Target, bool TargetRefersBack);

/// <summary>A many-to-one reference to an entity, seen from that entity.</summary>
/// <param name="Name">The referring entity's name.</param>
/// <param name="Table">The referring entity's table.</param>
/// <param name="Column">The foreign key column that holds the referred row's key.</param>
/// <param name="IsRequired">True when every referring row must refer to a row: deleting a referred row is refused (<c>RESTRICT</c>), not cleared (<c>SET NULL</c>).</param>
public sealed record ArtifactReferrer(string Name, string Table, string Column, bool IsRequired);

/// <summary>A many-to-many relation seen from one side: its link endpoints and its join table.</summary>
/// <param name="Name">The collection property: <c>Clinics</c>.</param>
/// <param name="JsonName">The collection's name in camel case: <c>clinics</c>.</param>
/// <param name="Target">The target entity's name: <c>Clinic</c>.</param>
/// <param name="Inverse">The target's collection of this entity: <c>Doctors</c>.</param>
/// <param name="Segment">The path segment after an item's route: <c>GET /api/doctors/{id}/clinics</c> lists the linked clinics, <c>PUT</c> and <c>DELETE /api/doctors/{id}/clinics/{clinicId}</c> link and unlink one.</param>
/// <param name="TargetRoute">The target's own route: <c>/api/clinics</c>.</param>
/// <param name="TargetKey">The target's key field.</param>
/// <param name="TargetTable">The target's table.</param>
/// <param name="JoinTable">The join table: both entity names in ordinal order, <c>ClinicDoctor</c>.</param>
/// <param name="Column">The join table's column for this entity's key: <c>DoctorId</c>.</param>
/// <param name="TargetColumn">The join table's column for the target's key: <c>ClinicId</c>.</param>
/// <param name="OwnsJoinTable">True on the side whose name sorts first: the join table is declared with that entity, once.</param>
/// <param name="TargetKebabName">The target's name in kebab case: <c>clinic</c>, the name of its frontend module.</param>
/// <param name="TargetDisplayName">The target's name in prose: <c>clinic</c>.</param>
/// <param name="TargetParameter">The route parameter of the target's key: the camel-case target name and key name, <c>clinicId</c>.</param>
public sealed record ArtifactManyToMany(
    string Name,
    string JsonName,
    string Target,
    string Inverse,
    string Segment,
    string TargetRoute,
    ArtifactField TargetKey,
    string TargetTable,
    string JoinTable,
    string Column,
    string TargetColumn,
    bool OwnsJoinTable,
    string TargetKebabName,
    string TargetDisplayName,
    string TargetParameter);
