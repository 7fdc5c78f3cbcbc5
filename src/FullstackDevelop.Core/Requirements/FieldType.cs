using System.Collections.Generic;

namespace FullstackDevelop.Core.Requirements;

/// <summary>The field types entities support, and the CLR types they come from.</summary>
public static class FieldType
{
    /// <summary>The type name used for enum properties; the members are listed on the field.</summary>
    public const string Enum = "enum";

    private static readonly Dictionary<string, string> ByClrName = new()
    {
        ["System.String"] = "string",
        ["System.Boolean"] = "bool",
        ["System.Byte"] = "byte",
        ["System.Int16"] = "int16",
        ["System.Int32"] = "int32",
        ["System.Int64"] = "int64",
        ["System.Single"] = "float",
        ["System.Double"] = "double",
        ["System.Decimal"] = "decimal",
        ["System.DateTime"] = "datetime",
        ["System.DateTimeOffset"] = "datetimeoffset",
        ["System.DateOnly"] = "date",
        ["System.TimeOnly"] = "time",
        ["System.TimeSpan"] = "timespan",
        ["System.Guid"] = "guid",
        ["System.Byte[]"] = "bytes",
    };

    // Each type as generated code writes it: a keyword, or the full name with global::.
    private static readonly Dictionary<string, string> CSharpTypes = new()
    {
        ["string"] = "string",
        ["bool"] = "bool",
        ["byte"] = "byte",
        ["int16"] = "short",
        ["int32"] = "int",
        ["int64"] = "long",
        ["float"] = "float",
        ["double"] = "double",
        ["decimal"] = "decimal",
        ["datetime"] = "global::System.DateTime",
        ["datetimeoffset"] = "global::System.DateTimeOffset",
        ["date"] = "global::System.DateOnly",
        ["time"] = "global::System.TimeOnly",
        ["timespan"] = "global::System.TimeSpan",
        ["guid"] = "global::System.Guid",
        ["bytes"] = "byte[]",
    };

    private static readonly HashSet<string> Integers = new() { "byte", "int16", "int32", "int64" };

    private static readonly HashSet<string> Numbers = new() { "byte", "int16", "int32", "int64", "float", "double", "decimal" };

    /// <summary>Every supported type name, in a stable order.</summary>
    public static IReadOnlyCollection<string> Names => ByClrName.Values;

    /// <summary>Maps a CLR type's full name (<c>System.Int32</c>) to a field type name (<c>int32</c>).</summary>
    /// <returns>False when the type is not supported.</returns>
    public static bool TryFromClrName(string clrName, out string fieldType) => ByClrName.TryGetValue(clrName, out fieldType!);

    /// <summary>The C# type of a field type (not an enum) in generated code: <c>int</c> for <c>int32</c>, <c>global::System.DateTime</c> for <c>datetime</c>.</summary>
    public static string CSharpType(string fieldType) => CSharpTypes[fieldType];

    /// <summary>The C# spelling of a field type, for messages: <c>int</c> for <c>int32</c>, <c>DateTime</c> for <c>datetime</c>.</summary>
    public static string CSharpName(string fieldType) => fieldType == Enum
        ? "an enum"
        : CSharpTypes.TryGetValue(fieldType, out var name) ? name.Replace("global::System.", string.Empty) : fieldType;

    /// <summary>True for the integer types: <c>byte</c>, <c>int16</c>, <c>int32</c> and <c>int64</c>.</summary>
    public static bool IsInteger(string fieldType) => Integers.Contains(fieldType);

    /// <summary>True for the integer types, <c>float</c>, <c>double</c> and <c>decimal</c>.</summary>
    public static bool IsNumber(string fieldType) => Numbers.Contains(fieldType);
}
