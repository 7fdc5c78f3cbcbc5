using System.Collections.Generic;

namespace FullstackDevelop.Generators.Tests.Runtime.Models;

/// <summary>How a property can be set.</summary>
internal enum Access
{
    /// <summary><c>{ get; set; }</c>: sent on create and update.</summary>
    ReadWrite,

    /// <summary><c>{ get; init; }</c>: sent on create only.</summary>
    InitOnly,

    /// <summary><c>{ get; private set; }</c>: read-only in the API.</summary>
    PrivateSetter,
}

/// <summary>A text format attribute.</summary>
internal enum TextFormat
{
    Email,
    Phone,
    Url,
}

/// <summary>
/// A stored property of a supported type as the random model declares it, with the rules its attributes give it as
/// this test works them out on its own (the oracle the generated API is checked against).
/// </summary>
internal sealed class FieldSpec
{
    public FieldSpec(string name, ScalarType type, EnumSpec? enumType = null)
    {
        Name = name;
        Type = type;
        Enum = enumType;
    }

    public string Name { get; }

    public ScalarType Type { get; }

    public EnumSpec? Enum { get; }

    /// <summary>Declared with <c>?</c>.</summary>
    public bool Nullable { get; set; }

    public Access Access { get; set; }

    /// <summary>Declared with C#'s <c>required</c> modifier.</summary>
    public bool RequiredMember { get; set; }

    public bool IsKey { get; set; }

    /// <summary>Marked <c>[Required]</c>, or the reference it is the foreign key of is.</summary>
    public bool RequiredAttribute { get; set; }

    public bool AllowEmptyStrings { get; set; }

    public int? MaxLength { get; set; }

    public int? MinLength { get; set; }

    public NumberRange? Range { get; set; }

    public TextFormat? Format { get; set; }

    public TextPattern? Pattern { get; set; }

    /// <summary>The digits of a decimal column: <c>[Precision]</c>, or 18.</summary>
    public int Precision { get; set; } = 18;

    /// <summary>The digits after the point of a decimal column: <c>[Precision]</c>, or 2.</summary>
    public int Scale { get; set; } = 2;

    /// <summary>The messages the user wrote (<c>ErrorMessage</c>), by rule: required, maxLength, minLength, range, format, pattern.</summary>
    public Dictionary<string, string> Messages { get; } = new();

    /// <summary>The attributes as written, one per line.</summary>
    public List<string> Attributes { get; } = new();

    /// <summary>The initializer after <c>=</c>, or null.</summary>
    public string? Initializer { get; set; }

    /// <summary>The value a row has when the API never sets the field (the initializer's), as <see cref="ValueKinds"/> describes.</summary>
    public object? InitialValue { get; set; }

    /// <summary>The reference this field is the foreign key of.</summary>
    public ReferenceSpec? ForeignKeyOf { get; set; }

    /// <summary>A key, non-nullable, marked required, or the foreign key of a reference marked required: the API rejects a request without it.</summary>
    public bool IsRequired => IsKey || RequiredAttribute || !Nullable || ForeignKeyOf is { RequiredOnNavigation: true };

    /// <summary>The single key of its entity, of a type the database or EF Core generates, and not a foreign key.</summary>
    public bool IsGenerated { get; set; }

    /// <summary>The create request carries it.</summary>
    public bool InCreate => !IsGenerated && Access != Access.PrivateSetter;

    /// <summary>The update request carries it.</summary>
    public bool InUpdate => !IsKey && Access == Access.ReadWrite;

    /// <summary>The name in JSON: camelCase.</summary>
    public string JsonName => char.ToLowerInvariant(Name[0]) + Name.Substring(1);

    /// <summary>The C# type as declared.</summary>
    public string CSharpType => ScalarTypes.CSharp(Type, Enum?.Name) + (Nullable ? "?" : string.Empty);
}
