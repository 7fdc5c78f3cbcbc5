using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Migrations;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Agents;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Migrations;

/// <summary>
/// The migration planner: numbering, naming, never rewriting, destructive steps as comments, and the folder as its own
/// history. PostgreSQL runs the scripts in <see cref="MigrationPostgresTests"/>.
/// </summary>
public sealed class MigrationPlannerTests
{
    [Fact]
    public void The_first_migration_creates_the_whole_schema_and_the_same_model_plans_nothing_more()
    {
        var folder = new List<MigrationFile>();
        var schema = MigrationModels.Schema(MigrationModels.Library());

        var first = MigrationModels.Next(folder, schema);

        Assert.Equal("0001_create_schema.sql", first.NewFile!.FileName);
        Assert.Equal("database/migrations/0001_create_schema.sql", first.NewFile.Path);
        Assert.Equal(
            [SchemaChangeKind.CreateTable, SchemaChangeKind.CreateTable, SchemaChangeKind.AddIndex, SchemaChangeKind.AddForeignKey],
            first.Changes.Select(change => change.Kind));
        Assert.Contains("CREATE TABLE IF NOT EXISTS \"Authors\" (", first.NewFile.Text, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX IF NOT EXISTS \"IX_Books_AuthorId\" ON \"Books\" (\"AuthorId\");", first.NewFile.Text, StringComparison.Ordinal);
        Assert.Equal(MigrationSchemaRecord.Line(schema), MigrationSchemaRecord.Line(MigrationSchemaRecord.Read(first.NewFile.Text)!));

        var again = MigrationModels.Next(folder, schema);
        Assert.Null(again.NewFile);
        Assert.Null(again.Problem);
        Assert.Single(folder);
    }

    [Fact]
    public void A_new_field_a_new_entity_and_a_removed_field_each_get_the_next_number_named_for_the_change()
    {
        var folder = new List<MigrationFile>();
        var entities = MigrationModels.Library();
        MigrationModels.Next(folder, MigrationModels.Schema(entities));

        entities[1] = entities[1] with { Properties = Plus(entities[1].Properties, Declare.Text("Isbn", nullable: true)) };
        var field = MigrationModels.Next(folder, MigrationModels.Schema(entities));
        Assert.Equal("0002_add_column_books_isbn.sql", field.NewFile!.FileName);
        Assert.Contains("ALTER TABLE \"Books\" ADD COLUMN IF NOT EXISTS \"Isbn\" text;", field.NewFile.Text, StringComparison.Ordinal);

        entities.Add(Declare.Entity("Review", Declare.Id(), Declare.Scalar("Stars", "System.Int32").With(Annotate.Range(1, 5)), Declare.Scalar("BookId", "System.Int32"), Declare.Reference("Book", "Book")));
        var entity = MigrationModels.Next(folder, MigrationModels.Schema(entities));
        Assert.Equal("0003_add_table_reviews_and_more.sql", entity.NewFile!.FileName);
        Assert.Equal([SchemaChangeKind.CreateTable, SchemaChangeKind.AddIndex, SchemaChangeKind.AddForeignKey], entity.Changes.Select(change => change.Kind));
        Assert.Contains("CONSTRAINT \"CK_Reviews_Stars_Range\" CHECK (\"Stars\" BETWEEN 1 AND 5)", entity.NewFile.Text, StringComparison.Ordinal);

        entities[0] = entities[0] with { Properties = EquatableArrayWithout(entities[0].Properties, "Name") };
        var removed = MigrationModels.Next(folder, MigrationModels.Schema(entities));
        Assert.Equal("0004_drop_column_authors_name_and_more.sql", removed.NewFile!.FileName);
        Assert.Equal([SchemaChangeKind.DropNotNull, SchemaChangeKind.DropColumn], removed.Changes.Select(change => change.Kind));
        Assert.True(removed.Changes[1].IsDestructive);

        // The drop is a comment; making the column nullable, so the API can insert without it, is run.
        Assert.Contains("ALTER TABLE \"Authors\" ALTER COLUMN \"Name\" DROP NOT NULL;", removed.NewFile.Text, StringComparison.Ordinal);
        Assert.Contains("\n-- ALTER TABLE \"Authors\" DROP COLUMN IF EXISTS \"Name\";", removed.NewFile.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nALTER TABLE \"Authors\" DROP COLUMN", removed.NewFile.Text, StringComparison.Ordinal);
        Assert.Contains("FSD2105", removed.NewFile.Text, StringComparison.Ordinal);

        Assert.Equal(["0001_create_schema.sql", "0002_add_column_books_isbn.sql", "0003_add_table_reviews_and_more.sql", "0004_drop_column_authors_name_and_more.sql"], folder.Select(file => file.FileName));
    }

