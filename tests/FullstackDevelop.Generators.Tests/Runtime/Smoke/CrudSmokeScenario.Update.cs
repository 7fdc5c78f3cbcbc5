using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Runtime.Models;
using FullstackDevelop.Generators.Tests.Runtime.Values;

namespace FullstackDevelop.Generators.Tests.Runtime.Smoke;

/// <summary>Updating: every updatable field of a row gets a new value; keys, init-only and read-only fields keep theirs.</summary>
internal sealed partial class CrudSmokeScenario
{
    private async Task UpdateAsync(EntitySpec entity)
    {
        var row = RowsOf(entity).First();
        var body = new JsonObject();
        var values = new Dictionary<string, object?>();
        foreach (var field in entity.Fields.Where(f => f.InUpdate))
        {
            var value = field.ForeignKeyOf is { } reference ? UpdatedForeignKey(reference, row) : ValueFactory.Valid(field, _random);
            values[field.Name] = value.Expected;
            body[field.JsonName] = value.Json;
        }

        var updated = await _api.PutAsync(row.Path, body);
        if (Expect(updated, 204, "PUT " + row.Path + " with a valid body"))
        {
            foreach (var (name, value) in values)
            {
                row.Values[name] = value;
            }
        }

        var read = await _api.GetAsync(row.Path);
        if (Expect(read, 200, "GET " + row.Path + " after PUT"))
        {
            CompareDto(row, read.Json, "GET " + row.Path + " after PUT");
        }

        if (entity.Fields.FirstOrDefault(f => f.InUpdate && f.IsRequired) is { } required)
        {
            var invalid = body.DeepClone().AsObject();
            invalid[required.JsonName] = null;
            await CheckBadRequestAsync(await _api.PutAsync(row.Path, invalid), "PUT " + row.Path + " with " + required.Name + " = null", required.JsonName, required.Messages.GetValueOrDefault("required"));
        }

        Expect(await _api.PutAsync(MissingPath(entity), body), 404, "PUT " + MissingPath(entity) + " (no such row)");
    }

    /// <summary>
    /// A new target for a reference of <paramref name="row"/>: a required reference only to a row created before it
    /// (so rows can be deleted newest first); a unique reference keeps its target.
    /// </summary>
    private FieldValue UpdatedForeignKey(ReferenceSpec reference, Row row)
    {
        var current = row[reference.ForeignKey];
        if (reference.IsUnique)
        {
            return new FieldValue(ValueJson.ToJson(current), current);
        }

        var targetKey = reference.Target.Keys[0];
        var candidates = RowsOf(reference.Target).Where(t => t != row && (!reference.IsRequired || t.Sequence < row.Sequence)).ToList();
        if (candidates.Count == 0 || (!reference.IsRequired && _random.Next(4) == 0))
        {
            return reference.IsRequired ? new FieldValue(ValueJson.ToJson(current), current) : FieldValue.Null;
        }

        var key = candidates[_random.Next(candidates.Count)][targetKey]!;
        return new FieldValue(ValueJson.ToJson(key), key);
    }
}
