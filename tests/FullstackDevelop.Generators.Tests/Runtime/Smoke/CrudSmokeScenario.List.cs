using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Smoke;

/// <summary>Listing a page at a time, and sorting.</summary>
internal sealed partial class CrudSmokeScenario
{
    private async Task ListAsync(EntitySpec entity)
    {
        var rows = RowsOf(entity).ToList();
        var seen = new List<Row>();
        for (var page = 1; page <= rows.Count + 1; page++)
        {
            var path = entity.Route + "?page=" + page.ToString(CultureInfo.InvariantCulture) + "&pageSize=1";
            var items = await PageAsync(path, rows.Count);
            if (items is null)
            {
                return;
            }

            Check(items.Count == (page <= rows.Count ? 1 : 0), "GET " + path + ": expected " + (page <= rows.Count ? 1 : 0) + " item(s), got " + items.Count);
            foreach (var item in items)
            {
                if (Find(entity, item) is { } row)
                {
                    seen.Add(row);
                    CompareDto(row, item, "GET " + path);
                }
                else
                {
                    Fail("GET " + path + " lists an item the smoke test did not create: " + item.GetRawText());
                }
            }
        }

        Check(seen.Distinct().Count() == rows.Count, "GET " + entity.Route + " a page at a time did not list every row once: listed " + string.Join(", ", seen));
        Expect(await _api.GetAsync(entity.Route + "?pageSize=0"), 400, "GET " + entity.Route + "?pageSize=0");
    }

    /// <summary>The items of a page, after checking it is a page of <paramref name="total"/> items; null when it is not a page.</summary>
    private async Task<List<JsonElement>?> PageAsync(string path, int total)
    {
        var response = await _api.GetAsync(path);
        if (!Expect(response, 200, "GET " + path))
        {
            return null;
        }

        if (response.Json is not { ValueKind: JsonValueKind.Object } page
            || !page.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array
            || !page.TryGetProperty("totalCount", out var totalCount) || !page.TryGetProperty("totalPages", out var totalPages)
            || !page.TryGetProperty("pageSize", out var pageSize))
        {
            Fail("GET " + path + " did not answer a page (items, page, pageSize, totalCount, totalPages): " + Shorten(response.Text));
            return null;
        }

        Check(totalCount.GetInt32() == total, "GET " + path + ": totalCount is " + totalCount.GetRawText() + ", expected " + total);
        var size = pageSize.GetInt32();
        Check(totalPages.GetInt32() == (total + size - 1) / size, "GET " + path + ": totalPages is " + totalPages.GetRawText() + " for " + total + " items of " + size + " a page");
        return items.EnumerateArray().ToList();
    }

    // Types whose order every database and .NET agree on; text, GUIDs and enums sort by their database representation.
    private static bool IsOrdered(ScalarType type) => ScalarTypes.IsNumber(type) || type is ScalarType.DateTime or ScalarType.DateTimeOffset
        or ScalarType.DateOnly or ScalarType.TimeOnly or ScalarType.TimeSpan;

    private async Task SortAsync(EntitySpec entity)
    {
        var rows = RowsOf(entity).ToList();
        foreach (var field in entity.Fields.Where(f => IsOrdered(f.Type) && !f.IsKey))
        {
            if (rows.Count != 2 || rows[0][field] is not IComparable first || rows[1][field] is not IComparable second || first.CompareTo(second) == 0)
            {
                continue;
            }

            var (low, high) = first.CompareTo(second) < 0 ? (rows[0], rows[1]) : (rows[1], rows[0]);
            foreach (var descending in new[] { false, true })
            {
                var path = entity.Route + "?sort=" + field.JsonName + (descending ? "&desc=true" : string.Empty);
                var items = await PageAsync(path, rows.Count);
                if (items is null)
                {
                    continue;
                }

                var order = items.Select(item => Find(entity, item)).ToList();
                var expected = descending ? new[] { high, low } : new[] { low, high };
                Check(order.SequenceEqual(expected), "GET " + path + " listed " + string.Join(", ", order.Select(r => r is null ? "?" : r + " with " + field.Name + " = " + Values.ValueJson.Show(r[field])))
                    + "; expected " + string.Join(", ", expected.Select(r => r + " with " + field.Name + " = " + Values.ValueJson.Show(r[field]))));
            }
        }
    }
}
