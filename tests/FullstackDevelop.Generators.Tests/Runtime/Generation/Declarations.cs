using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Generation;

/// <summary>The C# declarations of the members random models put in entities.</summary>
internal static class Declarations
{
    /// <summary>A stored field, with its attributes.</summary>
    public static MemberSpec Field(FieldSpec field)
    {
        var member = new MemberSpec(field.Name, Property(field)) { Field = field };
        member.Attributes.AddRange(field.Attributes);
        return member;
    }

    /// <summary>The declaration line of <paramref name="field"/> as it is now.</summary>
    public static string Property(FieldSpec field, string? type = null)
    {
        var accessors = field.Access switch
        {
            Access.ReadWrite => "{ get; set; }",
            Access.InitOnly => "{ get; init; }",
            _ => "{ get; private set; }",
        };
        return "public " + (field.RequiredMember ? "required " : string.Empty) + (type ?? field.CSharpType) + " " + field.Name + " " + accessors
            + (field.Initializer is null ? string.Empty : " = " + field.Initializer + ";");
    }

    /// <summary>A reference to <paramref name="target"/>.</summary>
    public static MemberSpec Reference(string name, EntitySpec target) => new(name, "public " + target.Name + "? " + name + " { get; set; }");

    /// <summary>A collection of <paramref name="target"/>, in one of the forms users write.</summary>
    public static MemberSpec Collection(string name, EntitySpec target, int form, string? expectedWarning = null) => new(name, form switch
    {
        0 => "public List<" + target.Name + "> " + name + " { get; set; } = new();",
        1 => "public ICollection<" + target.Name + "> " + name + " { get; set; } = new List<" + target.Name + ">();",
        _ => "public List<" + target.Name + "> " + name + " { get; set; } = [];",
    })
    {
        ExpectedWarning = expectedWarning,
    };
}
