using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Planning;

/// <summary>Recognises the seed's reusable patterns in the requirements.</summary>
public static class PatternRecognizer
{
    /// <summary>The feature that turns on the authentication pattern.</summary>
    public const string AuthenticationFeature = "user-authentication";

    /// <summary>The feature that records every change the API makes in an audit log.</summary>
    public const string AuditLogFeature = "audit-log";

    /// <summary>More entities than this make CRUD operations worth shared base types.</summary>
    public const int CrudEntityThreshold = 3;

    private const double HoursSavedPerCrudEntity = 1.5;

    /// <summary>
    /// Authentication when <c>user-authentication</c> is a feature (used by every entity's endpoints,
    /// 2-4 hours saved); CRUD operations when there are more than three entities (1.5 hours per entity).
    /// </summary>
    public static EquatableArray<RecognizedPattern> Recognize(ProjectRequirements requirements)
    {
        var patterns = new List<RecognizedPattern>();
        var entityCount = requirements.Entities.Count;
        if (requirements.Features.Contains(AuthenticationFeature))
        {
            patterns.Add(new RecognizedPattern("authentication", System.Math.Max(1, entityCount), OptimizationPotential.High, 2, 4));
        }

        if (entityCount > CrudEntityThreshold)
        {
            var hours = entityCount * HoursSavedPerCrudEntity;
            patterns.Add(new RecognizedPattern("crud-operations", entityCount, OptimizationPotential.VeryHigh, hours, hours));
        }

        return EquatableArray.From(patterns);
    }
}
