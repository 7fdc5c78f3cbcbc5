using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Requirements.Annotations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>What the generator needs to know about a framework type it resolves without binding.</summary>
internal enum WellKnownKind
{
    /// <summary>A reference type.</summary>
    Class,

    /// <summary>A value type.</summary>
    Struct,

    /// <summary>A generic collection whose single type argument is the element type, and that items can be added to.</summary>
    Collection,

    /// <summary>A generic collection whose single type argument is the element type, and that EF Core cannot add items to.</summary>
    ReadOnlyCollection,

    /// <summary><c>System.Nullable&lt;T&gt;</c>.</summary>
    Nullable,

    /// <summary>An attribute the generator reads.</summary>
    Attribute,

    /// <summary>An enum attribute arguments use; its members' values are in <see cref="WellKnownTypes.TryGetEnumValue"/>.</summary>
    Enum,
}

/// <summary>
/// The framework and FullstackDevelop types requirement declarations use, by metadata name. Names
/// found here are resolved from syntax; other names outside the project's source are looked up in
/// the references.
/// </summary>
internal static class WellKnownTypes
{
    public const string Byte = "System.Byte";
    public const string Nullable = "System.Nullable`1";
    public const string ProjectScale = "FullstackDevelop.ProjectScale";

    // FullstackDevelop.ProjectScale's members: Core's scales and Auto, the attribute's "not set".
    private static readonly Dictionary<string, int> ProjectScales = System.Enum.GetValues(typeof(Core.Requirements.ProjectScale))
        .Cast<Core.Requirements.ProjectScale>()
        .ToDictionary(scale => scale.ToString(), scale => (int)scale);

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
        ["System.String"] = WellKnownKind.Class,
        ["System.Object"] = WellKnownKind.Class,
        ["System.Uri"] = WellKnownKind.Class,
        ["System.Version"] = WellKnownKind.Class,
        [Nullable] = WellKnownKind.Nullable,
        ["System.Collections.Generic.IEnumerable`1"] = WellKnownKind.ReadOnlyCollection,
        ["System.Collections.Generic.ICollection`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.IList`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.IReadOnlyCollection`1"] = WellKnownKind.ReadOnlyCollection,
        ["System.Collections.Generic.IReadOnlyList`1"] = WellKnownKind.ReadOnlyCollection,
        ["System.Collections.Generic.ISet`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.IReadOnlySet`1"] = WellKnownKind.ReadOnlyCollection,
        ["System.Collections.Generic.List`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.HashSet`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.SortedSet`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.LinkedList`1"] = WellKnownKind.Collection,
        ["System.Collections.Generic.Queue`1"] = WellKnownKind.ReadOnlyCollection,
        ["System.Collections.Generic.Stack`1"] = WellKnownKind.ReadOnlyCollection,
        ["System.Collections.ObjectModel.Collection`1"] = WellKnownKind.Collection,
        ["System.Collections.ObjectModel.ObservableCollection`1"] = WellKnownKind.Collection,
        ["System.Collections.ObjectModel.ReadOnlyCollection`1"] = WellKnownKind.ReadOnlyCollection,
        [AttributeNames.Project] = WellKnownKind.Attribute,
        [AttributeNames.Feature] = WellKnownKind.Attribute,
        [AttributeNames.Requirement] = WellKnownKind.Attribute,
        [AttributeNames.Agent] = WellKnownKind.Attribute,
        [AttributeNames.AgentTemplate] = WellKnownKind.Attribute,
        [AttributeNames.Entity] = WellKnownKind.Attribute,
        [ProjectScale] = WellKnownKind.Enum,
    };

    // Every attribute entities may carry that FullstackDevelop knows, supported or reported.
    private static readonly HashSet<string> Annotations = new(AnnotationNames.All, StringComparer.Ordinal);

    public static bool TryGet(string metadataName, out WellKnownKind kind)
    {
        if (Kinds.TryGetValue(metadataName, out kind))
        {
            return true;
        }

        kind = WellKnownKind.Attribute;
        return Annotations.Contains(metadataName);
    }

    /// <summary>True for an attribute of <see cref="AnnotationNames.All"/>.</summary>
    public static bool IsAnnotation(string metadataName) => Annotations.Contains(metadataName);

    /// <summary>The value of a member of a <see cref="WellKnownKind.Enum"/> type.</summary>
    public static bool TryGetEnumValue(string metadataName, string member, out int value)
    {
        value = 0;
        return metadataName == ProjectScale && (member == "Auto" || ProjectScales.TryGetValue(member, out value));
    }
}
