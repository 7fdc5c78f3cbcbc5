using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// The <c>audit-log</c> feature of the clinics (three entities, a many-to-many and a composite key): every change made
/// over HTTP is an audit entry with who, what, when (from a <see cref="FakeTimeProvider"/>), old and new values, read
/// through the read-only <c>/api/audit-entries</c>; the SQL schema's audit table is the one EF Core's Npgsql provider creates.
/// </summary>
public sealed class AuditLogTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static readonly Lazy<(Assembly Assembly, ProjectRequirements Requirements)> Audited = new(() =>
    {
        var outcome = Generate("audit-log");
        return (GeneratedWebApp.Load(outcome.Output), RequirementsOf(outcome));
    });

    [Fact]
    public async Task Each_change_over_http_is_an_audit_entry_with_who_what_when_and_the_values_before_and_after()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = await GeneratedWebApp.StartAsync(Audited.Value.Assembly, "Clinics", "Clinics", "Development", services: services => services.AddSingleton<TimeProvider>(clock));

        var clinicId = (await SendAsync(app, HttpMethod.Post, "/api/clinics", """{ "name": "North" }""", HttpStatusCode.Created)).GetProperty("id").GetInt32();
        clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(app, HttpMethod.Put, "/api/clinics/" + clinicId, """{ "name": "South" }""", HttpStatusCode.NoContent);
        // Setting a value it already has is no change, and records nothing.
        await SendAsync(app, HttpMethod.Put, "/api/clinics/" + clinicId, """{ "name": "South" }""", HttpStatusCode.NoContent);
        clock.Advance(TimeSpan.FromMinutes(1));
        var doctorId = (await SendAsync(app, HttpMethod.Post, "/api/doctors", GeneratedApiTests.Doctor, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await SendAsync(app, HttpMethod.Put, "/api/doctors/" + doctorId + "/clinics/" + clinicId, null, HttpStatusCode.NoContent);
        await SendAsync(app, HttpMethod.Delete, "/api/doctors/" + doctorId + "/clinics/" + clinicId, null, HttpStatusCode.NoContent);
        clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(app, HttpMethod.Delete, "/api/clinics/" + clinicId, null, HttpStatusCode.NoContent);
        // A change the database refuses (a badge of a missing doctor) is not in the log.
        await SendAsync(app, HttpMethod.Post, "/api/badges", """{ "doctorId": 999, "code": "AB12", "issuedAt": "2024-01-02T03:04:05Z" }""", HttpStatusCode.Conflict);

        var clinic = await SendAsync(app, HttpMethod.Get, "/api/audit-entries?entityType=Clinic&entityKey=" + clinicId, null, HttpStatusCode.OK);
        Assert.Equal(3, clinic.GetProperty("totalCount").GetInt32());
        var entries = clinic.GetProperty("items").EnumerateArray().ToList();
        // Newest first.
        Assert.Equal(
            new[]
            {
                ("delete", Start.AddMinutes(3), "{\"id\":" + clinicId + ",\"name\":\"South\"}", (string?)null),
                ("update", Start.AddMinutes(1), "{\"name\":\"North\"}", "{\"name\":\"South\"}"),
                ("create", Start, null, "{\"id\":" + clinicId + ",\"name\":\"North\"}"),
            },
            entries.Select(entry => (
                entry.GetProperty("operation").GetString()!,
                entry.GetProperty("timestamp").GetDateTimeOffset(),
                entry.GetProperty("oldValues").GetString(),
                entry.GetProperty("newValues").GetString())));
        Assert.All(entries, entry => Assert.Equal(("anonymous", "Clinic", clinicId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.GetProperty("user").GetString(), entry.GetProperty("entityType").GetString(), entry.GetProperty("entityKey").GetString())));

        // The doctor's values as the API writes them: enums by name, times in UTC, every field of a create.
        var doctor = Assert.Single((await SendAsync(app, HttpMethod.Get, "/api/audit-entries?entityType=Doctor", null, HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        using var created = JsonDocument.Parse(doctor.GetProperty("newValues").GetString()!);
        Assert.Equal(("Cardiology", "AB1234", 120.50m, doctorId), (created.RootElement.GetProperty("specialty").GetString(), created.RootElement.GetProperty("licenseCode").GetString(), created.RootElement.GetProperty("fee").GetDecimal(), created.RootElement.GetProperty("id").GetInt32()));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 11, 45, 0, 123, 456, TimeSpan.Zero), created.RootElement.GetProperty("lastSeen").GetDateTimeOffset());

        // A many-to-many link is a row of its join table, keyed by both sides.
        var links = (await SendAsync(app, HttpMethod.Get, "/api/audit-entries?entityType=ClinicDoctor", null, HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(new[] { ("delete", clinicId + "/" + doctorId), ("create", clinicId + "/" + doctorId) }, links.Select(link => (link.GetProperty("operation").GetString()!, link.GetProperty("entityKey").GetString()!)));

        var all = await SendAsync(app, HttpMethod.Get, "/api/audit-entries?pageSize=2&page=2", null, HttpStatusCode.OK);
        Assert.Equal((6, 2, 3), (all.GetProperty("totalCount").GetInt32(), all.GetProperty("items").GetArrayLength(), all.GetProperty("totalPages").GetInt32()));

        var first = entries[^1];
        var byId = await SendAsync(app, HttpMethod.Get, "/api/audit-entries/" + first.GetProperty("id").GetInt64(), null, HttpStatusCode.OK);
        Assert.Equal(first.GetRawText(), byId.GetRawText());
        await SendAsync(app, HttpMethod.Get, "/api/audit-entries/999999", null, HttpStatusCode.NotFound);
        await SendAsync(app, HttpMethod.Get, "/api/audit-entries?pageSize=0", null, HttpStatusCode.BadRequest);

        // Read-only: the log cannot be written, changed or deleted over HTTP.
        await SendAsync(app, HttpMethod.Post, "/api/audit-entries", "{}", HttpStatusCode.MethodNotAllowed);
        await SendAsync(app, HttpMethod.Put, "/api/audit-entries/1", "{}", HttpStatusCode.MethodNotAllowed);
        await SendAsync(app, HttpMethod.Delete, "/api/audit-entries/1", null, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_audit_log_read_only()
    {
        await using var app = await GeneratedWebApp.StartAsync(Audited.Value.Assembly, "Clinics", "Clinics", "Development");
        var paths = (await SendAsync(app, HttpMethod.Get, "/openapi/v1.json", null, HttpStatusCode.OK)).GetProperty("paths");
        Assert.Equal(new[] { "get" }, paths.GetProperty("/api/audit-entries").EnumerateObject().Select(operation => operation.Name).Where(name => name != "parameters"));
        Assert.Equal("GetAuditEntry", paths.GetProperty("/api/audit-entries/{id}").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal(new[] { "get" }, paths.GetProperty("/api/audit-entries/{id}").EnumerateObject().Select(operation => operation.Name).Where(name => name != "parameters"));

        // The technical architect's document says the same.
        var document = AgentArtifacts.Render(Audited.Value.Requirements, "Clinics", "technical-architect")["api/openapi.yaml"];
        Assert.Contains("\n  /api/audit-entries:\n    get:\n", document, StringComparison.Ordinal);
        Assert.Contains("\n  /api/audit-entries/{id}:\n", document, StringComparison.Ordinal);
        Assert.Contains("\n    AuditEntryDto:\n", document, StringComparison.Ordinal);
        Assert.Contains("operationId: ListAuditEntries", document, StringComparison.Ordinal);

        // The product manager's requirements say what the feature does.
        var specification = AgentArtifacts.Render(Audited.Value.Requirements, "Clinics", "product-manager")["docs/requirements.md"];
        Assert.Contains("- `audit-log`: every change made through the API is recorded with who made it, when, and the values before and after", specification, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sql_schema_creates_the_audit_table_as_ef_core_does_on_postgresql()
    {
        // No server is needed: EF Core writes the script from the model.
        await using var app = await GeneratedWebApp.StartAsync(
            Audited.Value.Assembly,
            "Clinics",
            "Clinics",
            "Development",
            new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSql",
                ["Database:CreateOnStartup"] = "false",
                ["ConnectionStrings:Clinics"] = "Host=127.0.0.1;Database=unused",
            });
        var efCore = AuditTable(app.CreateScript());
        var schema = AgentArtifacts.Render(Audited.Value.Requirements, "Clinics", "backend-developer")["database/schema.sql"];
        Assert.Contains("\"Timestamp\" timestamp with time zone NOT NULL", efCore, StringComparison.Ordinal);
        Assert.Equal(efCore, AuditTable(schema.Replace(" IF NOT EXISTS", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_the_feature_no_artifact_mentions_an_audit_log()
    {
        var requirements = RequirementsOf(Generate());
        var files = AgentArtifacts.Render(requirements, "Clinics", "technical-architect", "backend-developer", "product-manager");
        Assert.DoesNotContain("audit", files["api/openapi.yaml"], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AuditEntries", files["database/schema.sql"], StringComparison.Ordinal);
        Assert.DoesNotContain("audit", files["docs/requirements.md"], StringComparison.OrdinalIgnoreCase);
    }

    // The CREATE TABLE statement of AuditEntries and the CREATE INDEX statements on it.
    private static string AuditTable(string script)
    {
        var lines = script.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, line => line == "CREATE TABLE \"AuditEntries\" (");
        Assert.True(start >= 0, script);
        var table = lines.Skip(start).TakeWhile(line => line != ");").Append(");");
        var indexes = lines.Where(line => line.StartsWith("CREATE", StringComparison.Ordinal) && line.Contains("INDEX", StringComparison.Ordinal) && line.Contains(" ON \"AuditEntries\" ", StringComparison.Ordinal));
        return string.Join("\n", table.Concat(indexes));
    }

    private static GeneratorOutcome Generate(params string[] features)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace: "Clinics"), GeneratorHarness.Compile(BackendInputs.Clinics(false, features), "Clinics", web: true));
        Assert.Empty(outcome.CompilationProblems());
        return outcome;
    }

    private static ProjectRequirements RequirementsOf(GeneratorOutcome outcome) => RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!);

    private static async Task<JsonElement> SendAsync(GeneratedWebApp app, HttpMethod method, string path, string? json, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, method + " " + path + ": " + (int)response.StatusCode + " " + text);
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }
}
