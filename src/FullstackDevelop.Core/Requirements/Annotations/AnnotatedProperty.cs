namespace FullstackDevelop.Core.Requirements.Annotations;

/// <summary>What a property is, as far as its attributes are concerned.</summary>
internal enum PropertyShape
{
    /// <summary>A field of a supported type.</summary>
    Field,

    /// <summary>A reference to another entity.</summary>
    Reference,

    /// <summary>A collection of another entity.</summary>
    Collection,

    /// <summary>A property of a type no agent can map (FSD0008).</summary>
    Unsupported,
}

/// <summary>What a property's attributes say, once checked against the property.</summary>
/// <param name="IsKey">Marked <c>[Key]</c>.</param>
/// <param name="IsRequired">Marked <c>[Required]</c>.</param>
/// <param name="IsNotMapped">Marked <c>[NotMapped]</c>: not part of the model at all.</param>
/// <param name="MaxLength">The maximum length of a string or byte array.</param>
/// <param name="ForeignKey">The name <c>[ForeignKey]</c> gives: on a reference, its foreign key field; on a field, the reference it is the foreign key of.</param>
/// <param name="Rules">The other rules, without the decimal digits every decimal has.</param>
internal sealed record AnnotatedProperty(bool IsKey, bool IsRequired, bool IsNotMapped, int? MaxLength, string? ForeignKey, FieldRules Rules);
