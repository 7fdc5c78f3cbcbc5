using System;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using Xunit;

namespace FullstackDevelop.Core.Tests.Delta;

public sealed class DeltaAnalyzerTests
{
    private static readonly string[] EveryBuiltIn = BuiltInAgents.All.Select(agent => agent.Name).OrderBy(name => name, StringComparer.Ordinal).ToArray();

    private static ProjectDelta Analyze(ProjectRequirements? previous, ProjectRequirements current) =>
        DeltaAnalyzer.Analyze(previous, current, DeltaSamples.PlanOf(current));

    [Theory]
    [InlineData(RebuildStrategy.Incremental, "incremental")]
    [InlineData(RebuildStrategy.Selective, "selective")]
    [InlineData(RebuildStrategy.FullRebuild, "full_rebuild")]
    public void StrategiesHaveTheSeedsLabels(RebuildStrategy strategy, string label)
    {
        Assert.Equal(label, strategy.ToLabel());
    }

    [Fact]
    public void WithoutPreviousStateEveryAgentRunsInAFullRebuild()
    {
        var current = DeltaSamples.Shop(DeltaSamples.Agent("search-indexer", 15, new[] { "search." }, "backend-developer"));

        var delta = Analyze(null, current);

        Assert.Equal(RebuildStrategy.FullRebuild, delta.Strategy);
        Assert.Equal(RequirementKeys.Of(current).Keys, delta.ChangedKeys);
        Assert.Equal(EveryBuiltIn.Append("search-indexer").OrderBy(name => name, StringComparer.Ordinal), delta.DirectlyAffected);
        Assert.Empty(delta.Downstream);
        Assert.Equal(0, delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void NoChangeIsIncrementalAndSavesEveryEstimate()
    {
        var delta = Analyze(DeltaSamples.Shop(), DeltaSamples.Shop());

        Assert.Equal("incremental", delta.Strategy.ToLabel());
        Assert.Empty(delta.ChangedKeys);
        Assert.Empty(delta.DirectlyAffected);
        Assert.Empty(delta.Downstream);
        Assert.Equal(165, delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void UiChangeIsIncrementalAndReachesTheFrontendAndWhatFollowsIt()
    {
        var delta = Analyze(DeltaSamples.Shop(), DeltaSamples.Shop().With("ui.theme", "dark"));

        Assert.Equal(RebuildStrategy.Incremental, delta.Strategy);
        Assert.Equal(new[] { "ui.theme" }, delta.ChangedKeys);
        Assert.Equal(new[] { "frontend-developer" }, delta.DirectlyAffected);
        Assert.Equal(new[] { "development-coordinator", "qa-engineer", "site-reliability-engineer" }, delta.Downstream);
        Assert.Equal(15 + 20 + 25 + 20, delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void FrontendAndUiChangeIsIncremental()
    {
        var current = DeltaSamples.Shop().With("ui.theme", "dark").With("frontend.framework", "vue");

        var delta = Analyze(DeltaSamples.Shop(), current);

        Assert.Equal(RebuildStrategy.Incremental, delta.Strategy);
        Assert.Equal(new[] { "frontend.framework", "ui.theme" }, delta.ChangedKeys);
        Assert.Equal(new[] { "frontend-developer" }, delta.DirectlyAffected);
    }

    [Fact]
    public void ArchitectureKeyNoTemplateReadsIsSelectiveButReRunsNothing()
    {
        var delta = Analyze(DeltaSamples.Shop(), DeltaSamples.Shop().With("architecture.style", "microservices"));

        Assert.Equal("selective", delta.Strategy.ToLabel());
        Assert.Empty(delta.DirectlyAffected);
        Assert.Empty(delta.Downstream);
        Assert.Equal(BuiltInAgents.All.Sum(agent => agent.EstimatedMinutes), delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void DatabaseChangeMixedWithUiIsSelective()
    {
        var current = DeltaSamples.Shop().With("database.engine", "postgresql").With("ui.theme", "dark");

        var delta = Analyze(DeltaSamples.Shop(), current);

        Assert.Equal(RebuildStrategy.Selective, delta.Strategy);
        Assert.Equal(new[] { "database.engine", "ui.theme" }, delta.ChangedKeys);
        Assert.Equal(new[] { "backend-developer", "frontend-developer" }, delta.DirectlyAffected);
        Assert.Equal(new[] { "development-coordinator", "qa-engineer", "site-reliability-engineer" }, delta.Downstream);
        Assert.Equal(15 + 20 + 20, delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void FeatureChangeIsAFullRebuildOfEveryBuiltInAgent()
    {
        var current = DeltaSamples.Shop() with { Features = EquatableArray.Of("catalog", "checkout", "user-authentication") };

        var delta = Analyze(DeltaSamples.Shop(), current);

        Assert.Equal("full_rebuild", delta.Strategy.ToLabel());
        Assert.Equal(new[] { "features.checkout" }, delta.ChangedKeys);
        Assert.Equal(EveryBuiltIn, delta.DirectlyAffected);
        Assert.Empty(delta.Downstream);
        Assert.Equal(0, delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void EntityChangeIsAFullRebuildStartingAtThePerEntityWriters()
    {
        var previous = DeltaSamples.Shop();
        var book = previous.Entities[1];
        var current = previous with
        {
            Entities = EquatableArray.Of(previous.Entities[0], book with { Fields = EquatableArray.From(book.Fields.Append(new FieldInfo("Title", "string", false, true, 200, default))) }),
        };

        var delta = Analyze(previous, current);

        Assert.Equal(RebuildStrategy.FullRebuild, delta.Strategy);
        Assert.Equal(new[] { "entities.Book" }, delta.ChangedKeys);
        Assert.Equal(new[] { "backend-developer", "frontend-developer", "product-manager", "qa-engineer", "technical-architect" }, delta.DirectlyAffected);
        Assert.Equal(new[] { "development-coordinator", "devops-engineer", "site-reliability-engineer" }, delta.Downstream);
        Assert.Equal(0, delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void ProjectChangeReachesEveryBuiltInAgentButNotACustomAgentThatDoesNotReadIt()
    {
        var checker = DeltaSamples.Agent("license-checker", 5, new[] { "licenses." });
        var current = DeltaSamples.Shop(checker) with { Project = DeltaSamples.Shop().Project with { Scale = ProjectScale.Large } };

        var delta = Analyze(DeltaSamples.Shop(checker), current);

        Assert.Equal(new[] { "project.scale" }, delta.ChangedKeys);
        Assert.Equal(EveryBuiltIn, delta.DirectlyAffected);
        Assert.Equal(5, delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void AddedKeyIsAChangeForTheAgentsThatReadIt()
    {
        var delta = Analyze(DeltaSamples.Shop(), DeltaSamples.Shop().With("slo.window", "28d"));

        Assert.Equal(new[] { "slo.window" }, delta.ChangedKeys);
        Assert.Equal(new[] { "site-reliability-engineer" }, delta.DirectlyAffected);
        Assert.Equal(RebuildStrategy.FullRebuild, delta.Strategy);
    }

    [Fact]
    public void RemovedKeyIsAChangeForTheAgentsThatReadIt()
    {
        var delta = Analyze(DeltaSamples.Shop(), DeltaSamples.Shop().Without("ui.theme"));

        Assert.Equal(new[] { "ui.theme" }, delta.ChangedKeys);
        Assert.Equal(new[] { "frontend-developer" }, delta.DirectlyAffected);
        Assert.Equal(RebuildStrategy.Incremental, delta.Strategy);
    }

    [Fact]
    public void CustomAgentReadingAChangedPrefixIsDirectlyAffected()
    {
        var indexer = DeltaSamples.Agent("search-indexer", 15, new[] { "search." }, "backend-developer");

        var delta = Analyze(DeltaSamples.Shop(indexer).With("search.engine", "lucene"), DeltaSamples.Shop(indexer).With("search.engine", "elastic"));

        Assert.Equal(new[] { "search.engine" }, delta.ChangedKeys);
        Assert.Equal(new[] { "search-indexer" }, delta.DirectlyAffected);
        Assert.Empty(delta.Downstream);
        Assert.Equal(165, delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void CustomAgentAfterAnAffectedAgentIsDownstream()
    {
        var indexer = DeltaSamples.Agent("search-indexer", 15, new[] { "search." }, "backend-developer");
        var docs = DeltaSamples.Agent("docs-writer", 5, new[] { "docs." }, "search-indexer");

        var delta = Analyze(DeltaSamples.Shop(docs, indexer), DeltaSamples.Shop(docs, indexer).With("database.engine", "postgresql"));

        Assert.Equal(new[] { "backend-developer" }, delta.DirectlyAffected);
        Assert.Equal(
            new[] { "development-coordinator", "docs-writer", "qa-engineer", "search-indexer", "site-reliability-engineer" },
            delta.Downstream);
        Assert.Equal(15 + 20 + 25 + 20, delta.EstimatedMinutesSaved);
    }

    [Fact]
    public void EditingACustomAgentReRunsItItsDependentsAndTheCoordinatorWhoseReportListsIt()
    {
        var release = DeltaSamples.Agent("release-notes", 7, Array.Empty<string>(), "development-coordinator");
        var announce = DeltaSamples.Agent("announcer", 3, Array.Empty<string>(), "release-notes");

        var delta = Analyze(DeltaSamples.Shop(announce, release), DeltaSamples.Shop(announce, release with { Version = "2.0.0" }));

        Assert.Equal(new[] { "agents.release-notes" }, delta.ChangedKeys);
        Assert.Equal(new[] { "development-coordinator", "release-notes" }, delta.DirectlyAffected);
        Assert.Equal(new[] { "announcer" }, delta.Downstream);
        Assert.Equal(165 - 10, delta.EstimatedMinutesSaved); // the coordinator (10 min) re-runs
    }

    [Fact]
    public void AddingACustomAgentRunsOnlyThatAgentAndTheCoordinator()
    {
        var delta = Analyze(DeltaSamples.Shop(), DeltaSamples.Shop(DeltaSamples.Agent("license-checker", 5, new[] { "licenses." })));

        Assert.Equal(new[] { "agents.license-checker" }, delta.ChangedKeys);
        Assert.Equal(new[] { "development-coordinator", "license-checker" }, delta.DirectlyAffected);
        Assert.Empty(delta.Downstream);
        Assert.Equal(165 - 10, delta.EstimatedMinutesSaved); // the coordinator (10 min) re-runs
    }

    [Fact]
    public void ChangedKeysAreSortedWhateverChangedFirst()
    {
        var current = DeltaSamples.Shop().With("ui.theme", "dark").With("api.style", "grpc").Without("database.engine");

        var delta = Analyze(DeltaSamples.Shop(), current);

        Assert.Equal(new[] { "api.style", "database.engine", "ui.theme" }, delta.ChangedKeys);
        Assert.Equal(RebuildStrategy.Selective, delta.Strategy);
    }

    [Fact]
    public void AnalyzingThePlanEqualsAnalyzingItsAgents()
    {
        var current = DeltaSamples.Shop().With("ui.theme", "dark");
        var plan = DeltaSamples.PlanOf(current);

        var fromPlan = DeltaAnalyzer.Analyze(DeltaSamples.Shop(), current, plan);
        var fromAgents = DeltaAnalyzer.Analyze(DeltaSamples.Shop(), current, plan.Agents.Select(agent => agent.Definition).Reverse());

        Assert.Equal(fromPlan, fromAgents);
    }
}
