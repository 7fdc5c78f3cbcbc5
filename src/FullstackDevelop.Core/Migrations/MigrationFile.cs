using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FullstackDevelop.Core.Migrations;

/// <summary>A migration script in <c>database/migrations/</c>: <c>NNNN_&lt;what&gt;.sql</c>, applied in the order of its number.</summary>
/// <param name="FileName">Its file name: <c>0002_add_column_books_isbn.sql</c>.</param>
/// <param name="Text">Its content.</param>
public sealed record MigrationFile(string FileName, string Text)
{
    /// <summary>The folder of the scripts, relative to the output folder, with '/'.</summary>
    public const string Folder = "database/migrations";

    private static readonly Regex NamePattern = new("^(?<number>[0-9]{4,})_[a-z0-9_]+\\.sql$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Its path relative to the output folder: <c>database/migrations/0002_add_column_books_isbn.sql</c>.</summary>
    public string Path => Folder + "/" + FileName;

    /// <summary>The number a script's file name starts with; null for a file that is not named as a migration.</summary>
    public static int? NumberOf(string fileName)
    {
        var match = NamePattern.Match(fileName);
        return match.Success && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>The file name of migration <paramref name="number"/> doing <paramref name="what"/>.</summary>
    public static string NameOf(int number, string what) => number.ToString("0000", CultureInfo.InvariantCulture) + "_" + what + ".sql";
}
