using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Runtime.Models;
using FullstackDevelop.Generators.Tests.Runtime.Values;

namespace FullstackDevelop.Generators.Tests.Runtime.Smoke;

/// <summary>
/// The CRUD smoke test of a running app of a random model, over HTTP: two rows of every entity created in an order
/// that satisfies the required references (the second pointing where the first does), read back field by field, listed
/// a page at a time and sorted, updated, linked and unlinked (many-to-many), then refused for every rule of every field,
/// for JSON that does not bind and for key and reference conflicts, and finally deleted (refused while a required
/// reference points to the row, clearing optional references, removing links). Checks that fail are collected so one
/// run reports every defect it sees; a step that leaves nothing to check on stops it.
/// </summary>
internal sealed partial class CrudSmokeScenario
{
    private readonly ModelSpec _model;
    private readonly ApiClient _api;
    private readonly Random _random;
    private readonly List<string> _failures = new();
    private readonly List<Row> _rows = new();
    private readonly HashSet<(ManyToManySpec Relation, Row Left, Row Right)> _links = new();
    private int _sequence;

    public CrudSmokeScenario(ModelSpec model, ApiClient api)
    {
        _model = model;
        _api = api;
        _random = new Random(model.Seed ^ 0x5EED);
    }

    /// <summary>What failed, in order.</summary>
    public IReadOnlyList<string> Failures => _failures;

    public async Task RunAsync()
    {
        try
        {
            if (_model.Authentication)
            {
                await AuthenticateAsync();
            }

            foreach (var entity in _model.Entities)
            {
                await CreateRowsAsync(entity);
            }

            foreach (var entity in _model.Entities)
            {
                await ListAsync(entity);
                await SortAsync(entity);
                await UpdateAsync(entity);
            }

            foreach (var relation in _model.ManyToMany)
            {
                await LinkAsync(relation);
            }

            // Last but for the deletes: a refused request that stores a row anyway leaves only the deletes unchecked.
            foreach (var entity in _model.Entities)
            {
                await RejectInvalidValuesAsync(entity);
                await RejectMalformedJsonAsync(entity);
                await RejectConflictsAsync(entity);
                await CheckNothingStoredAsync(entity);
            }

            await RefuseReferencedDeletesAsync();
            await DeleteEverythingAsync();
        }
        catch (StepFailedException)
        {
            // The failure is recorded; nothing after it could be checked.
        }
    }

    private IEnumerable<Row> RowsOf(EntitySpec entity) => _rows.Where(r => r.Entity == entity);

    private void Fail(string message) => _failures.Add(message);

    private void Check(bool condition, string message)
    {
        if (!condition)
        {
            Fail(message);
        }
    }

    /// <summary>Records a failure when <paramref name="response"/> has another status; true when it has this one.</summary>
    private bool Expect(ApiResponse response, int status, string what)
    {
        if (response.Status == status)
        {
            return true;
        }

        Fail(what + ": expected " + status.ToString(CultureInfo.InvariantCulture) + ", got " + response.Status.ToString(CultureInfo.InvariantCulture) + " " + Shorten(response.Text));
        return false;
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : string.Concat(text.AsSpan(0, 600), "…");

    /// <summary>Compares every field of <paramref name="json"/> with what <paramref name="row"/> holds.</summary>
    private void CompareDto(Row row, JsonElement? json, string what)
    {
        if (json is not { ValueKind: JsonValueKind.Object } item)
        {
            Fail(what + ": the body is not a JSON object");
            return;
        }

        foreach (var field in row.Entity.Fields)
        {
            if (!item.TryGetProperty(field.JsonName, out var value))
            {
                Fail(what + ": " + row + " has no '" + field.JsonName + "' in " + Shorten(item.GetRawText()));
                continue;
            }

            if (ValueJson.Mismatch(field, value, row[field]) is { } mismatch)
            {
                Fail(what + ": " + row + "." + field.Name + " (" + field.CSharpType + "): " + mismatch);
            }
        }

        // What the generator says it ignores is not part of the API either.
        foreach (var ignored in row.Entity.Members.Where(m => m.ExpectedWarning == "FSD0008" || m.Attributes.Contains("NotMapped")))
        {
            var name = char.ToLowerInvariant(ignored.Name[0]) + ignored.Name.Substring(1);
            Check(!item.TryGetProperty(name, out _), what + ": " + row + " has '" + name + "', which the generator ignores");
        }
    }

    /// <summary>The row of <paramref name="entity"/> that <paramref name="item"/> is, by key; null when none is.</summary>
    private Row? Find(EntitySpec entity, JsonElement item)
    {
        var key = new List<object?>();
        foreach (var part in entity.Keys)
        {
            if (!item.TryGetProperty(part.JsonName, out var value))
            {
                return null;
            }

            try
            {
                key.Add(ValueJson.Read(part, value));
            }
            catch (Exception exception) when (exception is FormatException or InvalidOperationException)
            {
                return null;
            }
        }

        return RowsOf(entity).FirstOrDefault(row => row.Key.SequenceEqual(key));
    }

    /// <summary>A key path of <paramref name="entity"/> that no row has.</summary>
    private string MissingPath(EntitySpec entity) => entity.Route + "/" + string.Join("/", entity.Keys.Select(k => ValueJson.ToRoute(MissingKey(k))));

    private object MissingKey(FieldSpec key)
    {
        var used = _rows.Where(r => r.Entity.Keys.Contains(key)).Select(r => r[key]).ToHashSet();
        var target = key.ForeignKeyOf?.Target;
        if (target is not null)
        {
            used.UnionWith(RowsOf(target).Select(r => r[target.Keys[0]]));
        }

        for (var candidate = 0; ; candidate++)
        {
            object value = key.Type switch
            {
                ScalarType.Guid => Guid.NewGuid(),
                ScalarType.String => "missing" + candidate.ToString(CultureInfo.InvariantCulture),
                _ => ScalarTypes.IntegerLimits(key.Type).Max - candidate,
            };
            if (!used.Contains(value))
            {
                return value;
            }
        }
    }

    private async Task AuthenticateAsync()
    {
        var first = _model.Entities[0];
        Expect(await _api.GetAsync(first.Route), 401, "GET " + first.Route + " without a token (the model declares user-authentication)");
        var token = await _api.PostAsync("/dev/token?subject=smoke", null);
        if (!Expect(token, 200, "POST /dev/token in Development") || token.Json is not { } body || !body.TryGetProperty("accessToken", out var accessToken))
        {
            throw new StepFailedException();
        }

        _api.Authorize(accessToken.GetString()!);
    }

    /// <summary>A step failed in a way that leaves later steps nothing to check.</summary>
    private sealed class StepFailedException : Exception
    {
    }
}
