using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Smoke;

/// <summary>
/// Deleting: a row a required reference points to is refused (409); then every row is deleted newest first (so no
/// required reference ever points to it), which clears the optional references to it and removes its links.
/// </summary>
internal sealed partial class CrudSmokeScenario
{
    private async Task RefuseReferencedDeletesAsync()
    {
        foreach (var reference in _model.References.Where(r => r.IsRequired))
        {
            var targetKey = reference.Target.Keys[0];
            var referring = RowsOf(reference.Source).FirstOrDefault(r => r[reference.ForeignKey] is not null && r.Entity != reference.Target);
            var target = referring is null ? null : RowsOf(reference.Target).FirstOrDefault(t => Equals(t[targetKey], referring[reference.ForeignKey]));
            if (target is null)
            {
                continue;
            }

            Expect(await _api.DeleteAsync(target.Path), 409, "DELETE " + target.Path + " while " + referring + " refers to it through the required " + reference.Source.Name + "." + reference.Name);
            Expect(await _api.GetAsync(target.Path), 200, "GET " + target.Path + " after the refused DELETE");
        }
    }

    private async Task DeleteEverythingAsync()
    {
        foreach (var row in _rows.OrderByDescending(r => r.Sequence).ToList())
        {
            if (!Expect(await _api.DeleteAsync(row.Path), 204, "DELETE " + row.Path))
            {
                continue;
            }

            _rows.Remove(row);
            Expect(await _api.GetAsync(row.Path), 404, "GET " + row.Path + " after DELETE");
            Expect(await _api.DeleteAsync(row.Path), 404, "DELETE " + row.Path + " again");

            var cleared = new List<Row>();
            foreach (var reference in _model.References.Where(r => r.Target == row.Entity && !r.IsRequired))
            {
                foreach (var referring in RowsOf(reference.Source).Where(r => Equals(r[reference.ForeignKey], row.Key[0])).ToList())
                {
                    referring.Values[reference.ForeignKey.Name] = null;
                    cleared.Add(referring);
                }
            }

            foreach (var referring in cleared.Distinct())
            {
                var read = await _api.GetAsync(referring.Path);
                if (Expect(read, 200, "GET " + referring.Path + " after deleting " + row + ", which it referred to"))
                {
                    CompareDto(referring, read.Json, "GET " + referring.Path + " after deleting " + row + " (an optional reference to a deleted row is cleared)");
                }
            }

            var unlinked = _links.Where(l => l.Left == row || l.Right == row).ToList();
            foreach (var link in unlinked)
            {
                _links.Remove(link);
                var other = link.Left == row ? link.Right : link.Left;
                await CheckLinksAsync(link.Relation, other, fromLeft: link.Left != row);
            }
        }

        foreach (var entity in _model.Entities)
        {
            await PageAsync(entity.Route, RowsOf(entity).Count());
        }
    }
}
