namespace FullstackDevelop.Core.Migrations;

/// <summary>One step of a migration, with what it needs of the schema before or after it.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Table">The table it changes.</param>
/// <param name="NewTable">The table as it is now: for <see cref="SchemaChangeKind.CreateTable"/> and <see cref="SchemaChangeKind.ChangeKey"/>.</param>
/// <param name="OldTable">The table as it was: for <see cref="SchemaChangeKind.ChangeKey"/>.</param>
/// <param name="Column">The column it adds, changes or removes.</param>
/// <param name="Check">The CHECK constraint it adds or removes.</param>
/// <param name="Index">The index it adds or removes.</param>
/// <param name="ForeignKey">The foreign key it adds or removes.</param>
public sealed record SchemaChange(
    SchemaChangeKind Kind,
    string Table,
    SchemaTable? NewTable = null,
    SchemaTable? OldTable = null,
    SchemaColumn? Column = null,
    SchemaCheck? Check = null,
    SchemaIndex? Index = null,
    SchemaForeignKey? ForeignKey = null)
{
    /// <summary>True for the steps written commented out, because running them could lose data.</summary>
    public bool IsDestructive => Kind is SchemaChangeKind.DropColumn or SchemaChangeKind.DropTable or SchemaChangeKind.ChangeKey;

    /// <summary>
    /// True for the steps that run but touch the rows already there: a type change (refused, rolling the migration back,
    /// when a value does not convert) and a column made required (its nulls get the type's default).
    /// </summary>
    public bool NeedsReview => Kind is SchemaChangeKind.AlterColumnType or SchemaChangeKind.SetNotNull;

    /// <summary>What the step changes, in a few words: <c>column "Books"."Isbn"</c>.</summary>
    public string Subject => Kind switch
    {
        SchemaChangeKind.CreateTable or SchemaChangeKind.DropTable or SchemaChangeKind.ChangeKey => "table " + SqlText.Identifier(Table),
        SchemaChangeKind.AddCheck or SchemaChangeKind.DropCheck => "check " + SqlText.Identifier(Check!.Name) + " on " + SqlText.Identifier(Table),
        SchemaChangeKind.AddIndex or SchemaChangeKind.DropIndex => "index " + SqlText.Identifier(Index!.Name) + " on " + SqlText.Identifier(Table),
        SchemaChangeKind.AddForeignKey or SchemaChangeKind.DropForeignKey => "foreign key " + SqlText.Identifier(ForeignKey!.Name) + " on " + SqlText.Identifier(Table),
        _ => "column " + SqlText.Identifier(Table) + "." + SqlText.Identifier(Column!.Name),
    };
}
