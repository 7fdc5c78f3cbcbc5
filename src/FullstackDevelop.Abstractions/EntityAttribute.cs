using System;

namespace FullstackDevelop;

/// <summary>
/// Marks a class or record as an entity of the application's domain. Its public properties become
/// fields: simple types become columns, <c>[Key]</c> (or a property named <c>Id</c>) the key,
/// <c>[Required]</c>, <c>[MaxLength]</c> and <c>[StringLength]</c> their constraints, a property of
/// another entity's type a many-to-one relation, and a collection of another entity a one-to-many relation.
/// </summary>
/// <example><code>[Entity] public sealed class Book { public int Id { get; set; } [Required, MaxLength(200)] public string Title { get; set; } = ""; public Author? Author { get; set; } }</code></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class EntityAttribute : Attribute
{
    /// <summary>The table name; defaults to the plural of the class name.</summary>
    public string? Table { get; set; }
}
