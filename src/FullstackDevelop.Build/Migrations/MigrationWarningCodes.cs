namespace FullstackDevelop.Build.Migrations;

/// <summary>The codes of the warnings the migration step logs, in the agents' <c>FSD21xx</c> range (docs/diagnostics.md).</summary>
public static class MigrationWarningCodes
{
    /// <summary>A step of the new migration would lose data (a dropped column or table, a changed key): written commented out.</summary>
    public const string DestructiveStepCommentedOut = "FSD2105";

    /// <summary>A step of the new migration changes rows already there: a column's type, or a column made required.</summary>
    public const string StepChangesRows = "FSD2106";

    /// <summary>The migrations folder's history cannot be read (the last script lost its schema record, or two share a number): no migration was written.</summary>
    public const string HistoryUnreadable = "FSD2107";

    /// <summary>The migrations folder could not be read or the new script written.</summary>
    public const string FolderInaccessible = "FSD2108";

    /// <summary>A PostgreSQL script lost its schema record, so the SQLite scripts from it on could not be written.</summary>
    public const string SqliteHistoryUnreadable = "FSD2111";
}
