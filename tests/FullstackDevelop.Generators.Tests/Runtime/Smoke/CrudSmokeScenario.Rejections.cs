using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Runtime.Models;
using FullstackDevelop.Generators.Tests.Runtime.Values;

namespace FullstackDevelop.Generators.Tests.Runtime.Smoke;

/// <summary>Requests the API must refuse: 400 naming the field, 409 for conflicts, and nothing stored.</summary>
internal sealed partial class CrudSmokeScenario
{
    private async Task RejectInvalidValuesAsync(EntitySpec entity)
    {
        foreach (var field in entity.Fields.Where(f => f.InCreate))
        {
            foreach (var invalid in InvalidValues.For(field, _random))
            {
                var (body, _) = NewRow(entity);
                body[field.JsonName] = invalid.Json?.DeepClone();
                var response = await _api.PostAsync(entity.Route, body);
                var what = "POST " + entity.Route + " with " + field.Name + " (" + field.CSharpType + ") = " + (invalid.Json?.ToJsonString() ?? "null") + ", which breaks " + invalid.Rule;
                await CheckBadRequestAsync(response, what, field.JsonName, invalid.Message);
            }
        }
    }

    /// <summary>Checks a 400 ValidationProblemDetails naming <paramref name="field"/> (with <paramref name="message"/> when given); undoes a 201.</summary>
    private async Task CheckBadRequestAsync(ApiResponse response, string what, string? field, string? message)
    {
        if (response.Status == 201 && response.Location is { } location)
        {
            // Stored although it should not have been: removed again, so the later steps count the right rows.
            await _api.DeleteAsync(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        }

        if (!Expect(response, 400, what))
        {
            return;
        }

        CheckNothingEchoed(response, what);
        if (response.Json is not { ValueKind: JsonValueKind.Object } problem || !problem.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            Fail(what + ": the 400 is not a ValidationProblemDetails with 'errors': " + Shorten(response.Text));
            return;
        }

        if (field is null)
        {
            Check(errors.EnumerateObject().Any(), what + ": the 400 names no field: " + Shorten(response.Text));
            return;
        }

        if (!errors.TryGetProperty(field, out var messages))
        {
            Fail(what + ": the 400 does not name '" + field + "': " + Shorten(response.Text));
            return;
        }

        if (message is not null)
        {
            Check(messages.EnumerateArray().Any(m => m.GetString() == message), what + ": the 400 does not carry the attribute's ErrorMessage \"" + message + "\": " + Shorten(response.Text));
        }
    }

    // The developer exception page lists the request headers, the bearer token among them.
    private void CheckNothingEchoed(ApiResponse response, string what)
    {
        Check(response.ContentType == "application/problem+json", what + ": the answer is " + response.ContentType + ", not application/problem+json");
        Check(!response.Text.Contains(_api.Secret, System.StringComparison.Ordinal), what + ": the answer echoes the request header " + ApiClient.SecretHeader);
        Check(_api.Token is null || !response.Text.Contains(_api.Token, System.StringComparison.Ordinal), what + ": the answer echoes the bearer token");
        Check(!response.Text.Contains("Authorization", System.StringComparison.OrdinalIgnoreCase), what + ": the answer mentions the Authorization header");
    }

    private async Task RejectMalformedJsonAsync(EntitySpec entity)
    {
        var (body, _) = NewRow(entity);
        var text = body.ToJsonString();
        var truncated = text.Length > 2 ? text.Substring(0, text.Length / 2) : "{\"";
        var response = await _api.SendAsync(HttpMethod.Post, entity.Route, truncated);
        await CheckBadRequestAsync(response, "POST " + entity.Route + " with malformed JSON " + truncated, null, null);
    }

    private async Task RejectConflictsAsync(EntitySpec entity)
    {
        var existing = RowsOf(entity).First();
        if (!entity.Keys.All(k => k.IsGenerated))
        {
            var (body, _) = NewRow(entity);
            foreach (var key in entity.Keys)
            {
                body[key.JsonName] = ValueJson.ToJson(existing[key]);
            }

            var response = await _api.PostAsync(entity.Route, body);
            await ExpectConflictAsync(response, "POST " + entity.Route + " with the key of " + existing);
        }

        foreach (var reference in entity.References.Where(r => r.ForeignKey.InCreate && !r.ForeignKey.IsKey))
        {
            var (body, _) = NewRow(entity);
            body[reference.ForeignKey.JsonName] = ValueJson.ToJson(MissingKey(reference.Target.Keys[0]));
            await ExpectConflictAsync(await _api.PostAsync(entity.Route, body), "POST " + entity.Route + " with " + reference.ForeignKey.Name + " naming no " + reference.Target.Name);

            if (reference.IsUnique && RowsOf(entity).FirstOrDefault(r => r[reference.ForeignKey] is not null) is { } referring)
            {
                var (second, _) = NewRow(entity);
                second[reference.ForeignKey.JsonName] = ValueJson.ToJson(referring[reference.ForeignKey]);
                await ExpectConflictAsync(await _api.PostAsync(entity.Route, second), "POST " + entity.Route + " with the " + reference.ForeignKey.Name + " of " + referring + " (one-to-one: unique)");
            }
        }
    }

    private async Task ExpectConflictAsync(ApiResponse response, string what)
    {
        if (response.Status == 201 && response.Location is { } location)
        {
            await _api.DeleteAsync(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        }

        Expect(response, 409, what);
    }

    /// <summary>Stops the scenario when a refused request stored a row anyway: every later step would only see that row.</summary>
    private async Task CheckNothingStoredAsync(EntitySpec entity)
    {
        var expected = RowsOf(entity).Count();
        var response = await _api.GetAsync(entity.Route + "?pageSize=100");
        var total = response.Json is { ValueKind: JsonValueKind.Object } page && page.TryGetProperty("totalCount", out var count) ? count.GetInt32() : -1;
        if (response.Status != 200 || total != expected)
        {
            Fail("GET " + entity.Route + " after the refused requests answered " + response.Status + " with " + total + " rows, where " + expected + " were created: a refused request stored a row, so the smoke test stops here");
            throw new StepFailedException();
        }
    }
}
