using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Runtime.Models;
using FullstackDevelop.Generators.Tests.Runtime.Values;

namespace FullstackDevelop.Generators.Tests.Runtime.Smoke;

/// <summary>Creating rows, and the valid request bodies every other step starts from.</summary>
internal sealed partial class CrudSmokeScenario
{
    private const int RowsPerEntity = 2;

    private async Task CreateRowsAsync(EntitySpec entity)
    {
        for (var i = 0; i < RowsPerEntity; i++)
        {
            var (body, row) = NewRow(entity, stored: true);
            var created = await _api.PostAsync(entity.Route, body);
            if (!Expect(created, 201, "POST " + entity.Route + " with a valid body"))
            {
                throw new StepFailedException();
            }

            var json = created.Json;
            foreach (var key in entity.Keys.Where(k => k.IsGenerated))
            {
                var value = json is { } item && item.TryGetProperty(key.JsonName, out var sent) ? ValueJson.Read(key, sent) : null;
                if (value is null || value.Equals(0L) || value.Equals(Guid.Empty))
                {
                    Fail("POST " + entity.Route + " did not return a generated '" + key.JsonName + "': " + created.Text);
                    throw new StepFailedException();
                }

                row.Values[key.Name] = value;
            }

            CompareDto(row, json, "POST " + entity.Route + " (the created item)");
            _rows.Add(row);
            if (created.Location is null)
            {
                Fail("POST " + entity.Route + " has no Location header");
            }
            else
            {
                var location = await _api.GetAsync(created.Location.IsAbsoluteUri ? created.Location.PathAndQuery : created.Location.OriginalString);
                if (Expect(location, 200, "GET the Location of the item POST " + entity.Route + " created"))
                {
                    CompareDto(row, location.Json, "GET " + created.Location);
                }
            }

            var read = await _api.GetAsync(row.Path);
            if (Expect(read, 200, "GET " + row.Path))
            {
                CompareDto(row, read.Json, "GET " + row.Path);
            }
        }
    }

    /// <summary>
    /// A valid create body for a new row of <paramref name="entity"/>, and the row it makes. A body that is meant to be
    /// refused (<paramref name="stored"/> false) may refer to a target a unique reference already uses.
    /// </summary>
    private (JsonObject Body, Row Row) NewRow(EntitySpec entity, bool stored = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = new Row(entity, ++_sequence);
            var body = new JsonObject();
            foreach (var field in entity.Fields)
            {
                if (field.IsGenerated)
                {
                    continue;
                }

                if (!field.InCreate)
                {
                    row.Values[field.Name] = field.InitialValue;
                    continue;
                }

                var value = field.ForeignKeyOf is { } reference ? NewForeignKey(reference, row, stored)
                    : field.IsKey ? NewKey(field)
                    : ValueFactory.Valid(field, _random);
                row.Values[field.Name] = value.Expected;

                // An optional field left out of the body is null.
                if (value.Json is not null || field.IsRequired || _random.Next(2) == 0)
                {
                    body[field.JsonName] = value.Json;
                }
            }

            if (!stored || entity.Keys.All(k => k.IsGenerated) || !RowsOf(entity).Any(other => other.Key.SequenceEqual(row.Key)))
            {
                return (body, row);
            }

            if (attempt == 50)
            {
                Fail("the smoke test found no new key for " + entity.Name + " (too few rows to refer to)");
                throw new StepFailedException();
            }
        }
    }

    private FieldValue NewKey(FieldSpec key)
    {
        object value = key.Type switch
        {
            ScalarType.Byte => (long)_random.Next(1, 256),
            ScalarType.Short => (long)_random.Next(1, short.MaxValue),
            ScalarType.Int => (long)_random.Next(1, int.MaxValue),
            ScalarType.Long => _random.NextInt64(1, long.MaxValue),
            ScalarType.Guid => ValueFactory.ValidValue(key, _random).Expected!,
            _ => ValueFactory.KeyText(key, _random),
        };
        return new FieldValue(ValueJson.ToJson(value), value);
    }

    /// <summary>
    /// The key of an existing row to refer to: for a unique reference one no other row refers to, for another the one
    /// the row before refers to; for an optional reference now and then none.
    /// </summary>
    private FieldValue NewForeignKey(ReferenceSpec reference, Row row, bool stored)
    {
        var targetKey = reference.Target.Keys[0];
        var taken = reference.IsUnique && stored
            ? RowsOf(reference.Source).Select(r => r[reference.ForeignKey]).Where(v => v is not null).ToHashSet()
            : new System.Collections.Generic.HashSet<object?>();
        var candidates = RowsOf(reference.Target).Where(t => t != row && !taken.Contains(t[targetKey])).ToList();
        if (candidates.Count == 0 || (!reference.IsRequired && _random.Next(4) == 0))
        {
            if (reference.IsRequired)
            {
                Fail("the smoke test has no row of " + reference.Target.Name + " for the required reference " + reference.Source.Name + "." + reference.Name);
                throw new StepFailedException();
            }

            return FieldValue.Null;
        }

        // Many rows to one: a reference that is not unique points where the row before pointed, so a unique index that
        // should not be there shows.
        var shared = stored && !reference.IsUnique && !reference.ForeignKey.IsKey
            ? candidates.FirstOrDefault(t => RowsOf(reference.Source).Any(r => Equals(r[reference.ForeignKey], t[targetKey])))
            : null;
        var key = (shared ?? candidates[_random.Next(candidates.Count)])[targetKey]!;
        return new FieldValue(ValueJson.ToJson(key), key);
    }
}
