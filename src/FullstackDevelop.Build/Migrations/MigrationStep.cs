using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Migrations;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Build.Migrations;

/// <summary>
/// The backend developer's migrations, after its schema: reads <c>database/migrations/</c> in the output folder, and when the
/// model's schema differs from the one the last script leads to, writes the next script there. Kept apart from the agents'
/// files on purpose: a script depends on the folder's history as well as on the requirements, so it is not a cacheable
/// agent result, and once written it belongs to the project's history. The build never rewrites or deletes one (it is not
/// in the state's written files, so neither a later build nor <c>dotnet clean</c> touches it).
/// </summary>
public static class MigrationStep
{
    /// <summary>Plans and writes the next migration for <paramref name="requirements"/>; returns its path, or null when none was written.</summary>
    /// <param name="outputFolder">The output folder (<c>FullstackOutputPath</c>).</param>
    /// <param name="requirements">This build's requirements.</param>
    /// <param name="plan">This build's plan.</param>
    /// <param name="rootNamespace">The project's root namespace, as the model takes it.</param>
    /// <param name="toolName">The tool named in the script's heading.</param>
    /// <param name="log">Where the new script and its warnings are reported.</param>
    public static string? Run(string outputFolder, ProjectRequirements requirements, ExecutionPlan plan, string rootNamespace, string toolName, IBuildLog log)
    {
        var folder = Path.Combine(Path.GetFullPath(outputFolder), MigrationFile.Folder.Replace('/', Path.DirectorySeparatorChar));
        List<MigrationFile> existing;
        try
        {
            existing = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.sql").Select(path => new MigrationFile(Path.GetFileName(path), File.ReadAllText(path))).ToList()
                : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.LogWarning(MigrationWarningCodes.FolderInaccessible, folder, $"The migrations folder could not be read, so no migration was written: {exception.Message} The next build tries again.");
            return null;
        }

        var model = ArtifactModelBuilder.Build(requirements, plan, rootNamespace);
        var next = MigrationPlanner.Plan(existing, DatabaseSchemaBuilder.From(model), model.Project.Name, toolName);
        if (next.Problem is not null)
        {
            log.LogWarning(MigrationWarningCodes.HistoryUnreadable, folder, next.Problem + " No migration was written until then.");
            return null;
        }

        var script = next.NewFile;
        var written = script is not null && Write(Path.Combine(folder, script.FileName), script.Text, log);
        WriteSqlite(outputFolder, written ? [.. existing, script!] : existing, model.Project.Name, toolName, log);
        if (!written)
        {
            return null;
        }

        var path = Path.Combine(folder, script!.FileName);
        log.LogMessage($"FullstackDevelop: wrote the migration {script.Path} ({next.Changes.Count} step(s)); apply it with the app's --migrate.", important: false);
        foreach (var change in next.Changes.Where(change => change.IsDestructive))
        {
            log.LogWarning(
                MigrationWarningCodes.DestructiveStepCommentedOut,
                path,
                $"The {change.Subject} is no longer declared as it was, and changing the database to match would lose data, so the migration has that step as a comment and does not run it. Back the data up and run the commented statements by hand, or declare it again.");
        }

        foreach (var change in next.Changes.Where(change => change.NeedsReview))
        {
            var what = change.Kind == SchemaChangeKind.SetNotNull
                ? $"is now required: the migration gives the rows that hold a null {change.Column!.FillValue}"
                : $"changes type to {change.Column!.SqlType}: the migration fails, changing nothing, if a value there does not convert";
            log.LogWarning(MigrationWarningCodes.StepChangesRows, path, $"The {change.Subject} {what}. Review the script before it is applied, and edit it if the rows need other values.");
        }

        return path;
    }

    // The SQLite scripts the SQLite folder lacks, from the PostgreSQL scripts' records: the same numbers and steps.
    private static void WriteSqlite(string outputFolder, IReadOnlyList<MigrationFile> postgres, string projectName, string toolName, IBuildLog log)
    {
        var folder = Path.Combine(Path.GetFullPath(outputFolder), MigrationSqliteSql.Folder.Replace('/', Path.DirectorySeparatorChar));
        List<string> names;
        try
        {
            names = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.sql").Select(path => Path.GetFileName(path)).ToList() : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.LogWarning(MigrationWarningCodes.FolderInaccessible, folder, $"The SQLite migrations folder could not be read, so no SQLite migration was written: {exception.Message} The next build tries again.");
            return;
        }

        var missing = SqliteMigrationHistory.Missing(postgres, names, projectName, toolName);
        foreach (var file in missing.NewFiles)
        {
            if (Write(Path.Combine(folder, file.FileName), file.Text, log))
            {
                log.LogMessage($"FullstackDevelop: wrote the SQLite migration {MigrationSqliteSql.Folder}/{file.FileName}.", important: false);
            }
        }

        if (missing.Problem is not null)
        {
            log.LogWarning(MigrationWarningCodes.SqliteHistoryUnreadable, folder, missing.Problem);
        }
    }

    // True when the script was written; a script of that name is already history (a build running at the same time wrote it): never replaced.
    private static bool Write(string path, string text, IBuildLog log)
    {
        try
        {
            if (File.Exists(path))
            {
                return false;
            }

            AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(text));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.LogWarning(MigrationWarningCodes.FolderInaccessible, path, $"The migration could not be written: {exception.Message} The next build tries again.");
            return false;
        }
    }
}
