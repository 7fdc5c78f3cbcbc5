using FullstackDevelop.Core.Collections;

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
/// <param name="HasEndpoints">True when the generated API maps its five endpoints (a single key that a route can carry).</param>
/// <param name="Fields">Its columns, in source order.</param>
/// <param name="Keys">The fields of its key, in source order.</param>
/// <param name="References">Its many-to-one relations.</param>
/// <param name="Collections">Its one-to-many relations.</param>
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
    EquatableArray<ArtifactOneToMany> Collections)
{
    /// <summary>The key field of an entity with endpoints: the <c>{id}</c> of its item routes.</summary>
    public ArtifactField? Key => Keys.Count == 1 ? Keys[0] : null;
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
    bool IsSortable);

/// <summary>A many-to-one relation, with what SQL needs of its target.</summary>
/// <param name="Name">The navigation property.</param>
/// <param name="Target">The target entity's name.</param>
/// <param name="TargetTable">The target's table.</param>
/// <param name="TargetKey">The target's key column.</param>
/// <param name="TargetRoute">The path of the target's endpoints.</param>
/// <param name="ForeignKey">The foreign key column, when the entity has one.</param>
/// <param name="IsRequired">A row must refer to a target.</param>
/// <param name="OnDelete">What deleting the target does, in SQL: <c>RESTRICT</c> for a required relation, <c>SET NULL</c> for an optional one.</param>
public sealed record ArtifactReference(string Name, string Target, string TargetTable, string TargetKey, string TargetRoute, string? ForeignKey, bool IsRequired, string OnDelete);

/// <summary>A one-to-many relation.</summary>
/// <param name="Name">The collection property.</param>
/// <param name="Target">The target entity's name.</param>
public sealed record ArtifactOneToMany(string Name, string Target);
