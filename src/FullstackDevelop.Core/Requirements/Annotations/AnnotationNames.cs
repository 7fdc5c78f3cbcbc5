using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Requirements.Annotations;

/// <summary>What FullstackDevelop does with an attribute it knows.</summary>
public enum AnnotationSupport
{
    /// <summary>It changes what is generated (see docs: the attribute table in the README).</summary>
    Supported,

    /// <summary>Nothing reads it: the generated code, the database and the API behave as if it were not there (a warning says so).</summary>
    Ignored,

    /// <summary>EF Core would apply it at run time where the generated SQL schema, OpenAPI and frontend cannot follow: an error.</summary>
    Rejected,
}

/// <summary>
/// The attributes FullstackDevelop knows on entities and their properties, by metadata name: those it supports, and
/// those from DataAnnotations, EF Core and System.Text.Json that it does not, so using one is reported rather than
/// silently ignored. Hosts resolve attribute names against this list.
/// </summary>
public static class AnnotationNames
{
    private const string DataAnnotations = "System.ComponentModel.DataAnnotations.";
    private const string Schema = "System.ComponentModel.DataAnnotations.Schema.";
    private const string EntityFrameworkCore = "Microsoft.EntityFrameworkCore.";
    private const string Json = "System.Text.Json.Serialization.";

    /// <summary><c>[Key]</c>.</summary>
    public const string Key = DataAnnotations + "KeyAttribute";

    /// <summary><c>[Required]</c>.</summary>
    public const string Required = DataAnnotations + "RequiredAttribute";

    /// <summary><c>[MaxLength]</c>.</summary>
    public const string MaxLength = DataAnnotations + "MaxLengthAttribute";

    /// <summary><c>[MinLength]</c>.</summary>
    public const string MinLength = DataAnnotations + "MinLengthAttribute";

    /// <summary><c>[StringLength]</c>.</summary>
    public const string StringLength = DataAnnotations + "StringLengthAttribute";

    /// <summary><c>[Range]</c>.</summary>
    public const string Range = DataAnnotations + "RangeAttribute";

    /// <summary><c>[EmailAddress]</c>.</summary>
    public const string EmailAddress = DataAnnotations + "EmailAddressAttribute";

    /// <summary><c>[Phone]</c>.</summary>
    public const string Phone = DataAnnotations + "PhoneAttribute";

    /// <summary><c>[Url]</c>.</summary>
    public const string Url = DataAnnotations + "UrlAttribute";

    /// <summary><c>[RegularExpression]</c>.</summary>
    public const string RegularExpression = DataAnnotations + "RegularExpressionAttribute";

    /// <summary><c>[ForeignKey]</c>.</summary>
    public const string ForeignKey = Schema + "ForeignKeyAttribute";

    /// <summary><c>[NotMapped]</c>.</summary>
    public const string NotMapped = Schema + "NotMappedAttribute";

    /// <summary>EF Core's <c>[Precision]</c>.</summary>
    public const string Precision = EntityFrameworkCore + "PrecisionAttribute";

