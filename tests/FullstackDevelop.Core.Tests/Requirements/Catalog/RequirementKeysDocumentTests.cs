using System;
using System.IO;
using FullstackDevelop.Core.Requirements.Catalog;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements.Catalog;

/// <summary>docs/requirement-keys.md is what the catalogs render; FULLSTACK_UPDATE_SNAPSHOTS=1 rewrites it, except on CI.</summary>
public sealed class RequirementKeysDocumentTests
{
    [Fact]
    public void TheDocumentIsWhatTheCatalogRenders()
    {
        var path = RepositoryPaths.Combine("docs", "requirement-keys.md");
        var rendered = RequirementKeysDocument.Render();
        if (Environment.GetEnvironmentVariable("FULLSTACK_UPDATE_SNAPSHOTS") == "1")
        {
            Assert.False(IsContinuousIntegration(), "FULLSTACK_UPDATE_SNAPSHOTS=1 is refused when CI or FULLSTACK_REQUIRE_INTEGRATION is set: update docs/requirement-keys.md locally and commit it.");
            File.WriteAllText(path, rendered);
        }

        Assert.Equal(rendered, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    [Fact]
    public void EveryKeyAndFeatureIsInTheDocument()
    {
        var rendered = RequirementKeysDocument.Render();

        Assert.All(RequirementKeyCatalog.All, key => Assert.Contains("| `" + key.Name + "`", rendered, StringComparison.Ordinal));
        Assert.All(FeatureCatalog.All, feature => Assert.Contains("| `" + feature.Name + "` |", rendered, StringComparison.Ordinal));
        Assert.Contains("(alias `database.provider`)", rendered, StringComparison.Ordinal);
    }

    private static bool IsContinuousIntegration() =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false" && ci != "0"
        || Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") == "1";
}
