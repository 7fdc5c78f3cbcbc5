using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Catalog;
using FullstackDevelop.Core.Tests.Agents;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements.Catalog;

/// <summary>
/// Every entry of the catalogs is real: setting a key to each of its sample values, or declaring a feature, changes the
/// files the catalog names, with a line that shows it, and re-runs exactly the agents the catalog names. A catalog
/// entry without a row here fails <see cref="EveryCatalogEntryHasARow"/>.
/// </summary>
public sealed class DeclarationCoverageTests
{
    /// <summary>(key or feature, value, file, a line or part of a line only the declaration gives). Features have a null value.</summary>
    private static readonly (string Entry, string? Value, string File, string Line)[] Rows =
    {
        ("api.cors-origins", "https://app.example.com", "docs/architecture.md", "- Browsers may call the API from `https://app.example.com` (`api.cors-origins`)"),
        ("api.cors-origins", "https://app.example.com, http://localhost:5173", "docs/architecture.md", "`https://app.example.com` and `http://localhost:5173` (`api.cors-origins`)"),
        ("database.engine", "postgresql", "database/schema.sql", "-- The requirements declare database.engine = postgresql: the API runs this schema's database."),
        ("database.engine", "sqlite", "database/schema.sql", "-- The requirements declare database.engine = sqlite: the API runs on SQLite there and creates its own file."),
        ("deployment.image", "ghcr.io/acme/bookstore:1.4.2", "deploy/kubernetes/app.yaml", "image: ghcr.io/acme/bookstore:1.4.2"),
        ("deployment.image", "bookstore@sha256:" + new string('a', 64), "deploy/kubernetes/app.yaml", "image: bookstore@sha256:" + new string('a', 64)),
        ("deployment.project", "src/Api/Api.csproj", "deploy/Dockerfile", "ARG PROJECT=src/Api/Api.csproj"),
        ("deployment.project", "src/Api/Api.csproj", "deploy/compose.yaml", "${API_PROJECT:-src/Api/Api.csproj}"),
        ("deployment.project", "src/Api/Api.csproj", ".github/workflows/ci.yml", "dotnet build src/Api/Api.csproj"),
        ("deployment.image", "ghcr.io/acme/bookstore:1.4.2", "deploy/kubernetes/migrate-job.yaml", "image: ghcr.io/acme/bookstore:1.4.2"),
        ("devops.node-version", "20", "deploy/frontend.Dockerfile", "ARG NODE_VERSION=20"),
        ("devops.node-version", "20", ".github/workflows/ci.yml", "node-version: \"20\""),
        ("devops.node-version", "22.11.0", ".github/workflows/ci.yml", "node-version: \"22.11.0\""),
        ("monitoring.runbook-url", "https://runbooks.example.com/api", "monitoring/alert-rules.yaml", "runbook_url: \"https://runbooks.example.com/api#"),
        ("monitoring.selector", "job=\"shop-api\"", "monitoring/slos.yaml", "{job=\"shop-api\","),
        ("monitoring.selector", "job=\"shop-api\"", "monitoring/alert-rules.yaml", "job=\"shop-api\""),
        ("monitoring.selector", "job=\"api\",env=\"prod\"", "monitoring/alert-rules.yaml", "job=\"api\",env=\"prod\""),
        ("monitoring.team", "payments", "monitoring/alert-rules.yaml", "team: \"payments\""),
        ("monitoring.team", "Team A", "monitoring/alert-rules.yaml", "team: \"Team A\""),
        ("slo.availability", "99.95", "monitoring/slos.yaml", "0.9995"),
        ("slo.availability", "99.95", "monitoring/alert-rules.yaml", "99.95"),
        ("slo.availability", "99.95", "docs/capacity-plan.md", "99.95"),
        ("slo.availability", "95", "monitoring/slos.yaml", "description: 95% of API requests over a rolling 30d do not fail"),
        ("slo.availability", "99.95", "monitoring/alert-rules.test.yaml", "error budget of the 99.95% objective"),
        ("slo.availability", "99.95", "docs/requirements.md", "| NFR-2 | Availability | 99.95% of requests succeed each month (at most 22 min of downtime in 30 days). |"),
        ("slo.latency-p95-ms", "200", "monitoring/slos.yaml", "displayName: Requests answered within 250 ms"),
        ("slo.latency-p95-ms", "200", "monitoring/alert-rules.yaml", "200"),
        ("slo.latency-p95-ms", "200", "docs/capacity-plan.md", "95% within 200 ms"),
        ("slo.latency-p95-ms", "1500", "monitoring/slos.yaml", "displayName: Requests answered within 2500 ms"),
        ("slo.latency-p95-ms", "200", "monitoring/alert-rules.test.yaml", "p95 latency is above 200 ms"),
        ("slo.window", "28d", "monitoring/slos.yaml", "duration: 28d"),
        ("slo.window", "28d", "monitoring/alert-rules.yaml", "28d"),
        ("slo.window", "7d", "monitoring/slos.yaml", "duration: 7d"),
        ("slo.window", "28d", "monitoring/alert-rules.test.yaml", "the 28d error budget"),
        ("ui.locale", "de-DE", "frontend/index.html", "<html lang=\"de\">"),
        ("ui.locale", "de-DE", "frontend/src/locale.ts", "export const locale = 'de-DE';"),
        ("ui.locale", "de-DE", "frontend/src/messages.ts", "'Speichern'"),
        ("ui.locale", "fr", "frontend/index.html", "<html lang=\"fr\">"),
        ("ui.locale", "fr", "frontend/src/locale.ts", "export const locale = 'fr';"),
        ("ui.locale", "fr", "frontend/src/messages.ts", "There are no built-in messages for fr"),
        ("ui.locale", "zh-Hant-TW", "frontend/index.html", "<html lang=\"zh-Hant\">"),
        ("ui.locale", "zh-Hant-TW", "frontend/src/locale.ts", "export const locale = 'zh-Hant-TW';"),
        ("ui.primary-color", "#3355ff", "frontend/src/theme.ts", "export const primaryColor: string = '#3355ff';"),
        ("ui.primary-color", "#0a0", "frontend/src/theme.ts", "export const primaryColor: string = '#0a0';"),
        ("ui.theme", "dark", "frontend/src/theme.ts", "export const themeMode: ThemeMode = 'dark';"),
        ("ui.theme", "light", "frontend/src/theme.ts", "'ui.theme': 'light',"),
        ("audit-log", null, "api/openapi.yaml", "operationId: ListAuditEntries"),
        ("audit-log", null, "database/schema.sql", "CREATE TABLE IF NOT EXISTS \"AuditEntries\" ("),
        ("audit-log", null, "docs/requirements.md", "- `audit-log`: every change made through the API is recorded"),
        ("user-authentication", null, "api/openapi.yaml", "bearerFormat: JWT"),
        ("user-authentication", null, "frontend/src/api/client.ts", "Authorization"),
        ("user-authentication", null, "deploy/compose.yaml", "Authentication__Jwt__Key"),
    };