    [Fact]
    public void A_required_column_fills_existing_rows_with_its_type_default_and_then_drops_the_default()
    {
        var folder = new List<MigrationFile>();
        var entities = MigrationModels.Library();
        MigrationModels.Next(folder, MigrationModels.Schema(entities));
        entities[1] = entities[1] with
        {
            Properties = Plus(
                entities[1].Properties,
                Declare.Scalar("Pages", "System.Int32"),
                Declare.EnumOf("Status", "Draft", "Published"),
                Declare.Scalar("Added", "System.DateTimeOffset")),
        };

        var text = MigrationModels.Next(folder, MigrationModels.Schema(entities)).NewFile!.Text;

        Assert.Contains("ADD COLUMN IF NOT EXISTS \"Pages\" integer NOT NULL DEFAULT 0;", text, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE \"Books\" ALTER COLUMN \"Pages\" DROP DEFAULT;", text, StringComparison.Ordinal);
        Assert.Contains("NOT NULL DEFAULT 'Draft';", text, StringComparison.Ordinal);
        Assert.Contains("\"Added\" timestamp with time zone NOT NULL DEFAULT '1970-01-01 00:00:00+00';", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folder_is_the_history_a_script_is_never_rewritten_and_the_same_folder_and_model_give_the_same_bytes()
    {
        var entities = MigrationModels.Library();
        var first = new List<MigrationFile>();
        MigrationModels.Next(first, MigrationModels.Schema(entities));
        entities[0] = entities[0] with { Properties = Plus(entities[0].Properties, Declare.Scalar("Born", "System.DateOnly", nullable: true)) };
        var schema = MigrationModels.Schema(entities);

        // Two builds, say a clean one with no state and an incremental one, from the same folder: the same script.
        var clean = MigrationModels.Next([.. first], schema);
        var incremental = MigrationModels.Next([.. first], schema);
        Assert.Equal(clean.NewFile, incremental.NewFile);

        // A user's edit to an old script (uncommenting a drop, a comment) changes nothing of what comes next.
        var edited = first.Select(file => file with { Text = "-- reviewed by the DBA\n" + file.Text }).ToList();
        Assert.Equal(clean.NewFile, MigrationModels.Next(edited, schema).NewFile);

        // Files that are not migrations are not read as history.
        Assert.Equal(clean.NewFile, MigrationModels.Next([.. first, new MigrationFile("README.md", "notes"), new MigrationFile("0009-notes.sql", "x")], schema).NewFile);
    }

    [Fact]
    public void A_last_script_without_its_schema_record_or_two_scripts_with_one_number_plan_nothing_and_say_why()
    {
        var schema = MigrationModels.Schema(MigrationModels.Library());
        var folder = new List<MigrationFile>();
        MigrationModels.Next(folder, schema);
        var stripped = folder[0] with { Text = folder[0].Text.Replace(MigrationSchemaRecord.LinePrefix, "-- ", StringComparison.Ordinal) };

        var lost = MigrationPlanner.Plan([stripped], MigrationModels.Schema([]), "Clinic", MigrationModels.Tool);
        Assert.Null(lost.NewFile);
        Assert.Contains("0001_create_schema.sql", lost.Problem, StringComparison.Ordinal);
        Assert.Contains("fullstack-schema", lost.Problem, StringComparison.Ordinal);

        var damaged = folder[0] with { Text = folder[0].Text.Replace("\"Tables\":[", "\"Tables\":[null,", StringComparison.Ordinal) };
        Assert.NotNull(MigrationPlanner.Plan([damaged], schema, "Clinic", MigrationModels.Tool).Problem);

        var twice = MigrationPlanner.Plan([folder[0], folder[0] with { FileName = "0001_other.sql" }], schema, "Clinic", MigrationModels.Tool);
        Assert.Null(twice.NewFile);
        Assert.Contains("0001_other.sql", twice.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_check_is_dropped_and_added_again_and_a_type_change_is_run_and_flagged()
    {
        var folder = new List<MigrationFile>();
        var entities = MigrationModels.Library();
        entities[1] = entities[1] with { Properties = Plus(entities[1].Properties, Declare.Scalar("Pages", "System.Int32").With(Annotate.Range(1, 500))) };
        MigrationModels.Next(folder, MigrationModels.Schema(entities));
        entities[1] = entities[1] with { Properties = Plus(EquatableArrayWithout(entities[1].Properties, "Pages"), Declare.Scalar("Pages", "System.Int32").With(Annotate.Range(1, 5000))) };
        entities[0] = entities[0] with { Properties = Plus(EquatableArrayWithout(entities[0].Properties, "Name"), Declare.Text("Name").With(Annotate.Required, Annotate.MaxLength(200))) };

        var plan = MigrationModels.Next(folder, MigrationModels.Schema(entities));

        Assert.Equal([SchemaChangeKind.DropCheck, SchemaChangeKind.AlterColumnType, SchemaChangeKind.AddCheck], plan.Changes.Select(change => change.Kind));
        Assert.True(plan.Changes[1].NeedsReview);
        Assert.Contains("ALTER TABLE \"Authors\" ALTER COLUMN \"Name\" TYPE character varying(200);", plan.NewFile!.Text, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE IF EXISTS \"Books\" DROP CONSTRAINT IF EXISTS \"CK_Books_Pages_Range\";", plan.NewFile.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_entity_keeps_its_table_but_loses_its_foreign_keys_and_indexes()
    {
        var folder = new List<MigrationFile>();
        var entities = MigrationModels.Library();
        MigrationModels.Next(folder, MigrationModels.Schema(entities));

        var plan = MigrationModels.Next(folder, MigrationModels.Schema(entities.Take(1)));

        Assert.Equal([SchemaChangeKind.DropForeignKey, SchemaChangeKind.DropIndex, SchemaChangeKind.DropTable], plan.Changes.Select(change => change.Kind));
        Assert.Contains("\n-- DROP TABLE IF EXISTS \"Books\";", plan.NewFile!.Text, StringComparison.Ordinal);
        Assert.Equal("0002_drop_table_books_and_more.sql", plan.NewFile.FileName);
    }

    [Fact]
    public void Diffing_is_linear_a_thousand_entities_with_one_new_field_is_one_step()
    {
        var entities = Enumerable.Range(0, 1000).Select(index => Declare.Entity("Thing" + index, Declare.Id(), Declare.Text("Label").With(Annotate.Required))).ToList();
        var before = MigrationModels.Schema(entities);
        entities[500] = entities[500] with { Properties = Plus(entities[500].Properties, Declare.Text("Note", nullable: true)) };

        var changes = SchemaDiff.Between(before, MigrationModels.Schema(entities));

        Assert.Equal(SchemaChangeKind.AddColumn, Assert.Single(changes).Kind);
        Assert.Equal("Note", changes[0].Column!.Name);
    }

    private static EquatableArray<PropertyDeclaration> Plus(EquatableArray<PropertyDeclaration> properties, params PropertyDeclaration[] added) =>
        EquatableArray.From(properties.Concat(added));

    private static EquatableArray<PropertyDeclaration> EquatableArrayWithout(EquatableArray<PropertyDeclaration> properties, string name) =>
        EquatableArray.From(properties.Where(property => property.Name != name));
}
