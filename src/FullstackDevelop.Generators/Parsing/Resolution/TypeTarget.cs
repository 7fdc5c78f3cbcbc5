using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>What a type name was found to be.</summary>
internal enum TypeTargetKind
{
    /// <summary>A type in the project's source.</summary>
    Source,

    /// <summary>A framework type from <see cref="WellKnownTypes"/>.</summary>
    WellKnown,

    /// <summary>A type read from the references.</summary>
    External,

    /// <summary>A type parameter with no type argument for it.</summary>
    TypeParameter,

    /// <summary>Not found: a type the compiler will report, or one not looked up in the references yet.</summary>
    Missing,
}

/// <summary>The result of looking a type name up.</summary>
internal sealed class TypeTarget
{
    private TypeTarget(TypeTargetKind kind, string metadataName, SourceTypeGroup? source = null, WellKnownKind wellKnown = default, ExternalType? external = null)
    {
        Kind = kind;
        MetadataName = metadataName;
        Source = source;
        WellKnown = wellKnown;
        External = external;
    }

    public TypeTargetKind Kind { get; }

    /// <summary>The metadata name found, or the name as written when missing.</summary>
    public string MetadataName { get; }

    public SourceTypeGroup? Source { get; }

    public WellKnownKind WellKnown { get; }

    public ExternalType? External { get; }

    public bool IsValueType => Kind switch
    {
        TypeTargetKind.Source => Source!.First.IsValueType,
        TypeTargetKind.WellKnown => WellKnown is WellKnownKind.Struct or WellKnownKind.Nullable,
        TypeTargetKind.External => External!.Kind is ExternalTypeKind.Struct or ExternalTypeKind.Enum,
        _ => false,
    };

    public static TypeTarget InSource(SourceTypeGroup group) => new(TypeTargetKind.Source, group.First.MetadataName, source: group);

    public static TypeTarget Known(string metadataName, WellKnownKind kind) => new(TypeTargetKind.WellKnown, metadataName, wellKnown: kind);

    public static TypeTarget FromReferences(ExternalType type) => new(TypeTargetKind.External, type.MetadataName, external: type);

    public static TypeTarget Parameter(string name) => new(TypeTargetKind.TypeParameter, name);

    public static TypeTarget NotFound(string written) => new(TypeTargetKind.Missing, written);
}
