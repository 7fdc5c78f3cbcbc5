using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Requirements.Catalog;

/// <summary>
/// Every feature the generated application implements. Declaring a feature that is not here changes nothing, and is
/// diagnosed.
/// </summary>
public static class FeatureCatalog
{
    /// <summary>The features, sorted by name.</summary>
    public static IReadOnlyList<FeatureDefinition> All { get; } = new[]
    {
        new FeatureDefinition(
            PatternRecognizer.AuditLogFeature,
            EquatableArray.Of("api/openapi.yaml", "database/schema.sql", "docs/requirements.md"),
            "Every change made through the API is recorded: the AuditEntries table, an EF Core SaveChanges interceptor that writes who, what, when, old and new values, and the read-only /api/audit-entries endpoints."),
        new FeatureDefinition(
            PatternRecognizer.AuthenticationFeature,
            EquatableArray.Of("api/openapi.yaml", "frontend/src/api/client.ts", "deploy/compose.yaml"),
            "Every API call needs a JWT bearer token: the backend's authentication and authorization services, the OpenAPI security scheme, the frontend's token handling and the deployment's signing key."),
    };

    private static readonly HashSet<string> Names = new(All.Select(feature => feature.Name), StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a feature of the catalog.</summary>
    public static bool Contains(string name) => Names.Contains(name);
}
