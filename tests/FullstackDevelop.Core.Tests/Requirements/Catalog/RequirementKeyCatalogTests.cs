using System;
using System.Linq;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Catalog;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements.Catalog;

public sealed class RequirementKeyCatalogTests
{
    [Fact]
    public void KeysAreSortedValidAndUnderAPrefixOfEveryAgentThatReadsThem()
    {
        Assert.Equal(RequirementKeyCatalog.All.Select(key => key.Name).OrderBy(name => name, StringComparer.Ordinal), RequirementKeyCatalog.All.Select(key => key.Name));
        Assert.All(RequirementKeyCatalog.All, key =>
        {
            Assert.True(NameRules.IsRequirementKey(key.Name), key.Name);
            Assert.NotEmpty(key.Agents);
            Assert.All(key.Agents, agent =>
                Assert.Contains(BuiltInAgents.All.Single(definition => definition.Name == agent).Reads, prefix => key.Name.StartsWith(prefix, StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void EveryFileIsWrittenByAnAgentThatReadsTheKey()
    {
        Assert.All(RequirementKeyCatalog.All, key => Assert.All(key.Files, file =>
            Assert.Contains(BuiltInAgentArtifacts.All, artifact => artifact.Path == file && key.Agents.Contains(artifact.Agent))));
    }

    [Fact]
    public void EverySampleIsAccepted()
    {
        Assert.All(RequirementKeyCatalog.All, key =>
        {
            Assert.NotEmpty(key.Values.Samples);
            Assert.All(key.Values.Samples, sample => Assert.True(key.Values.Accepts(sample), key.Name + " = " + sample));
        });
    }

    [Fact]
    public void AnAliasFindsItsKey()
    {
        Assert.Equal("database.engine", RequirementKeyCatalog.Canonical("database.provider"));
        Assert.Same(RequirementKeyCatalog.Find("database.engine"), RequirementKeyCatalog.Find("database.provider"));
        Assert.Equal("ops.region", RequirementKeyCatalog.Canonical("ops.region"));
        Assert.True(RequirementKeyCatalog.IsReadBy("database.engine", "backend-developer"));
        Assert.False(RequirementKeyCatalog.IsReadBy("database.provider", "backend-developer"));
        Assert.False(RequirementKeyCatalog.IsReadBy("database.engine", "frontend-developer"));
    }

    [Theory]
    [InlineData("ui.them", "ui.theme")]
    [InlineData("slo.windw", "slo.window")]
    [InlineData("database.providr", "database.provider")]
    [InlineData("ops.region", null)]
    public void SuggestionIsTheClosestNameWithinAFewEdits(string text, string? expected) =>
        Assert.Equal(expected, Suggestion.Closest(text, RequirementKeyCatalog.Names));
}
