namespace FullstackDevelop.Core.Migrations;

/// <summary>PostgreSQL's quoting of identifiers and string literals.</summary>
public static class SqlText
{
    /// <summary>A quoted identifier: <c>"Books"</c>, with any <c>"</c> doubled.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>A string literal: <c>'Draft'</c>, with any <c>'</c> doubled.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''") + "'";
}