    // The known attributes that are not supported, and what to do instead when there is something better than removing them.
    private static readonly Dictionary<string, (AnnotationSupport Support, string Advice)> Unsupported = new(StringComparer.Ordinal)
    {
        [DataAnnotations + "AllowedValuesAttribute"] = (AnnotationSupport.Ignored, "use an enum for a fixed set of values"),
        [DataAnnotations + "DeniedValuesAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [DataAnnotations + "Base64StringAttribute"] = (AnnotationSupport.Ignored, "use a byte[] property, which the API carries as Base64"),
        [DataAnnotations + "CompareAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [DataAnnotations + "CreditCardAttribute"] = (AnnotationSupport.Ignored, "use [RegularExpression]"),
        [DataAnnotations + "CustomValidationAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [DataAnnotations + "DataTypeAttribute"] = (AnnotationSupport.Ignored, "use [EmailAddress], [Phone] or [Url] for those formats"),
        [DataAnnotations + "DisplayAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [DataAnnotations + "DisplayColumnAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [DataAnnotations + "DisplayFormatAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [DataAnnotations + "EditableAttribute"] = (AnnotationSupport.Ignored, "give the property a private setter to make it read-only in the API"),
        [DataAnnotations + "EnumDataTypeAttribute"] = (AnnotationSupport.Ignored, "use an enum property"),
        [DataAnnotations + "FileExtensionsAttribute"] = (AnnotationSupport.Ignored, "use [RegularExpression]"),
        [DataAnnotations + "LengthAttribute"] = (AnnotationSupport.Ignored, "use [MinLength] and [MaxLength]"),
        [DataAnnotations + "ScaffoldColumnAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [DataAnnotations + "UIHintAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [DataAnnotations + "MetadataTypeAttribute"] = (AnnotationSupport.Ignored, "put the attributes on the entity's own properties"),
        [DataAnnotations + "ConcurrencyCheckAttribute"] = (AnnotationSupport.Rejected, string.Empty),
        [DataAnnotations + "TimestampAttribute"] = (AnnotationSupport.Rejected, string.Empty),
        [Schema + "ColumnAttribute"] = (AnnotationSupport.Rejected, "columns are named after their properties"),
        [Schema + "DatabaseGeneratedAttribute"] = (AnnotationSupport.Rejected, "a single integer or Guid key is generated when a row is added"),
        [Schema + "InversePropertyAttribute"] = (AnnotationSupport.Rejected, "keep one reference to the entity on the other side, which pairs with the collection by itself"),
        [Schema + "TableAttribute"] = (AnnotationSupport.Ignored, "use [Entity(Table = \"...\")]"),
        [Schema + "ComplexTypeAttribute"] = (AnnotationSupport.Rejected, string.Empty),
        [EntityFrameworkCore + "IndexAttribute"] = (AnnotationSupport.Rejected, string.Empty),
        [EntityFrameworkCore + "PrimaryKeyAttribute"] = (AnnotationSupport.Rejected, "mark the key properties with [Key]"),
        [EntityFrameworkCore + "KeylessAttribute"] = (AnnotationSupport.Rejected, "entities need a key"),
        [EntityFrameworkCore + "OwnedAttribute"] = (AnnotationSupport.Rejected, string.Empty),
        [EntityFrameworkCore + "BackingFieldAttribute"] = (AnnotationSupport.Rejected, string.Empty),
        [EntityFrameworkCore + "DeleteBehaviorAttribute"] = (AnnotationSupport.Ignored, "a required reference restricts deletes and an optional one is cleared"),
        [EntityFrameworkCore + "CommentAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [EntityFrameworkCore + "UnicodeAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [EntityFrameworkCore + "EntityTypeConfigurationAttribute"] = (AnnotationSupport.Rejected, "configure the entity in the generated configuration's ConfigurePartial"),
        [Json + "JsonPropertyNameAttribute"] = (AnnotationSupport.Ignored, "the API names fields in camelCase after their properties"),
        [Json + "JsonIgnoreAttribute"] = (AnnotationSupport.Ignored, "use [NotMapped], or a private setter for a field the API only reads"),
        [Json + "JsonIncludeAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [Json + "JsonRequiredAttribute"] = (AnnotationSupport.Ignored, "use [Required]"),
        [Json + "JsonConverterAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [Json + "JsonNumberHandlingAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [Json + "JsonPropertyOrderAttribute"] = (AnnotationSupport.Ignored, string.Empty),
        [Json + "JsonExtensionDataAttribute"] = (AnnotationSupport.Ignored, string.Empty),
    };

    private static readonly string[] SupportedNames =
    {
        Key, Required, MaxLength, MinLength, StringLength, Range, EmailAddress, Phone, Url, RegularExpression, ForeignKey, NotMapped, Precision,
    };

    /// <summary>Every attribute FullstackDevelop knows, supported or not, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = SupportedNames.Concat(Unsupported.Keys.OrderBy(name => name, StringComparer.Ordinal)).ToArray();

    /// <summary>The supported attributes, in a stable order.</summary>
    public static IReadOnlyList<string> Supported => SupportedNames;

    /// <summary>What FullstackDevelop does with <paramref name="name"/>, one of <see cref="All"/>.</summary>
    public static AnnotationSupport SupportOf(string name) =>
        Unsupported.TryGetValue(name, out var entry) ? entry.Support : AnnotationSupport.Supported;

    /// <summary>What to do instead of an unsupported attribute, or empty when removing it is the advice.</summary>
    public static string AdviceFor(string name) => Unsupported.TryGetValue(name, out var entry) ? entry.Advice : string.Empty;

    /// <summary>The name as users write it: <c>Range</c> for <c>System.ComponentModel.DataAnnotations.RangeAttribute</c>.</summary>
    public static string ShortName(string metadataName)
    {
        var name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
