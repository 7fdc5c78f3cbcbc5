using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Core.Tests.Agents.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// The backend developer's schema applied with psql to a real PostgreSQL: the CHECK constraints, the one-to-one's unique
/// index and the many-to-many join table hold rows as the API's EF Core model does, and applying it again changes nothing.
/// </summary>
public sealed class PostgresSchemaTests
{
    [SkippableFact]
    public async Task The_schema_applies_twice_and_PostgreSQL_holds_its_checks_unique_index_and_join_table()
    {
        using var server = await PostgresServer.StartOrSkipAsync();
        using var folder = new TemporaryDirectory();
        foreach (var (path, text) in AgentSamples.Render("backend-developer", RulesSample.Requirements))
        {
            var target = folder.Combine(path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, text);
        }

        await Succeeds(server, folder, "-f", "database/schema.sql");
        await Succeeds(server, folder, "-f", "database/schema.sql");

        // Every CHECK of the model exists under its name, and nothing else does.
        var expected = AgentSamples.Model(RulesSample.Requirements).Entities.SelectMany(entity => entity.Fields).SelectMany(field => field.Checks).Select(check => check.Name).OrderBy(name => name, StringComparer.Ordinal);
        var actual = await Succeeds(server, folder, "-A", "-t", "-c", "SELECT conname FROM pg_catalog.pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace ORDER BY conname COLLATE \"C\";");
        Assert.Equal(expected, actual.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        // Within the rules: accepted.
        await Succeeds(server, folder, "-c", "INSERT INTO \"Doctors\" (\"Name\", \"Rating\", \"Fee\", \"Score\", \"LicenseNumber\", \"JoinedAt\") VALUES ('Ada', 5, 10000, 0, 'L-1', now());");
        await Succeeds(server, folder, "-c", "INSERT INTO \"Clinics\" (\"Name\", \"Code\") VALUES ('Ok', 'ABC-12');");
        await Succeeds(server, folder, "-c", "INSERT INTO \"Badges\" (\"Id\", \"Label\", \"DoctorId\") VALUES ('6b0f4e5c-2a4d-4c8e-9d1b-8f3e2a7c5d10', 'Gold', 1);");

        // Outside them: refused, naming the constraint.
        await Fails(server, folder, "CK_Doctors_Rating_Range", "INSERT INTO \"Doctors\" (\"Name\", \"Rating\", \"Fee\", \"Score\", \"LicenseNumber\", \"JoinedAt\") VALUES ('Bo', 6, 1, 0, 'L-2', now());");
        await Fails(server, folder, "CK_Doctors_Fee_Range", "INSERT INTO \"Doctors\" (\"Name\", \"Rating\", \"Fee\", \"Score\", \"LicenseNumber\", \"JoinedAt\") VALUES ('Bo', 1, 0, 0, 'L-2', now());");
        await Fails(server, folder, "CK_Doctors_Score_Range", "INSERT INTO \"Doctors\" (\"Name\", \"Rating\", \"Fee\", \"Score\", \"LicenseNumber\", \"JoinedAt\") VALUES ('Bo', 1, 1, 1, 'L-2', now());");
        // The length of text is the API's to check: it counts UTF-16 code units, PostgreSQL characters.
        await Succeeds(server, folder, "-c", "INSERT INTO \"Clinics\" (\"Name\", \"Code\") VALUES ('A', 'ABC-12');");
        await Fails(server, folder, "CK_Doctors_Photo_MinLength", "UPDATE \"Doctors\" SET \"Photo\" = '\\x01'::bytea;");

        // One-to-one: a second badge for the same doctor breaks the unique index.
        await Fails(server, folder, "IX_Badges_DoctorId", "INSERT INTO \"Badges\" (\"Id\", \"Label\", \"DoctorId\") VALUES ('9a7d3c21-5e6f-4b8a-8c9d-0e1f2a3b4c5d', 'Silver', 1);");

        // Many-to-many: a pair is linked once, only between existing rows, and goes with either side.
        await Succeeds(server, folder, "-c", "INSERT INTO \"ClinicDoctor\" (\"ClinicId\", \"DoctorId\") VALUES (1, 1);");
        await Fails(server, folder, "PK_ClinicDoctor", "INSERT INTO \"ClinicDoctor\" (\"ClinicId\", \"DoctorId\") VALUES (1, 1);");
        await Fails(server, folder, "FK_ClinicDoctor_Doctors_DoctorId", "INSERT INTO \"ClinicDoctor\" (\"ClinicId\", \"DoctorId\") VALUES (1, 2);");
        await Succeeds(server, folder, "-c", "DELETE FROM \"Clinics\" WHERE \"Id\" = 1;");
        var links = await Succeeds(server, folder, "-A", "-t", "-c", "SELECT count(*) FROM \"ClinicDoctor\";");
        Assert.Equal("0", links.Output.Trim());

        // Applying the schema to a database with rows changes nothing either.
        await Succeeds(server, folder, "-f", "database/schema.sql");
    }

    private static async Task<ProcessResult> Succeeds(PostgresServer server, TemporaryDirectory folder, params string[] arguments)
    {
        var result = await server.PsqlAsync(folder.Path, arguments);
        Assert.True(result.ExitCode == 0, result.Describe());
        return result;
    }

    private static async Task Fails(PostgresServer server, TemporaryDirectory folder, string constraint, string sql)
    {
        var result = await server.PsqlAsync(folder.Path, "-c", sql);
        Assert.True(result.ExitCode != 0, "PostgreSQL accepted: " + sql);
        Assert.Contains("\"" + constraint + "\"", result.Output, StringComparison.Ordinal);
    }
}
