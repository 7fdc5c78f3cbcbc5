using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements.Catalog;

/// <summary>
/// Checks declared features and requirement keys against the catalogs: what nothing implements or reads is reported,
/// so every declaration either changes what is generated or gets a warning.
/// </summary>
public static class CatalogProblems
{
    /// <summary>FSD0040 when <paramref name="feature"/> is not in the <see cref="FeatureCatalog"/>; otherwise null.</summary>
    public static Problem? OfFeature(string feature, ProblemSubject subject)
    {
        if (FeatureCatalog.Contains(feature))
        {
            return null;
        }

        var names = FeatureCatalog.All.Select(definition => definition.Name).ToList();
        return Problem.Create(ProblemCatalog.UnknownFeature, subject, feature, Suggestion.Phrase(feature, names), string.Join(", ", names));
    }

    /// <summary>
    /// FSD0038 when no agent reads <paramref name="key"/>: it is not in the <see cref="RequirementKeyCatalog"/> and no
    /// custom agent's prefix (<paramref name="customPrefixes"/>) covers it. FSD0039 when the catalog's key does not accept
    /// <paramref name="value"/>. Otherwise null.
    /// </summary>
    public static Problem? OfRequirement(string key, string value, IEnumerable<string> customPrefixes, ProblemSubject subject)
    {
        var definition = RequirementKeyCatalog.Find(key);
        if (definition is null)
        {
            return customPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal))
                ? null
                : Problem.Create(ProblemCatalog.UnknownRequirementKey, subject, key, Suggestion.Phrase(key, RequirementKeyCatalog.Names));
        }

        var values = definition.Values;
        return values.Accepts(value)
            ? null
            : Problem.Create(ProblemCatalog.InvalidRequirementValue, subject, key, value, Suggestion.Phrase(value, values.Choices), values.Description);
    }
}
