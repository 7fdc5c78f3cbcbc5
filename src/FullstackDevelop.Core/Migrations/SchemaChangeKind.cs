namespace FullstackDevelop.Core.Migrations;

/// <summary>
/// What one step of a migration does. The order of the members is the order steps run in: what goes away first (so a
/// changed constraint can come back under its name), then what is created, each thing after what it needs.
/// </summary>
public enum SchemaChangeKind
{
    /// <summary>A foreign key is removed (or changed, and added again later).</summary>
    DropForeignKey,

    /// <summary>An index is removed (or changed).</summary>
    DropIndex,

    /// <summary>A CHECK constraint is removed (or changed).</summary>
    DropCheck,

    /// <summary>A table is created with its columns, primary key and checks.</summary>
    CreateTable,

    /// <summary>A column is added to an existing table; a <c>NOT NULL</c> one fills the rows already there.</summary>
    AddColumn,

    /// <summary>A column's type changes: PostgreSQL converts the values, and refuses (rolling back) when one does not fit.</summary>
    AlterColumnType,

    /// <summary>A column may now be null: a field made optional, or a field removed whose column stays.</summary>
    DropNotNull,

    /// <summary>A column becomes <c>NOT NULL</c>: the rows that hold a null get the type's default first.</summary>
    SetNotNull,

    /// <summary>A CHECK constraint is added.</summary>
    AddCheck,

    /// <summary>An index is added.</summary>
    AddIndex,

    /// <summary>A foreign key is added.</summary>
    AddForeignKey,

    /// <summary>A table's primary key or a column's identity changes: written commented out, never run.</summary>
    ChangeKey,

    /// <summary>A column is removed: written commented out, never run, since it would delete its data.</summary>
    DropColumn,

    /// <summary>A table is removed: written commented out, never run, since it would delete its rows.</summary>
    DropTable,
}
