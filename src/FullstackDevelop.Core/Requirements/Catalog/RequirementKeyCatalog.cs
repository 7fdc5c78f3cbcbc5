using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Requirements.Catalog;

/// <summary>
/// Every requirement key the built-in agents read: the single source of what a key accepts, which agents re-run when it
/// changes (the delta analysis), what their templates see (<c>requirements</c>) and <c>docs/requirement-keys.md</c>.
/// A key under a built-in agent's prefix that is not here is read by nobody, and declaring it is diagnosed.
/// </summary>
public static class RequirementKeyCatalog
{
    private const string Product = "product-manager";
    private const string Frontend = "frontend-developer";
    private const string Backend = "backend-developer";
    private const string DevOps = "devops-engineer";
    private const string Sre = "site-reliability-engineer";
    private const string Architect = "technical-architect";

    /// <summary>The keys, sorted by name.</summary>
    public static IReadOnlyList<RequirementKeyDefinition> All { get; } = new[]
    {
        Key(
            FullstackDevelop.Core.Backend.CorsOrigins.Key,
            RequirementValueForm.Matching(
                "a comma-separated list of origins (scheme, lower-case host, optional port, no path) such as 'https://app.example.com'",
                FullstackDevelop.Core.Backend.CorsOrigins.Pattern,
                "https://app.example.com",
                "https://app.example.com, http://localhost:5173"),
            "none: no origin is allowed, and the API sends no CORS headers",
            new[] { Architect },
            new[] { "docs/architecture.md" },
            "The origins whose browsers may call the API (CORS): their preflights get the API's methods and headers; the generated backend allows exactly these."),
        Key(
            "database.engine",
            RequirementValueForm.OneOf("postgresql", "sqlite"),
            "the stack: postgresql when it names PostgreSQL, otherwise sqlite",
            new[] { Backend },
            new[] { "database/schema.sql" },
            "The database the schema's header says the API runs on; the script itself is PostgreSQL either way.",
            "database.provider"),
        Key(
            "deployment.image",
            RequirementValueForm.Matching("a container image reference such as 'registry.example.com/shop/api:1.4.2'", ImageReference, "ghcr.io/acme/bookstore:1.4.2", "bookstore@sha256:" + new string('a', 64)),
            "{project}:latest, {project} the project's kebab-case name",
            new[] { DevOps },
            new[] { "deploy/kubernetes/app.yaml", "deploy/kubernetes/migrate-job.yaml" },
            "The image the Kubernetes Deployment and the migration Job run."),
        Key(
            "deployment.project",
            RequirementValueForm.Matching("a relative path to the API's .csproj, with forward slashes", @"^(?!/)(?!.*\.\.)[A-Za-z0-9_./-]+\.csproj$", "src/Api/Api.csproj"),
            "the project file, relative to the repository root",
            new[] { DevOps },
            new[] { "deploy/Dockerfile", "deploy/compose.yaml", ".github/workflows/ci.yml" },
            "The project file, relative to the repository root, that the container build publishes (the default of the PROJECT build argument) and CI builds."),
        Key(
            "devops.node-version",
            RequirementValueForm.Matching("a Node.js version such as '22' or '22.11'", @"^[1-9][0-9]*(\.[0-9]+){0,2}$", "20", "22.11.0"),
            "22",
            new[] { DevOps },
            new[] { ".github/workflows/ci.yml", "deploy/frontend.Dockerfile" },
            "The Node.js version the CI workflow and the frontend image type-check and build the frontend with."),
        Key(
            "monitoring.runbook-url",
            RequirementValueForm.Matching("an http or https URL", @"^https?://[^\s""]+$", "https://runbooks.example.com/api"),
            "none: alerts carry no runbook_url",
            new[] { Sre },
            new[] { "monitoring/alert-rules.yaml" },
            "A runbook_url annotation on each alert, the URL with the alert's name as its fragment."),
        Key(
            "monitoring.selector",
            RequirementValueForm.Matching("Prometheus label matchers such as 'job=\"api\",env=\"prod\"'", @"^[a-zA-Z_][a-zA-Z0-9_]*(=|!=|=~|!~)""[^""]*""(\s*,\s*[a-zA-Z_][a-zA-Z0-9_]*(=|!=|=~|!~)""[^""]*"")*$", "job=\"shop-api\"", "job=\"api\",env=\"prod\""),
            "job=\"{project}\"",
            new[] { Sre },
            new[] { "monitoring/slos.yaml", "monitoring/alert-rules.yaml" },
            "The label matchers that select the API's metrics in the SLO queries and alert expressions."),
        Key(
            "monitoring.team",
            RequirementValueForm.Matching("a team name of letters, digits, spaces, '.', '_' or '-'", @"^[A-Za-z0-9][A-Za-z0-9 _.-]*$", "payments", "Team A"),
            "none: alerts carry no team label",
            new[] { Sre },
            new[] { "monitoring/alert-rules.yaml" },
            "A team label on each alert, for routing."),
        Key(
            "slo.availability",
            RequirementValueForm.Matching("a percentage from 90 to 99.999 with at most three decimals, such as '99.9'", @"^9[0-9](\.[0-9]{1,3})?$", "99.95", "95"),
            ByScale(profile => profile.AvailabilityTarget),
            new[] { Product, Sre },
            new[] { "monitoring/slos.yaml", "monitoring/alert-rules.yaml", "monitoring/alert-rules.test.yaml", "docs/capacity-plan.md", "docs/requirements.md" },
            "The availability objective, its error budget and the burn-rate alert thresholds, and the availability the requirements spec promises."),
        Key(
            "slo.latency-p95-ms",
            RequirementValueForm.Matching("a number of milliseconds from 1 to 99999", @"^[1-9][0-9]{0,4}$", "200", "1500"),
            ByScale(profile => profile.LatencyTarget.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new[] { Sre },
            new[] { "monitoring/slos.yaml", "monitoring/alert-rules.yaml", "monitoring/alert-rules.test.yaml", "docs/capacity-plan.md" },
            "The 95th-percentile latency objective and its alert."),
        Key(
            "slo.window",
            RequirementValueForm.Matching("a number of days from 1 to 99, such as '28d'", @"^[1-9][0-9]?d$", "28d", "7d"),
            "30d",
            new[] { Sre },
            new[] { "monitoring/slos.yaml", "monitoring/alert-rules.yaml", "monitoring/alert-rules.test.yaml" },
            "The window the objectives are measured over."),
        Key(
            ArtifactLocales.Key,
            RequirementValueForm.Matching("a BCP 47 language tag such as 'de-DE'", LanguageTag.Pattern, "de-DE", "fr", "zh-Hant-TW"),
            ArtifactLocales.DefaultTag,
            new[] { Frontend },
            new[] { "frontend/index.html", "frontend/src/locale.ts", "frontend/src/messages.ts" },
            "The language of the frontend: the page's lang, its date and number formats and its messages."),
        Key(
            "ui.primary-color",
            RequirementValueForm.Matching("a CSS hex colour such as '#2563eb'", "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", "#3355ff", "#0a0"),
            "#2563eb",
            new[] { Frontend },
            new[] { "frontend/src/theme.ts" },
            "The accent colour of links, buttons and the current page."),
        Key(
            "ui.theme",
            RequirementValueForm.OneOf("light", "dark"),
            "light",
            new[] { Frontend },
            new[] { "frontend/src/theme.ts" },
            "The frontend's colour scheme."),
    };

    // Lower-case registry host, path and tag or digest, as the OCI distribution spec names them.
    private const string ImageReference =
        @"^[a-z0-9]+([._-][a-z0-9]+)*(\.[a-z0-9-]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$";

    private static readonly Dictionary<string, RequirementKeyDefinition> ByName = All
        .SelectMany(key => key.Aliases.Prepend(key.Name).Select(name => (Name: name, Key: key)))
        .ToDictionary(pair => pair.Name, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every name a key can be declared with: canonical names and aliases, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = ByName.Keys.OrderBy(name => name, StringComparer.Ordinal).ToList();

    /// <summary>The key declared as <paramref name="name"/>, by its canonical name or an alias; null when none is.</summary>
    public static RequirementKeyDefinition? Find(string name) => ByName.TryGetValue(name, out var key) ? key : null;

    /// <summary>The canonical name of <paramref name="name"/>: itself unless it is an alias.</summary>
    public static string Canonical(string name) => Find(name)?.Name ?? name;

    /// <summary>True when the templates of the built-in <paramref name="agent"/> read <paramref name="key"/> (a canonical name).</summary>
    public static bool IsReadBy(string key, string agent) => ByName.TryGetValue(key, out var definition) && definition.Name == key && definition.Agents.Contains(agent, StringComparer.Ordinal);

    // A default that follows the scale, from the infrastructure profiles the templates read, so the documented default is the one applied.
    private static string ByScale(Func<InfrastructureProfile, string> value) =>
        "by scale: " + string.Join(", ", new[] { ProjectScale.Small, ProjectScale.Medium, ProjectScale.Large, ProjectScale.Enterprise }
            .Select(InfrastructureProfiles.For)
            .Select(profile => value(profile) + " (" + profile.Scale + ")"));

    private static RequirementKeyDefinition Key(string name, RequirementValueForm values, string defaultValue, string[] agents, string[] files, string effect, params string[] aliases) =>
        new(name, EquatableArray.From(aliases), values, defaultValue, EquatableArray.From(agents.OrderBy(agent => agent, StringComparer.Ordinal)), EquatableArray.From(files), effect);
}
