using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Migrations;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Agents;
using FullstackDevelop.Core.Tests.TestSupport;

namespace FullstackDevelop.Core.Tests.Migrations;

/// <summary>Small models declared as the generator reads them, and the schema and migrations the build works out for them.</summary>
internal static class MigrationModels
{
    public const string Tool = "FullstackDevelop";

    /// <summary>Authors and their books: a reference (foreign key and its index) and a text with a maximum length.</summary>
    public static List<EntityDeclaration> Library() =>
    [
        Declare.Entity("Author", Declare.Id(), Declare.Text("Name").With(Annotate.Required, Annotate.MaxLength(100))),
        Declare.Entity("Book", Declare.Id(), Declare.Text("Title").With(Annotate.Required), Declare.Scalar("AuthorId", "System.Int32"), Declare.Reference("Author", "Author")),
    ];

    public static DatabaseSchema Schema(IEnumerable<EntityDeclaration> entities) => Schema(RulesSample.Build(entities.ToArray()));

    public static DatabaseSchema Schema(ProjectRequirements requirements) => DatabaseSchemaBuilder.From(AgentSamples.Model(requirements));

    /// <summary>Plans the next migration after <paramref name="folder"/> and adds it there; returns the plan.</summary>
    public static MigrationPlan Next(List<MigrationFile> folder, DatabaseSchema schema)
    {
        var plan = MigrationPlanner.Plan(folder, schema, "Clinic", Tool);
        if (plan.NewFile is { } file)
        {
            folder.Add(file);
        }

        return plan;
    }

    /// <summary>
    /// The script as a reviewer who accepts every destructive step runs it: the commented statements uncommented. What the
    /// database then holds must equal schema.sql's.
    /// </summary>
    public static string WithDestructiveStepsRun(string script) =>
        string.Join("\n", script.Split('\n').Select(line =>
            line.StartsWith(MigrationSql.CommentedStatementPrefix + "ALTER TABLE", System.StringComparison.Ordinal) || line.StartsWith(MigrationSql.CommentedStatementPrefix + "DROP TABLE", System.StringComparison.Ordinal)
                ? line.Substring(MigrationSql.CommentedStatementPrefix.Length)
                : line));
}