    private static readonly ProjectRequirements Base = BackendSamples.Bookstore with { Features = default, Requirements = default };

    public static TheoryData<string, string> KeyValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var (entry, value) in Rows.Where(row => row.Value is not null).Select(row => (row.Entry, row.Value!)).Distinct())
        {
            data.Add(entry, value);
        }

        return data;
    }

    [Fact]
    public void EveryCatalogEntryHasARow()
    {
        foreach (var key in RequirementKeyCatalog.All)
        {
            Assert.All(key.Values.Samples, sample => Assert.Contains(Rows, row => row.Entry == key.Name && row.Value == sample));
            Assert.All(key.Files, file => Assert.Contains(Rows, row => row.Entry == key.Name && row.File == file));
        }

        Assert.All(FeatureCatalog.All, feature => Assert.All(feature.Files, file => Assert.Contains(Rows, row => row.Entry == feature.Name && row.File == file)));
        Assert.All(Rows, row => Assert.True(RequirementKeyCatalog.Find(row.Entry) is not null || FeatureCatalog.Contains(row.Entry), row.Entry));
    }

    [Theory]
    [MemberData(nameof(KeyValues))]
    public void SettingAKeyChangesItsFilesAndReRunsExactlyItsAgents(string key, string value)
    {
        var definition = RequirementKeyCatalog.Find(key)!;
        var declared = With(Base, key, value);

        var before = RenderAll(Base, definition.Agents);
        var after = RenderAll(declared, definition.Agents);

        Assert.Equal(definition.Agents, Analyze(Base, declared).DirectlyAffected);
        Assert.All(definition.Files, file => Assert.NotEqual(before[file], after[file]));
        Assert.All(Rows.Where(row => row.Entry == key && row.Value == value), row =>
        {
            Assert.Contains(row.Line, after[row.File], StringComparison.Ordinal);
            Assert.DoesNotContain(row.Line, before[row.File], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void DeclaringAFeatureChangesItsFiles()
    {
        foreach (var feature in FeatureCatalog.All)
        {
            var declared = Base with { Features = EquatableArray.Of(feature.Name) };
            var agents = BuiltInAgents.All.Select(agent => agent.Name);
            var before = RenderAll(Base, agents);
            var after = RenderAll(declared, agents);

            Assert.All(Rows.Where(row => row.Entry == feature.Name), row =>
            {
                Assert.Contains(row.Line, after[row.File], StringComparison.Ordinal);
                Assert.DoesNotContain(row.Line, before[row.File], StringComparison.Ordinal);
            });
        }
    }

    [Theory]
    [InlineData("ui.density", "compact")]
    [InlineData("frontend.framework", "vue")]
    [InlineData("ops.region", "eu-west-1")]
    [InlineData("product.vision", "Sell books")]
    public void AKeyNoTemplateReadsReRunsNothingAndChangesNoFile(string key, string value)
    {
        var declared = With(Base, key, value);
        var agents = BuiltInAgents.All.Select(agent => agent.Name).ToList();

        Assert.Empty(Analyze(Base, declared).DirectlyAffected);
        Assert.Equal(RenderAll(Base, agents), RenderAll(declared, agents));
    }

    private static ProjectRequirements With(ProjectRequirements requirements, string key, string value) =>
        requirements with { Requirements = EquatableArray.From(requirements.Requirements.Append(new RequirementEntry(key, value)).OrderBy(entry => entry.Key, StringComparer.Ordinal)) };

    private static ProjectDelta Analyze(ProjectRequirements previous, ProjectRequirements current) =>
        DeltaAnalyzer.Analyze(previous, current, BuiltInAgents.All);

    private static Dictionary<string, string> RenderAll(ProjectRequirements requirements, IEnumerable<string> agents) =>
        agents.SelectMany(agent => AgentSamples.Render(agent, requirements)).ToDictionary(file => file.Key, file => file.Value, StringComparer.Ordinal);
}
