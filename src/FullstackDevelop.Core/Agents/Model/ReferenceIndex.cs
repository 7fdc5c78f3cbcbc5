using System;
using System.Collections.Generic;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// The many-to-one references of a model seen from their targets, indexed in one pass over the model: a template that
/// needs an entity's referrers reads them here instead of scanning every entity's references for each entity.
/// </summary>
internal sealed class ReferenceIndex
{
    private readonly Dictionary<string, List<ArtifactReferrer>> _referrers = new(StringComparer.Ordinal);
    private readonly HashSet<(string From, string To)> _references = new();

    /// <summary>Indexes the references of <paramref name="entities"/>.</summary>
    public ReferenceIndex(IEnumerable<BackendEntity> entities)
    {
        foreach (var entity in entities)
        {
            foreach (var reference in entity.References)
            {
                _references.Add((entity.Name, reference.Target));
                if (reference.ForeignKey is { } column)
                {
                    if (!_referrers.TryGetValue(reference.Target, out var list))
                    {
                        list = new List<ArtifactReferrer>();
                        _referrers.Add(reference.Target, list);
                    }

                    list.Add(new ArtifactReferrer(entity.Name, entity.Table, column, reference.IsRequired));
                }
            }
        }
    }

    /// <summary>The references with a foreign key to <paramref name="target"/>, in model order and each entity's reference order.</summary>
    public EquatableArray<ArtifactReferrer> ReferrersOf(string target) =>
        _referrers.TryGetValue(target, out var list) ? EquatableArray.From(list) : default;

    /// <summary>True when <paramref name="from"/> has a many-to-one reference to <paramref name="to"/>.</summary>
    public bool Refers(string from, string to) => _references.Contains((from, to));
}
