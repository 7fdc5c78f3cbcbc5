using System.Collections.Generic;
using FullstackDevelop.Generators.Parsing;

namespace FullstackDevelop.Generators.EntityDiscovery.Resolution;

/// <summary>What entity discovery needs to know about a framework type it resolves without binding.</summary>
internal enum WellKnownKind
{
    /// <summary>A reference type.</summary>
    Class,

    /// <summary>A value type.</summary>
    Struct,

    /// <summary>A generic collection whose single type argument is the element type.</summary>
    Collection,

    /// <summary><c>System.Nullable&lt;T&gt;</c>.</summary>
    Nullable,

    /// <summary>An attribute entity discovery reads.</summary>
    Attribute,
}

/// <summary>
/// The framework types entity declarations use, by metadata name. Names found here are resolved
/// from syntax; other names outside the project's source are looked up in the references.
/// </summary>
internal static class WellKnownTypes
{
    public const string Byte = "System.Byte";
    public const string String = "System.String";
    public const string Nullable = "System.Nullable`1";

    private static readonly Dictionary<string, WellKnownKind> Kinds = new()
    {
        ["System.Boolean"] = WellKnownKind.Struct,
        [Byte] = WellKnownKind.Struct,
        ["System.SByte"] = WellKnownKind.Struct,
        ["System.Int16"] = WellKnownKind.Struct,
        ["System.UInt16"] = WellKnownKind.Struct,
        ["System.Int32"] = WellKnownKind.Struct,
        ["System.UInt32"] = WellKnownKind.Struct,
        ["System.Int64"] = WellKnownKind.Struct,
        ["System.UInt64"] = WellKnownKind.Struct,
        ["System.Single"] = WellKnownKind.Struct,
        ["System.Double"] = WellKnownKind.Struct,
        ["System.Decimal"] = WellKnownKind.Struct,
        ["System.Char"] = WellKnownKind.Struct,
        ["System.DateTime"] = WellKnownKind.Struct,
        ["System.DateTimeOffset"] = WellKnownKind.Struct,
        ["System.DateOnly"] = WellKnownKind.Struct,
        ["System.TimeOnly"] = WellKnownKind.Struct,
        ["System.TimeSpan"] = WellKnownKind.Struct,
        ["System.Guid"] = WellKnownKind.Struct,
        [String] = WellKnownKind.Class,
        ["System.Object"] = WellKnownKind.Class,
        ["System.Uri"] = WellKnownKind.Class,
        ["System.Version"] = WellKnownKind.Class,
        [Nullable] = WellKnownKind.Nullable,
        ["System.Collections.Generic.IEnumerable`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.ICollection`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.IList`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.IReadOnlyCollection`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.IReadOnlyList`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.ISet`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.IReadOnlySet`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.List`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.HashSet`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.SortedSet`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.LinkedList`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.Queue`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.Stack`1"] = WellKnownKind.Collection,
        ["System.Collections.ObjectModel.Collection`1"] = WellKnownKind.Collection,
        ["System.Collections.ObjectModel.ObservableCollection`1"] = WellKnownKind.Collection,
        ["System.Collections.ObjectModel.ReadOnlyCollection`1"] = WellKnownKind.Collection,
        [AttributeNames.Entity] = WellKnownKind.Attribute,
        [AttributeNames.Key] = WellKnownKind.Attribute,
        [AttributeNames.Required] = WellKnownKind.Attribute,
        [AttributeNames.MaxLength] = WellKnownKind.Attribute,
        [AttributeNames.StringLength] = WellKnownKind.Attribute,
        [AttributeNames.ForeignKey] = WellKnownKind.Attribute,
    };

    public static bool TryGet(string metadataName, out WellKnownKind kind) => Kinds.TryGetValue(metadataName, out kind);
}
