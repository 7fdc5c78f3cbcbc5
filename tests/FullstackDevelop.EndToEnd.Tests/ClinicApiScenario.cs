using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// What a client of the Clinic app sees over HTTP: every rule of the model refused with a 400 naming the field, JSON
/// that does not bind refused the same way without echoing a header, values read back as documented, many-to-many
/// links, a one-to-one and composite-key CRUD, and the audit log of all of it.
/// </summary>
internal static class ClinicApiScenario
{
    private const string Secret = "s3cr3t-header-value-that-must-not-come-back";

    public static async Task RunAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using (var anonymous = await client.GetAsync(new Uri("/api/doctors", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        string token;
        using (var issued = await client.PostAsync(new Uri("/dev/token?subject=e2e", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
            token = (await Json(issued)).GetProperty("accessToken").GetString()!;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        client.DefaultRequestHeaders.Add("X-Secret", Secret);
        await JsonThatDoesNotBindIsAFieldNamed400WithoutHeadersAsync(client, token);
        var doctor = await DoctorRulesAndValuesAsync(client);
        var clinics = new[] { await ClinicAsync(client, "North", "Oslo"), await ClinicAsync(client, "South", null) };
        await ManyToManyAsync(client, doctor, clinics);
        var (patient, patientUpdate) = await PatientRulesAndValuesAsync(client);
        await OneToOneAsync(client, patient);
        await CompositeKeyAsync(client, doctor, patient);
        await AuditLogAsync(client, baseAddress, doctor, patient, patientUpdate);
    }

    // The audit-log feature: every change above is in the read-only log, under the token's subject, with the values
    // before and after; the log needs a token like every other endpoint.
    private static async Task AuditLogAsync(HttpClient client, Uri baseAddress, int doctor, Guid patient, (DateTimeOffset Before, DateTimeOffset After) patientUpdate)
    {
        using (var anonymous = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) })
        using (var refused = await anonymous.GetAsync(new Uri("/api/audit-entries", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var patientLog = (await GetAsync(client, "/api/audit-entries?entityType=Patient&entityKey=" + patient)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(new[] { "update", "create" }, patientLog.Select(entry => entry.GetProperty("operation").GetString()));
        Assert.All(patientLog, entry => Assert.Equal("e2e", entry.GetProperty("user").GetString()));
        var update = patientLog[0];
        var when = update.GetProperty("timestamp").GetDateTimeOffset();
        Assert.Equal(TimeSpan.Zero, when.Offset);
        Assert.True(patientUpdate.Before <= when && when <= patientUpdate.After, $"The update was saved at {when:O}, not between its request ({patientUpdate.Before:O}) and its answer ({patientUpdate.After:O}).");
        Assert.True(patientLog[1].GetProperty("timestamp").GetDateTimeOffset() <= when);
        using (var old = JsonDocument.Parse(update.GetProperty("oldValues").GetString()!))
        using (var changed = JsonDocument.Parse(update.GetProperty("newValues").GetString()!))
        {
            // Only what changed: not the init-only external code, nor the unchanged birth date.
            Assert.Equal(new[] { "fullName", "registeredAt" }, old.RootElement.EnumerateObject().Select(property => property.Name));
            Assert.Equal(("Bo Ek", "Bo Ekman"), (old.RootElement.GetProperty("fullName").GetString(), changed.RootElement.GetProperty("fullName").GetString()));
            Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), old.RootElement.GetProperty("registeredAt").GetDateTimeOffset());
            Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero), changed.RootElement.GetProperty("registeredAt").GetDateTimeOffset());
        }

        // A key the database makes is in the entry of the create.
        var doctorCreate = Assert.Single((await GetAsync(client, "/api/audit-entries?entityType=Doctor&entityKey=" + doctor)).GetProperty("items").EnumerateArray());
        using (var values = JsonDocument.Parse(doctorCreate.GetProperty("newValues").GetString()!))
        {
            Assert.Equal((doctor, "Cardiology", 120.55m), (values.RootElement.GetProperty("id").GetInt32(), values.RootElement.GetProperty("specialty").GetString(), values.RootElement.GetProperty("fee").GetDecimal()));
        }

        // A composite key, as in its route; a delete keeps the values the row had.
        var appointments = (await GetAsync(client, $"/api/audit-entries?entityType=Appointment&entityKey={doctor}/1")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(new[] { "delete", "update", "create" }, appointments.Select(entry => entry.GetProperty("operation").GetString()));
        var deleted = appointments[0];
        Assert.Equal(JsonValueKind.Null, deleted.GetProperty("newValues").ValueKind);
        using (var gone = JsonDocument.Parse(deleted.GetProperty("oldValues").GetString()!))
        {
            Assert.Equal((4, "10:00:00"), (gone.RootElement.GetProperty("stars").GetInt32(), gone.RootElement.GetProperty("startsAt").GetString()));
        }

        var byId = await GetAsync(client, "/api/audit-entries/" + deleted.GetProperty("id").GetInt64());
        Assert.Equal(deleted.ToString(), byId.ToString());
        await StatusAsync(client, HttpMethod.Post, "/api/audit-entries", HttpStatusCode.MethodNotAllowed, new { });
        await StatusAsync(client, HttpMethod.Delete, "/api/audit-entries/" + deleted.GetProperty("id").GetInt64(), HttpStatusCode.MethodNotAllowed);
    }

    private static async Task JsonThatDoesNotBindIsAFieldNamed400WithoutHeadersAsync(HttpClient client, string token)
    {
        var cases = new (string Route, string Body, string Field, string Says)[]
        {
            ("/api/doctors", "{\"name\":\"Ann Lee\",\"licence\":\"AB1234\",\"specialty\":\"Surgery\",\"fee\":10,\"joinedAt\":\"2024-01-01T00:00:00Z\"}", "specialty", "'Surgery' is not one of General, Cardiology, Dermatology"),
            ("/api/doctors", "{\"name\":\"Ann Lee\",\"licence\":", null!, string.Empty),
            ("/api/doctors", "{\"name\":42,\"licence\":\"AB1234\",\"specialty\":\"General\",\"fee\":10,\"joinedAt\":\"2024-01-01T00:00:00Z\"}", "name", string.Empty),
            ("/api/appointments", "{\"doctorId\":1,\"slot\":1,\"patientId\":\"" + Guid.NewGuid() + "\",\"startsAt\":\"09:00:00\",\"duration\":\"00:30:00\",\"stars\":300}", "stars", string.Empty),
        };
        foreach (var (route, body, field, says) in cases)
        {
            using var response = await client.PostAsync(new Uri(route, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {route} {body} answered {(int)response.StatusCode}: {text}");
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
            if (field is not null)
            {
                Assert.True(errors.TryGetProperty(field, out var messages), $"The 400 for {body} does not name '{field}': {text}");
                Assert.Contains(says, messages[0].GetString(), StringComparison.Ordinal);
            }
            else
            {
                Assert.NotEmpty(errors.EnumerateObject());
            }
        }
    }

    private static async Task<int> DoctorRulesAndValuesAsync(HttpClient client)
    {
        var invalid = new { name = "A", email = "not-an-email", phone = "call me", homepage = "example.com", licence = "x1", specialty = "General", fee = 1000.01m, joinedAt = "2024-05-01T10:00:00+02:00" };
        var errors = await BadRequestAsync(client, HttpMethod.Post, "/api/doctors", invalid);
        foreach (var field in new[] { "name", "email", "phone", "homepage", "licence", "fee" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"400 does not name '{field}': {errors}");
        }

        Assert.Equal("A licence is two capital letters and four digits.", errors.GetProperty("licence")[0].GetString());

        // More decimals than numeric(6,2) holds, or a time finer than a microsecond, are refused rather than rounded.
        await BadRequestAsync(client, HttpMethod.Post, "/api/doctors", Doctor(fee: 120.555m, joinedAt: "2024-05-01T10:00:00+02:00"), "fee");
        await BadRequestAsync(client, HttpMethod.Post, "/api/doctors", Doctor(fee: 120.55m, joinedAt: "2024-05-01T10:00:00.1234567+00:00"), "joinedAt");

        // A DateTimeOffset is stored and returned in UTC: the 201 and every later read agree.
        using var created = await client.PostAsJsonAsync(new Uri("/api/doctors", UriKind.Relative), Doctor(fee: 120.55m, joinedAt: "2024-05-01T10:00:00.123456+02:00"));
        var body = await Json(created);
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToString());
        Assert.Equal("2024-05-01T08:00:00.123456+00:00", body.GetProperty("joinedAt").GetString());
        Assert.Equal(120.55m, body.GetProperty("fee").GetDecimal());
        var id = body.GetProperty("id").GetInt32();
        var read = await GetAsync(client, "/api/doctors/" + id);
        Assert.Equal(body.ToString(), read.ToString());
        Assert.False(read.TryGetProperty("homeAddress", out _));
        return id;
    }

    private static object Doctor(decimal fee, string joinedAt) =>
        new { name = "Ann Lee", email = "ann@example.org", phone = "+47 22 33 44 55", homepage = "https://example.org/ann", licence = "AB1234", specialty = "Cardiology", fee, joinedAt };

    private static async Task<int> ClinicAsync(HttpClient client, string name, string? city)
    {
        await BadRequestAsync(client, HttpMethod.Post, "/api/clinics", new { name, city = "ab" }, "city");
        return (await CreatedAsync(client, "/api/clinics", new { name, city })).GetProperty("id").GetInt32();
    }

    private static async Task ManyToManyAsync(HttpClient client, int doctor, int[] clinics)
    {
        foreach (var clinic in clinics)
        {
            await StatusAsync(client, HttpMethod.Put, $"/api/doctors/{doctor}/clinics/{clinic}", HttpStatusCode.NoContent);
        }

        // Linking twice is harmless; a missing clinic is a 404.
        await StatusAsync(client, HttpMethod.Put, $"/api/doctors/{doctor}/clinics/{clinics[0]}", HttpStatusCode.NoContent);
        await StatusAsync(client, HttpMethod.Put, $"/api/doctors/{doctor}/clinics/999999", HttpStatusCode.NotFound);

        Assert.Equal(clinics, Ids(await GetAsync(client, $"/api/doctors/{doctor}/clinics")));
        Assert.Equal(new[] { doctor }, Ids(await GetAsync(client, $"/api/clinics/{clinics[1]}/doctors")));

        await StatusAsync(client, HttpMethod.Delete, $"/api/clinics/{clinics[0]}/doctors/{doctor}", HttpStatusCode.NoContent);
        Assert.Equal(new[] { clinics[1] }, Ids(await GetAsync(client, $"/api/doctors/{doctor}/clinics")));
    }

    // The patient's key, and the times just before its update was sent and just after it was answered.
    private static async Task<(Guid Id, (DateTimeOffset Before, DateTimeOffset After) Update)> PatientRulesAndValuesAsync(HttpClient client)
    {
        var empty = await BadRequestAsync(client, HttpMethod.Post, "/api/patients", new { fullName = "", birthDate = "1980-02-29", registeredAt = "2024-05-01T10:00:00" }, "fullName");
        Assert.Equal("Every patient has a name.", empty.GetProperty("fullName")[0].GetString());
        await BadRequestAsync(client, HttpMethod.Post, "/api/patients", new { fullName = "Bo", birthDate = "1980-02-29", registeredAt = "2024-05-01T10:00:00", photo = Convert.ToBase64String(new byte[3]) }, "photo");
        await BadRequestAsync(client, HttpMethod.Post, "/api/patients", new { fullName = "Bo\u0000", birthDate = "1980-02-29", registeredAt = "2024-05-01T10:00:00" }, "fullName");

        // A DateTime without an offset is taken as UTC and comes back with its Z; the private setter is not settable.
        var created = await CreatedAsync(client, "/api/patients", new { fullName = "Bo Ek", birthDate = "1980-02-29", registeredAt = "2024-05-01T10:00:00", externalCode = "EXT-1", visits = 99 });
        Assert.Equal("2024-05-01T10:00:00Z", created.GetProperty("registeredAt").GetString());
        Assert.Equal(("EXT-1", 0), (created.GetProperty("externalCode").GetString(), created.GetProperty("visits").GetInt32()));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(created.ToString(), (await GetAsync(client, "/api/patients/" + id)).ToString());

        // An init-only property is set once: the update request does not carry it.
        var before = DateTimeOffset.UtcNow;
        await StatusAsync(client, HttpMethod.Put, "/api/patients/" + id, HttpStatusCode.NoContent, new { fullName = "Bo Ekman", birthDate = "1980-02-29", registeredAt = "2024-05-02T10:00:00Z", externalCode = "EXT-2" });
        var after = DateTimeOffset.UtcNow;
        var updated = await GetAsync(client, "/api/patients/" + id);
        Assert.Equal(("Bo Ekman", "EXT-1", "2024-05-02T10:00:00Z"), (updated.GetProperty("fullName").GetString(), updated.GetProperty("externalCode").GetString(), updated.GetProperty("registeredAt").GetString()));
        return (id, (before, after));
    }

    private static async Task OneToOneAsync(HttpClient client, Guid patient)
    {
        var record = await CreatedAsync(client, "/api/medical-records", new { patientId = patient, notes = "No allergies." });
        Assert.Equal(patient, record.GetProperty("patientId").GetGuid());
        await StatusAsync(client, HttpMethod.Post, "/api/medical-records", HttpStatusCode.Conflict, new { patientId = patient, notes = "A second record." });
    }

    private static async Task CompositeKeyAsync(HttpClient client, int doctor, Guid patient)
    {
        await BadRequestAsync(client, HttpMethod.Post, "/api/appointments", Appointment(doctor, patient, stars: 6, temperature: 36.6), "stars");
        await BadRequestAsync(client, HttpMethod.Post, "/api/appointments", Appointment(doctor, patient, stars: 5, temperature: 35.0), "temperature");

        using (var created = await client.PostAsJsonAsync(new Uri("/api/appointments", UriKind.Relative), Appointment(doctor, patient, stars: 5, temperature: 36.6)))
        {
            var text = await created.Content.ReadAsStringAsync();
            Assert.True(created.StatusCode == HttpStatusCode.Created, text);
            Assert.EndsWith($"/api/appointments/{doctor}/1", created.Headers.Location!.ToString(), StringComparison.Ordinal);
            Assert.Equal("09:30:00", JsonDocument.Parse(text).RootElement.GetProperty("startsAt").GetString());
        }

        await StatusAsync(client, HttpMethod.Post, "/api/appointments", HttpStatusCode.Conflict, Appointment(doctor, patient, stars: 5, temperature: 36.6));
        await StatusAsync(client, HttpMethod.Put, $"/api/appointments/{doctor}/1", HttpStatusCode.NoContent, new { patientId = patient, startsAt = "10:00:00", duration = "00:45:00", stars = 4, temperature = 37.2 });
        var read = await GetAsync(client, $"/api/appointments/{doctor}/1");
        Assert.Equal(("10:00:00", "00:45:00", 4), (read.GetProperty("startsAt").GetString(), read.GetProperty("duration").GetString(), read.GetProperty("stars").GetInt32()));
        Assert.Single((await GetAsync(client, "/api/appointments?sort=slot")).GetProperty("items").EnumerateArray());

        await StatusAsync(client, HttpMethod.Delete, $"/api/appointments/{doctor}/1", HttpStatusCode.NoContent);
        await StatusAsync(client, HttpMethod.Get, $"/api/appointments/{doctor}/1", HttpStatusCode.NotFound);
    }

    private static object Appointment(int doctor, Guid patient, int stars, double temperature) =>
        new { doctorId = doctor, slot = 1, patientId = patient, startsAt = "09:30:00", duration = "00:30:00", stars, temperature };

    private static int[] Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetInt32()).ToArray();

    private static async Task<JsonElement> CreatedAsync(HttpClient client, string route, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(route, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {route} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string route)
    {
        using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {route} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task StatusAsync(HttpClient client, HttpMethod method, string route, HttpStatusCode expected, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(route, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == expected, $"{method} {route} answered {(int)response.StatusCode}, not {(int)expected}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> BadRequestAsync(HttpClient client, HttpMethod method, string route, object body, string? field = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(route, UriKind.Relative)) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {route} answered {(int)response.StatusCode}, not 400: {text}");
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(field is null || errors.TryGetProperty(field, out _), $"The 400 of {method} {route} does not name '{field}': {text}");
        return errors;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
