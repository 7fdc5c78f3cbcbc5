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

    /// <summary>Every supported type name, in a stable order.</summary>
    public static IReadOnlyCollection<string> Names => ByClrName.Values;

    /// <summary>Maps a CLR type's full name (<c>System.Int32</c>) to a field type name (<c>int32</c>).</summary>
    /// <returns>False when the type is not supported.</returns>
    public static bool TryFromClrName(string clrName, out string fieldType) => ByClrName.TryGetValue(clrName, out fieldType!);
}
