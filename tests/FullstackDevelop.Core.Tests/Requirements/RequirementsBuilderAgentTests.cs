using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

/// <summary>The custom agent declarations <see cref="RequirementsBuilder"/> validates.</summary>
public sealed class RequirementsBuilderAgentTests
{
    private static RequirementsBuildResult Build(params AgentDeclaration[] agents) =>
        RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), agents: agents));

    private static Problem SingleProblem(RequirementsBuildResult result, ProblemDescriptor descriptor, int index)
    {
        Assert.Null(result.Requirements);
        var problem = Assert.Single(result.Problems);
        Assert.Same(descriptor, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Agent, index), problem.Subject);
        return problem;
    }

    [Fact]
    public void AgentIsCanonicalisedWithSortedDistinctLists()
    {
        var declaration = Declare.Agent("search-indexer", 15, "devops-engineer", "backend-developer", "devops-engineer") with
        {
            Reads = EquatableArray.Of("search.", "database.", "search."),
            Version = " 2.1.0 ",
            Command = "node tools/index.js",
            Outputs = EquatableArray.Of("search/z.json", "search/a.json"),
        };

        var model = Build(declaration).Requirements;

        Assert.NotNull(model);
        var agent = Assert.Single(model.Agents);
        Assert.Equal(
            new CustomAgentInfo(
                "search-indexer",
                EquatableArray.Of("backend-developer", "devops-engineer"),
                EquatableArray.Of("database.", "search."),
                "2.1.0",
                15,
                "node tools/index.js",
                EquatableArray.Of("search/a.json", "search/z.json")),
            agent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void BlankVersionDefaultsToOneZeroZero(string? version)
    {
        var model = Build(Declare.Agent("docs-writer") with { Version = version }).Requirements;

        Assert.NotNull(model);
        Assert.Equal("1.0.0", Assert.Single(model.Agents).Version);
    }

    [Fact]
    public void AgentsAreSortedByName()
    {
        var model = Build(Declare.Agent("zeta"), Declare.Agent("alpha"), Declare.Agent("mid")).Requirements;

        Assert.NotNull(model);
        Assert.Collection(
            model.Agents,
            agent => Assert.Equal("alpha", agent.Name),
            agent => Assert.Equal("mid", agent.Name),
            agent => Assert.Equal("zeta", agent.Name));
    }

    [Theory]
    [InlineData("SearchIndexer")]
    [InlineData("search_indexer")]
    [InlineData("search-indexer\n")]
    [InlineData("")]
    public void InvalidAgentNameIsFsd0010(string name)
    {
        var problem = SingleProblem(Build(Declare.Agent("docs-writer"), Declare.Agent(name)), ProblemCatalog.InvalidAgentName, 1);

        Assert.Equal(EquatableArray.Of(name), problem.Arguments);
    }

    [Fact]
    public void NullAgentNameIsFsd0010WithAnEmptyArgument()
    {
        var problem = SingleProblem(Build(Declare.Agent(null)), ProblemCatalog.InvalidAgentName, 0);

        Assert.Equal(EquatableArray.Of(string.Empty), problem.Arguments);
    }

    [Theory]
    [InlineData("product-manager")]
    [InlineData("backend-developer")]
    [InlineData("development-coordinator")]
    public void BuiltInAgentNameIsFsd0011(string name)
    {
        var problem = SingleProblem(Build(Declare.Agent(name)), ProblemCatalog.DuplicateAgent, 0);

        Assert.Equal(EquatableArray.Of(name, "a built-in agent"), problem.Arguments);
        Assert.Equal("Agent '" + name + "' is already a built-in agent: give this agent another name", problem.Message);
    }

    [Fact]
    public void SecondDeclarationOfACustomAgentIsFsd0011()
    {
        var problem = SingleProblem(
            Build(Declare.Agent("search-indexer"), Declare.Agent("docs-writer"), Declare.Agent("search-indexer", 20)),
            ProblemCatalog.DuplicateAgent,
            2);

        Assert.Equal(EquatableArray.Of("search-indexer", "declared by another [assembly: Agent]"), problem.Arguments);
    }

    [Fact]
    public void CommandWithoutOutputsIsFsd0015()
    {
        var problem = SingleProblem(Build(Declare.Agent("search-indexer") with { Command = "node index.js" }), ProblemCatalog.InvalidAgentCommand, 0);

        Assert.Equal(EquatableArray.Of("search-indexer", "sets Command but no Outputs"), problem.Arguments);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void OutputsWithoutCommandIsFsd0015(string? command)
    {
        var declaration = Declare.Agent("search-indexer") with { Command = command, Outputs = EquatableArray.Of("index.json") };

        var problem = SingleProblem(Build(declaration), ProblemCatalog.InvalidAgentCommand, 0);

        Assert.Equal(EquatableArray.Of("search-indexer", "sets Outputs but no Command"), problem.Arguments);
    }

    [Theory]
    [InlineData("/etc/index.json")]
    [InlineData("\\index.json")]
    [InlineData("C:/index.json")]
    [InlineData("../index.json")]
    [InlineData("search/../../index.json")]
    [InlineData("./index.json")]
    [InlineData("search//index.json")]
    [InlineData("search/")]
    [InlineData("")]
    public void OutputOutsideTheOutputFolderIsFsd0015(string output)
    {
        var declaration = Declare.Agent("search-indexer") with { Command = "node index.js", Outputs = EquatableArray.Of("ok.json", output) };

        var problem = SingleProblem(Build(declaration), ProblemCatalog.InvalidAgentCommand, 0);

        Assert.Equal(
            EquatableArray.Of("search-indexer", "has the output '" + output + "', which is not a relative path inside the output folder"),
            problem.Arguments);
    }

    [Theory]
    [InlineData("index.json")]
    [InlineData("search/index.json")]
    [InlineData("search\\data\\index.json")]
    [InlineData("search/.well-known/index.json")]
    public void RelativeOutputsInsideTheOutputFolderAreAccepted(string output)
    {
        var declaration = Declare.Agent("search-indexer") with { Command = "node index.js", Outputs = EquatableArray.Of(output) };

        var result = Build(declaration);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Requirements);
        Assert.Equal(EquatableArray.Of(output), Assert.Single(result.Requirements.Agents).Outputs);
    }

    [Fact]
    public void BlankCommandOfATemplateAgentIsStoredAsNull()
    {
        var model = Build(Declare.Agent("docs-writer") with { Command = "  " }).Requirements;

        Assert.NotNull(model);
        Assert.Null(Assert.Single(model.Agents).Command);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("Search.")]
    [InlineData("search.index")]
    [InlineData(".")]
    public void InvalidReadsPrefixIsFsd0016(string prefix)
    {
        var declaration = Declare.Agent("search-indexer") with { Reads = EquatableArray.Of("search.", prefix) };

        var problem = SingleProblem(Build(declaration), ProblemCatalog.InvalidReadsPrefix, 0);

        Assert.Equal(EquatableArray.Of("search-indexer", prefix), problem.Arguments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void NonPositiveEstimateIsFsd0018(int minutes)
    {
        var problem = SingleProblem(Build(Declare.Agent("docs-writer"), Declare.Agent("search-indexer", minutes)), ProblemCatalog.InvalidEstimate, 1);

        Assert.Equal(EquatableArray.Of("search-indexer", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)), problem.Arguments);
    }

    [Fact]
    public void EveryProblemOfOneAgentIsReported()
    {
        var declaration = Declare.Agent("search-indexer", 0) with { Reads = EquatableArray.Of("Bad", "worse"), Command = "run" };

        var result = Build(declaration);

        Assert.Null(result.Requirements);
        Assert.Collection(
            result.Problems,
            problem => Assert.Equal(EquatableArray.Of("search-indexer", "Bad"), problem.Arguments),
            problem => Assert.Equal(EquatableArray.Of("search-indexer", "worse"), problem.Arguments),
            problem => Assert.Same(ProblemCatalog.InvalidEstimate, problem.Descriptor),
            problem => Assert.Same(ProblemCatalog.InvalidAgentCommand, problem.Descriptor));
    }

    [Fact]
    public void InvalidAgentIsNotCountedAsDeclaredForLaterDuplicates()
    {
        var result = Build(Declare.Agent("search-indexer", 0), Declare.Agent("search-indexer", 5));

        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.InvalidEstimate, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Agent, 0), problem.Subject);
    }

    [Fact]
    public void UnknownDependenciesAreLeftToThePlanner()
    {
        var result = Build(Declare.Agent("search-indexer", 10, "no-such-agent"));

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Requirements);
        Assert.Equal(EquatableArray.Of("no-such-agent"), Assert.Single(result.Requirements.Agents).DependsOn);
    }
}
