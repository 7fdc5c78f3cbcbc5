using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// The generated backend of the clinics, started in-process on Kestrel and SQLite in the Development environment and
/// called over HTTP: with three entities (self-contained endpoints) and with four (the shared CRUD endpoints).
/// </summary>
public sealed class GeneratedApiTests
{
    /// <summary>A valid create request of the clinics' doctor.</summary>
    internal const string Doctor = """
        {
          "name": "Ann Lee", "email": "ann@example.com", "phone": "+1 555 0100", "website": "https://example.com",
          "licenseCode": "AB1234", "nickname": "Doc", "stars": 4, "rating": 7.5, "fee": 120.50, "specialty": "Cardiology",
          "level": 3, "hiredAt": "2024-05-01T13:45:00", "lastSeen": "2024-05-01T13:45:00.123456+02:00", "retiredAt": "2030-01-01T00:00:00"
        }
        """;

    // Sent with every request: no answer may echo a request header.
    private const string Secret = "secret-token-4711";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_app_with_an_ignored_property_starts_and_serves_crud_links_composite_keys_and_utc_times(bool shifts)
    {
        await using var app = await StartAsync(shifts);

        var clinic = await SendAsync(app, HttpMethod.Post, "/api/clinics", """{ "name": "North" }""", HttpStatusCode.Created);
        var clinicId = clinic.RootElement.GetProperty("id").GetInt32();

        // The 201 answers what a later GET returns (120.50 is stored as 120.5 on SQLite), and times are UTC whatever offset was sent.
        using var created = await app.Client.SendAsync(Request(HttpMethod.Post, "/api/doctors", Doctor));
        var createdBody = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var doctor = JsonDocument.Parse(createdBody).RootElement;
        var id = doctor.GetProperty("id").GetInt32();
        Assert.Equal("/api/doctors/" + id, created.Headers.Location!.AbsolutePath);
        Assert.Equal("120.5", doctor.GetProperty("fee").GetRawText());
        Assert.Equal("2024-05-01T13:45:00Z", doctor.GetProperty("hiredAt").GetString());
        // Whole microseconds come back whole on SQLite too (EF Core's own converter would keep a tenth of a millisecond).
        Assert.Equal("2024-05-01T11:45:00.123456+00:00", doctor.GetProperty("lastSeen").GetString());
        Assert.Equal("2030-01-01T00:00:00Z", doctor.GetProperty("retiredAt").GetString());
        Assert.Equal("2020-01-01T00:00:00Z", doctor.GetProperty("createdAt").GetString());
        Assert.Equal(createdBody, await GetStringAsync(app, "/api/doctors/" + id));

        // Update changes what it carries: not the init-only licence code, which it does not carry.
        var update = Doctor.Replace("\"stars\": 4", "\"stars\": 5", StringComparison.Ordinal).Replace("AB1234", "ZZ9999", StringComparison.Ordinal);
        await SendAsync(app, HttpMethod.Put, "/api/doctors/" + id, update, HttpStatusCode.NoContent);
        var updated = JsonDocument.Parse(await GetStringAsync(app, "/api/doctors/" + id)).RootElement;
        Assert.Equal((5, "AB1234"), (updated.GetProperty("stars").GetInt32(), updated.GetProperty("licenseCode").GetString()));
        Assert.Equal(("2024-05-01T13:45:00Z", "2030-01-01T00:00:00Z"), (updated.GetProperty("hiredAt").GetString(), updated.GetProperty("retiredAt").GetString()));

        // Many-to-many: link and unlink from either side, idempotent, 404 for a missing side.
        var links = "/api/doctors/" + id + "/clinics/";
        await SendAsync(app, HttpMethod.Put, links + clinicId, null, HttpStatusCode.NoContent);
        await SendAsync(app, HttpMethod.Put, links + clinicId, null, HttpStatusCode.NoContent);
        Assert.Equal("North", (await SendAsync(app, HttpMethod.Get, "/api/doctors/" + id + "/clinics", null, HttpStatusCode.OK)).RootElement.GetProperty("items")[0].GetProperty("name").GetString());
        var doctors = (await SendAsync(app, HttpMethod.Get, "/api/clinics/" + clinicId + "/doctors?page=1&pageSize=5", null, HttpStatusCode.OK)).RootElement;
        Assert.Equal((1, id), (doctors.GetProperty("totalCount").GetInt32(), doctors.GetProperty("items")[0].GetProperty("id").GetInt32()));
        await SendAsync(app, HttpMethod.Put, links + "999", null, HttpStatusCode.NotFound);
        await SendAsync(app, HttpMethod.Put, "/api/doctors/999/clinics/" + clinicId, null, HttpStatusCode.NotFound);
        await SendAsync(app, HttpMethod.Get, "/api/doctors/999/clinics", null, HttpStatusCode.NotFound);
        await SendAsync(app, HttpMethod.Delete, "/api/clinics/" + clinicId + "/doctors/" + id, null, HttpStatusCode.NoContent);
        await SendAsync(app, HttpMethod.Delete, links + clinicId, null, HttpStatusCode.NoContent);
        Assert.Equal(0, (await SendAsync(app, HttpMethod.Get, "/api/doctors/" + id + "/clinics", null, HttpStatusCode.OK)).RootElement.GetProperty("totalCount").GetInt32());

        // A composite key: every part in the route, the Location included; the one-to-one allows one badge per doctor.
        using var badge = await app.Client.SendAsync(Request(HttpMethod.Post, "/api/badges", "{ \"doctorId\": " + id + ", \"code\": \"AB12\", \"issuedAt\": \"2024-01-02T03:04:05Z\" }"));
        Assert.Equal(HttpStatusCode.Created, badge.StatusCode);
        Assert.Equal("/api/badges/" + id + "/AB12", badge.Headers.Location!.AbsolutePath);
        Assert.Equal(await badge.Content.ReadAsStringAsync(), await GetStringAsync(app, "/api/badges/" + id + "/AB12"));
        await SendAsync(app, HttpMethod.Put, "/api/badges/" + id + "/AB12", """{ "issuedAt": "2025-01-02T03:04:05Z" }""", HttpStatusCode.NoContent);
        await SendAsync(app, HttpMethod.Post, "/api/badges", "{ \"doctorId\": " + id + ", \"code\": \"CD34\", \"issuedAt\": \"2024-01-02T03:04:05Z\" }", HttpStatusCode.Conflict);
        Assert.Equal(1, (await SendAsync(app, HttpMethod.Get, "/api/badges?sort=code", null, HttpStatusCode.OK)).RootElement.GetProperty("totalCount").GetInt32());
        await SendAsync(app, HttpMethod.Delete, "/api/badges/" + id + "/AB12", null, HttpStatusCode.NoContent);
        var missing = await SendAsync(app, HttpMethod.Get, "/api/badges/" + id + "/AB12", null, HttpStatusCode.NotFound);
        Assert.Equal("No Badge has the key doctorId '" + id + "', code 'AB12'.", missing.RootElement.GetProperty("detail").GetString());

        if (shifts)
        {
            using var shift = await app.Client.SendAsync(Request(HttpMethod.Post, "/api/shifts", "{ \"doctorId\": " + id + ", \"number\": 2, \"startsAt\": \"2024-05-01T08:00:00Z\", \"length\": \"08:00:00\" }"));
            Assert.Equal(HttpStatusCode.Created, shift.StatusCode);
            Assert.Equal("/api/shifts/" + id + "/2", shift.Headers.Location!.AbsolutePath);
            await SendAsync(app, HttpMethod.Get, "/api/shifts/" + id + "/2", null, HttpStatusCode.OK);
            await SendAsync(app, HttpMethod.Get, "/api/shifts/" + id + "/40000", null, HttpStatusCode.NotFound);
        }

        // Deleting a doctor deletes its links, not the clinic.
        await SendAsync(app, HttpMethod.Put, links + clinicId, null, HttpStatusCode.NoContent);
        if (shifts)
        {
            await SendAsync(app, HttpMethod.Delete, "/api/shifts/" + id + "/2", null, HttpStatusCode.NoContent);
        }

        await SendAsync(app, HttpMethod.Delete, "/api/doctors/" + id, null, HttpStatusCode.NoContent);
        Assert.Equal(0, (await SendAsync(app, HttpMethod.Get, "/api/clinics/" + clinicId + "/doctors", null, HttpStatusCode.OK)).RootElement.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData(false, """{ "name": "Ann", "specialty": "Surgery" }""", "specialty", "'Surgery' is not one of General, Cardiology, Dermatology.")]
    [InlineData(true, """{ "name": "Ann", "specialty": 1 }""", "specialty", "The value must be one of General, Cardiology, Dermatology.")]
    [InlineData(false, """{ "level": 300 }""", "level", "The value must be a whole number from 0 to 255.")]
    [InlineData(true, """{ "Stars": "4" }""", "stars", "The value must be a whole number from -2147483648 to 2147483647.")]
    [InlineData(false, """{ "hiredAt": "yesterday" }""", "hiredAt", "The value must be a date and time in ISO 8601 format, such as 2024-05-01T13:45:00Z.")]
    [InlineData(true, """{ "name": "Ann" "stars": 4 }""", "", "The body is not valid JSON (line 1, byte 17).")]
    [InlineData(false, """{ "name": "Ann", "stars": 4""", "stars", "The body is not valid JSON (line 1, byte 28).")]
    [InlineData(false, """[1, 2]""", "", "The body must be a JSON object.")]
    [InlineData(true, "", "", "A JSON body is required.")]
    public async Task A_body_that_is_not_json_of_the_request_is_a_400_naming_the_field_even_in_development(bool shifts, string body, string field, string message)
    {
        await using var app = await StartAsync(shifts);

        using var response = await app.Client.SendAsync(Request(HttpMethod.Post, "/api/doctors", body));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.Equal(new[] { field }, errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(message, errors.GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Validation_attributes_and_storage_limits_answer_400_per_field_and_other_binding_failures_a_problem(string environment)
    {
        await using var app = await GeneratedWebApp.StartAsync(SmallClinics.Value, "Clinics", "Clinics", environment);

        var invalid = Doctor
            .Replace("\"Ann Lee\"", "\"\"", StringComparison.Ordinal)
            .Replace("ann@example.com", "not-an-email", StringComparison.Ordinal)
            .Replace("\"stars\": 4", "\"stars\": 9", StringComparison.Ordinal)
            .Replace("120.5", "120.5555", StringComparison.Ordinal)
            .Replace("AB1234", "ab1234", StringComparison.Ordinal);
        var errors = (await SendAsync(app, HttpMethod.Post, "/api/doctors", invalid, HttpStatusCode.BadRequest)).RootElement.GetProperty("errors");
        Assert.Equal(new[] { "email", "fee", "licenseCode", "name", "stars" }, errors.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal("A doctor needs a name.", errors.GetProperty("name")[0].GetString());

        // The wrong content type, and a query value of the wrong type: ProblemDetails, never the developer exception page.
        using var plain = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/doctors") { Content = new StringContent(Doctor, Encoding.UTF8, "text/plain") });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        using var page = await app.Client.SendAsync(Request(HttpMethod.Get, "/api/doctors?page=abc", null));
        var problem = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("application/problem+json", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, JsonDocument.Parse(problem).RootElement.GetProperty("status").GetInt32());
        if (environment == "Development")
        {
            // Where ASP.NET Core throws, the answer says which value did not bind.
            Assert.Equal("Failed to bind parameter \"int page\" from \"abc\".", JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString());
        }
        Assert.DoesNotContain(Secret, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_and_the_openapi_document_describe_what_the_generator_declares()
    {
        await using var app = await StartAsync(shifts: true);

        var script = app.CreateScript();
        Assert.Contains("CONSTRAINT \"PK_ClinicDoctor\" PRIMARY KEY (\"ClinicId\", \"DoctorId\")", script, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT \"FK_ClinicDoctor_Clinics_ClinicId\" FOREIGN KEY (\"ClinicId\") REFERENCES \"Clinics\" (\"Id\") ON DELETE CASCADE", script, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT \"FK_ClinicDoctor_Doctors_DoctorId\" FOREIGN KEY (\"DoctorId\") REFERENCES \"Doctors\" (\"Id\") ON DELETE CASCADE", script, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX \"IX_ClinicDoctor_DoctorId\" ON \"ClinicDoctor\" (\"DoctorId\");", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_Badges_DoctorId\" ON \"Badges\" (\"DoctorId\");", script, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT \"CK_Doctors_Stars_Range\" CHECK (\"Stars\" BETWEEN 1 AND 5)", script, StringComparison.Ordinal);
        Assert.Contains("\"Fee\" TEXT NOT NULL", script, StringComparison.Ordinal);
        Assert.DoesNotContain("HomeAddress", script, StringComparison.Ordinal);
        Assert.DoesNotContain("Title", script, StringComparison.Ordinal);

        var document = (await SendAsync(app, HttpMethod.Get, "/openapi/v1.json", null, HttpStatusCode.OK)).RootElement;
        var paths = document.GetProperty("paths");
        var create = paths.GetProperty("/api/doctors").GetProperty("post");
        Assert.Equal("#/components/schemas/CreateDoctorRequest", create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(paths.TryGetProperty("/api/badges/{doctorId}/{code}", out _));
        Assert.True(paths.TryGetProperty("/api/shifts/{doctorId}/{number}", out _));
        Assert.Equal("LinkDoctorClinics", paths.GetProperty("/api/doctors/{id}/clinics/{clinicId}").GetProperty("put").GetProperty("operationId").GetString());
        Assert.Equal("UnlinkClinicDoctors", paths.GetProperty("/api/clinics/{id}/doctors/{doctorId}").GetProperty("delete").GetProperty("operationId").GetString());
        Assert.Equal("ListDoctorClinics", paths.GetProperty("/api/doctors/{id}/clinics").GetProperty("get").GetProperty("operationId").GetString());
    }

    // Generated and compiled once per variant; each test gets an app and a database of its own.
    private static readonly Lazy<Assembly> SmallClinics = new(() => Compile(shifts: false));
    private static readonly Lazy<Assembly> Clinics = new(() => Compile(shifts: true));

    private static Task<GeneratedWebApp> StartAsync(bool shifts) =>
        GeneratedWebApp.StartAsync((shifts ? Clinics : SmallClinics).Value, "Clinics", "Clinics", "Development");

    private static Assembly Compile(bool shifts)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace: "Clinics"), GeneratorHarness.Compile(BackendInputs.Clinics(shifts), "Clinics", web: true));
        Assert.Empty(outcome.CompilationProblems());
        return GeneratedWebApp.Load(outcome.Output);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? json)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Secret);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static async Task<JsonDocument> SendAsync(GeneratedWebApp app, HttpMethod method, string path, string? json, HttpStatusCode expected)
    {
        using var response = await app.Client.SendAsync(Request(method, path, json));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, method + " " + path + ": " + (int)response.StatusCode + " " + text);
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text);
    }

    private static async Task<string> GetStringAsync(GeneratedWebApp app, string path)
    {
        using var response = await app.Client.SendAsync(Request(HttpMethod.Get, path, null));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
