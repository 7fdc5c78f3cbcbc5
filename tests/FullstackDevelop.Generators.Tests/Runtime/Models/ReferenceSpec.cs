namespace FullstackDevelop.Generators.Tests.Runtime.Models;

/// <summary>How a reference names its foreign key.</summary>
internal enum ForeignKeyStyle
{
    /// <summary>The foreign key is the navigation's name plus <c>Id</c>.</summary>
    Conventional,

    /// <summary><c>[ForeignKey("Key")]</c> on the navigation.</summary>
    OnNavigation,

    /// <summary><c>[ForeignKey("Navigation")]</c> on the foreign key.</summary>
    OnForeignKey,
}

/// <summary>What pairs with a reference on its target.</summary>
internal enum InverseKind
{
    None,

    /// <summary>A collection of the source: one-to-many.</summary>
    Collection,

    /// <summary>A reference to the source without a foreign key: one-to-one, the foreign key is unique.</summary>
    Reference,
}

/// <summary>A reference with a foreign key (many-to-one, or the dependent side of a one-to-one).</summary>
internal sealed class ReferenceSpec
{
    public ReferenceSpec(EntitySpec source, string name, EntitySpec target, FieldSpec foreignKey)
    {
        Source = source;
        Name = name;
        Target = target;
        ForeignKey = foreignKey;
    }

    public EntitySpec Source { get; }

    public string Name { get; }

    public EntitySpec Target { get; }

    public FieldSpec ForeignKey { get; }

    public ForeignKeyStyle Style { get; set; }

    /// <summary><c>[Required]</c> on the navigation.</summary>
    public bool RequiredOnNavigation { get; set; }

    /// <summary>A row cannot be created without it.</summary>
    public bool IsRequired => ForeignKey.IsRequired;

    public InverseKind Inverse { get; set; }

    /// <summary>The name of the inverse navigation on the target.</summary>
    public string? InverseName { get; set; }

    /// <summary>At most one row may refer to a target row (one-to-one, or the foreign key is the whole key).</summary>
    public bool IsUnique => Inverse == InverseKind.Reference || (ForeignKey.IsKey && Source.Keys.Count == 1);
}

/// <summary>Two collections that mirror each other: <c>List&lt;B&gt;</c> on A and <c>List&lt;A&gt;</c> on B.</summary>
/// <param name="Left">One side.</param>
/// <param name="LeftNavigation">The collection on <paramref name="Left"/>.</param>
/// <param name="Right">The other side.</param>
/// <param name="RightNavigation">The collection on <paramref name="Right"/>.</param>
internal sealed record ManyToManySpec(EntitySpec Left, string LeftNavigation, EntitySpec Right, string RightNavigation);
