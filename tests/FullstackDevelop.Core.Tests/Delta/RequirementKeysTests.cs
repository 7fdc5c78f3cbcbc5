using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Delta;

public sealed class RequirementKeysTests
{
    [Fact]
    public void FlattenEveryPartOfTheRequirementsInOrdinalOrder()
    {
        var keys = RequirementKeys.Of(DeltaSamples.Shop(DeltaSamples.Agent("search-indexer", 15, new[] { "search." })));

        Assert.Equal(
            new[]
            {
                "agents.search-indexer", "api.style", "architecture.style", "database.engine", "entities.Author", "entities.Book",
                "features.catalog", "features.user-authentication", "frontend.framework",
                "project.expected-users", "project.name", "project.scale", "project.stack", "ui.theme",
            },
            keys.Keys);
    }

    [Fact]
    public void RequirementEntriesKeepTheirKeysAndValues()
    {
        var keys = RequirementKeys.Of(DeltaSamples.Shop().With("ui.theme", "dark"));

        Assert.Equal("dark", keys["ui.theme"]);
        Assert.Equal("sqlite", keys["database.engine"]);
    }

    [Fact]
    public void ProjectKeysHoldNameScaleUsersAndTheJoinedStack()
    {
        var requirements = DeltaSamples.Shop() with
        {
            Project = new ProjectInfo("Bookstore", ProjectScale.Enterprise, ScaleSource.ExpectedUsers, 250_000, EquatableArray.Of("aspnetcore", "react", "postgresql")),
        };

        var keys = RequirementKeys.Of(requirements);

        Assert.Equal("Bookstore", keys["project.name"]);
        Assert.Equal("enterprise", keys["project.scale"]);
        Assert.Equal("250000", keys["project.expected-users"]);
        Assert.Equal("aspnetcore, react, postgresql", keys["project.stack"]);
    }

    [Fact]
    public void EveryFeatureIsEnabled()
    {
        var keys = RequirementKeys.Of(DeltaSamples.Shop());

        Assert.Equal("enabled", keys["features.catalog"]);
        Assert.Equal("enabled", keys["features.user-authentication"]);
    }

    [Fact]
    public void EntityKeyIsTheHashOfTheEntitysCanonicalJson()
    {
        var book = Model.Entity("Book");
        var alone = new ProjectRequirements(new ProjectInfo(string.Empty, ProjectScale.Small, ScaleSource.Default, 0, default), default, EquatableArray.Of(book), default, default);

        var keys = RequirementKeys.Of(DeltaSamples.Shop());

        Assert.Equal(ContentHash.Of(RequirementsJson.Write(alone)), keys["entities.Book"]);
        Assert.NotEqual(keys["entities.Author"], keys["entities.Book"]);
    }

    [Fact]
    public void ChangingOneFieldChangesOnlyThatEntitysKey()
    {
        var before = DeltaSamples.Shop();
        var book = before.Entities[1];
        var longer = book with { Fields = EquatableArray.From(book.Fields.Append(new FieldInfo("Title", "string", false, true, 200, default))) };
        var after = before with { Entities = EquatableArray.Of(before.Entities[0], longer) };

        var changed = Changed(RequirementKeys.Of(before), RequirementKeys.Of(after));

        Assert.Equal(new[] { "entities.Book" }, changed);
    }

    [Fact]
    public void ChangingAnAgentsDeclarationChangesOnlyItsKey()
    {
        var agent = DeltaSamples.Agent("search-indexer", 15, new[] { "search." });
        var other = DeltaSamples.Agent("docs-writer", 5, new[] { "docs." });

        var changed = Changed(
            RequirementKeys.Of(DeltaSamples.Shop(other, agent)),
            RequirementKeys.Of(DeltaSamples.Shop(other, agent with { Command = "node tools/index.js" })));

        Assert.Equal(new[] { "agents.search-indexer" }, changed);
    }

    [Fact]
    public void DeclarationOrderDoesNotChangeTheKeys()
    {
        var (ordered, shuffled) = CanonicalSamples.OrderedAndShuffled();

        var first = RequirementKeys.Of(RequirementsBuilder.Build(ordered).Requirements!);
        var second = RequirementKeys.Of(RequirementsBuilder.Build(shuffled).Requirements!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void DeclaredKeyThatNamesADerivedKeyKeepsBothValues()
    {
        var keys = RequirementKeys.Of(DeltaSamples.Shop().With("project.name", "Storefront"));

        Assert.Equal("Shop\nStorefront", keys["project.name"]);
    }

    private static string[] Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Where(key => before[key] != after[key]).ToArray();
}
