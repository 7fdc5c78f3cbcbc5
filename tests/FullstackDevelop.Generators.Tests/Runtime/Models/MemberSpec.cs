using System.Collections.Generic;

namespace FullstackDevelop.Generators.Tests.Runtime.Models;

/// <summary>One property of an entity as written in the source: its attributes and declaration.</summary>
internal sealed class MemberSpec
{
    public MemberSpec(string name, string declaration)
    {
        Name = name;
        Declaration = declaration;
    }

    public string Name { get; }

    /// <summary>The declaration line, such as <c>public int Id { get; set; }</c>.</summary>
    public string Declaration { get; set; }

    public List<string> Attributes { get; } = new();

    /// <summary>The stored field it declares, if any.</summary>
    public FieldSpec? Field { get; init; }

    /// <summary>The warning the generator must give at the declaration (the property is ignored), if any.</summary>
    public string? ExpectedWarning { get; init; }

    /// <summary>The 1-based line of <see cref="Declaration"/> in <see cref="File"/>, once the source is written.</summary>
    public int Line { get; set; }

    /// <summary>The file the source writer put it in.</summary>
    public string File { get; set; } = "";
}
