using System.Collections.Generic;

namespace FullstackDevelop.Core.Migrations;

/// <summary>What <see cref="MigrationPlanner"/> decided.</summary>
/// <param name="NewFile">The script to write; null when the schema did not change or the history cannot be read.</param>
/// <param name="Changes">The steps of <paramref name="NewFile"/>.</param>
/// <param name="Problem">Why no script could be planned (the history cannot be read); null otherwise.</param>
public sealed record MigrationPlan(MigrationFile? NewFile, IReadOnlyList<SchemaChange> Changes, string? Problem);
