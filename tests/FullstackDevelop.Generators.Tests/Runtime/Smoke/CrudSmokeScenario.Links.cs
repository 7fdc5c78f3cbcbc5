using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Runtime.Models;
using FullstackDevelop.Generators.Tests.Runtime.Values;

namespace FullstackDevelop.Generators.Tests.Runtime.Smoke;

/// <summary>
/// Many-to-many, from both sides: <c>PUT {item}/{segment}/{targetKey}</c> links (idempotent),
/// <c>DELETE</c> unlinks (idempotent), <c>GET {item}/{segment}</c> lists the linked targets a page at a time.
/// </summary>
internal sealed partial class CrudSmokeScenario
{
    private static string Segment(string navigation) => EntitySpec.Kebab(navigation);

    private async Task LinkAsync(ManyToManySpec relation)
    {
        var lefts = RowsOf(relation.Left).ToList();
        var rights = RowsOf(relation.Right).ToList();
        var (left, otherLeft, right, otherRight) = (lefts[0], lefts[1], rights[0], rights[1]);
        var leftSegment = Segment(relation.LeftNavigation);
        var rightSegment = Segment(relation.RightNavigation);

        await LinkAsync(relation, left, right, fromLeft: true);
        await LinkAsync(relation, left, right, fromLeft: true);
        await LinkAsync(relation, left, otherRight, fromLeft: false);
        await CheckLinksAsync(relation, left, fromLeft: true);
        await CheckLinksAsync(relation, right, fromLeft: false);
        await CheckLinksAsync(relation, otherRight, fromLeft: false);

        foreach (var _ in new[] { 1, 2 })
        {
            var path = left.Path + "/" + leftSegment + "/" + ValueJson.ToRoute(right.Key[0]);
            if (Expect(await _api.DeleteAsync(path), 204, "DELETE " + path + " (unlink, idempotent)"))
            {
                _links.Remove((relation, left, right));
            }
        }

        await CheckLinksAsync(relation, left, fromLeft: true);
        await CheckLinksAsync(relation, right, fromLeft: false);

        // Left linked for the deletes: deleting a row removes its links.
        await LinkAsync(relation, otherLeft, right, fromLeft: false);

        var missingLeft = MissingPath(relation.Left);
        var missingRight = ValueJson.ToRoute(MissingKey(relation.Right.Keys[0]));
        Expect(await _api.GetAsync(missingLeft + "/" + leftSegment), 404, "GET " + missingLeft + "/" + leftSegment + " (no such " + relation.Left.Name + ")");
        Expect(await _api.SendAsync(System.Net.Http.HttpMethod.Put, missingLeft + "/" + leftSegment + "/" + ValueJson.ToRoute(right.Key[0]), null), 404, "PUT " + missingLeft + "/" + leftSegment + "/… (no such " + relation.Left.Name + ")");
        Expect(await _api.SendAsync(System.Net.Http.HttpMethod.Put, left.Path + "/" + leftSegment + "/" + missingRight, null), 404, "PUT " + left.Path + "/" + leftSegment + "/" + missingRight + " (no such " + relation.Right.Name + ")");
        Expect(await _api.DeleteAsync(left.Path + "/" + leftSegment + "/" + missingRight), 404, "DELETE " + left.Path + "/" + leftSegment + "/" + missingRight + " (no such " + relation.Right.Name + ")");
    }

    private async Task LinkAsync(ManyToManySpec relation, Row left, Row right, bool fromLeft)
    {
        var path = fromLeft
            ? left.Path + "/" + Segment(relation.LeftNavigation) + "/" + ValueJson.ToRoute(right.Key[0])
            : right.Path + "/" + Segment(relation.RightNavigation) + "/" + ValueJson.ToRoute(left.Key[0]);
        if (Expect(await _api.SendAsync(System.Net.Http.HttpMethod.Put, path, null), 204, "PUT " + path + " (link)"))
        {
            _links.Add((relation, left, right));
        }
    }

    /// <summary>Checks the list of what <paramref name="row"/> is linked to, a page at a time and whole.</summary>
    private async Task CheckLinksAsync(ManyToManySpec relation, Row row, bool fromLeft)
    {
        var target = fromLeft ? relation.Right : relation.Left;
        var path = row.Path + "/" + Segment(fromLeft ? relation.LeftNavigation : relation.RightNavigation);
        var expected = _links.Where(l => l.Relation == relation && (fromLeft ? l.Left : l.Right) == row).Select(l => fromLeft ? l.Right : l.Left).ToList();
        var items = await PageAsync(path, expected.Count);
        if (items is null)
        {
            return;
        }

        var listed = new List<Row>();
        foreach (var item in items)
        {
            if (Find(target, item) is { } linked)
            {
                listed.Add(linked);
                CompareDto(linked, item, "GET " + path);
            }
            else
            {
                Fail("GET " + path + " lists a " + target.Name + " that is not linked: " + item.GetRawText());
            }
        }

        Check(listed.Count == expected.Count && !expected.Except(listed).Any(), "GET " + path + " lists " + string.Join(", ", listed) + "; linked are " + string.Join(", ", expected));

        // Sorted by the target's key; only integer keys sort the same in every database and in .NET.
        if (target.Keys[0].Type is ScalarType.Byte or ScalarType.Short or ScalarType.Int or ScalarType.Long)
        {
            var keys = listed.Select(r => (long)r.Key[0]).ToList();
            Check(keys.SequenceEqual(keys.Order()), "GET " + path + " is not sorted by the key of " + target.Name + ": " + string.Join(", ", keys));
        }

        if (expected.Count > 1)
        {
            var first = await PageAsync(path + "?page=1&pageSize=1", expected.Count);
            Check(first is null || first.Count == 1, "GET " + path + "?page=1&pageSize=1 lists " + first?.Count + " items");
        }
    }
}
