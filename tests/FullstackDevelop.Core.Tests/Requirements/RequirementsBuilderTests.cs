using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

/// <summary>The project, features, requirement keys and the overall contract of <see cref="RequirementsBuilder"/>.</summary>
public sealed class RequirementsBuilderTests
{
    [Fact]
    public void ValidDeclarationsGiveACanonicalModelWithoutProblems()
    {
        var declarations = Declare.Declarations(
            Declare.Project(" Shop ", expectedUsers: 5_000),
            Declare.Features("user-authentication", "catalog"),
            new[] { Declare.Requirement("ui.theme", "dark"), Declare.Requirement("database.engine", "postgresql") },
            new[] { Declare.Agent("search-indexer", 15, "backend-developer") },
            new[] { Declare.Entity("Book", Declare.Id()), Declare.Entity("Author", Declare.Id()) });

        var result = RequirementsBuilder.Build(declarations);

        // The only problem is the warning that no template implements the feature "catalog"; it is still in the model.
        Assert.Equal("FSD0040", Assert.Single(result.Problems).Descriptor.Id);
        var model = Assert.IsType<ProjectRequirements>(result.Requirements);
        Assert.Equal(new ProjectInfo("Shop", ProjectScale.Medium, ScaleSource.ExpectedUsers, 5_000, EquatableArray.Of("aspnetcore", "react", "postgresql")), model.Project);
        Assert.Equal(EquatableArray.Of("catalog", "user-authentication"), model.Features);
        Assert.Equal(EquatableArray.Of(new RequirementEntry("database.engine", "postgresql"), new RequirementEntry("ui.theme", "dark")), model.Requirements);
        Assert.Equal(EquatableArray.Of("Author", "Book"), EquatableArray.From(model.Entities.Select(entity => entity.Name)));
        Assert.Equal("search-indexer", Assert.Single(model.Agents).Name);
    }

    [Fact]
    public void DeclaredScaleIsKeptWithItsSource()
    {
        var model = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(scale: 4, expectedUsers: 10))).Requirements;

        Assert.NotNull(model);
        Assert.Equal(ProjectScale.Enterprise, model.Project.Scale);
        Assert.Equal(ScaleSource.Declared, model.Project.ScaleSource);
        Assert.Equal(10, model.Project.ExpectedUsers);
    }

    [Fact]
    public void StackIsTrimmedWithoutBlanksInDeclarationOrder()
    {
        var project = new ProjectDeclaration("Shop", 0, 0, EquatableArray.Of(" react ", "", "  ", "aspnetcore"));

        var model = RequirementsBuilder.Build(Declare.Declarations(project)).Requirements;

        Assert.NotNull(model);
        Assert.Equal(EquatableArray.Of("react", "aspnetcore"), model.Project.Stack);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyProjectNameIsFsd0001(string? name)
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(name)));

        Assert.Null(result.Requirements);
        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.EmptyProjectName, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Project, 0), problem.Subject);
        Assert.Empty(problem.Arguments);
    }

    [Fact]
    public void NegativeExpectedUsersIsFsd0002()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(expectedUsers: -5)));

        Assert.Null(result.Requirements);
        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.NegativeExpectedUsers, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Project, 0), problem.Subject);
        Assert.Equal(EquatableArray.Of("-5"), problem.Arguments);
        Assert.StartsWith("ExpectedUsers is -5:", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidFeatureNameIsFsd0003AtItsIndex()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), Declare.Features("user-authentication", "User_Auth", null)));

        Assert.Null(result.Requirements);
        Assert.Collection(
            result.Problems,
            problem =>
            {
                Assert.Same(ProblemCatalog.InvalidFeatureName, problem.Descriptor);
                Assert.Equal(ProblemSubject.At(DeclarationKind.Feature, 1), problem.Subject);
                Assert.Equal(EquatableArray.Of("User_Auth"), problem.Arguments);
            },
            problem =>
            {
                Assert.Same(ProblemCatalog.InvalidFeatureName, problem.Descriptor);
                Assert.Equal(ProblemSubject.At(DeclarationKind.Feature, 2), problem.Subject);
                Assert.Equal(EquatableArray.Of(string.Empty), problem.Arguments);
            });
    }

    [Fact]
    public void NamesAndKeysWithATrailingLineFeedAreInvalid()
    {
        var declarations = Declare.Declarations(
            Declare.Project(),
            Declare.Features("user-authentication\n"),
            new[] { Declare.Requirement("ui.theme\n", "dark") });

        var result = RequirementsBuilder.Build(declarations);

        Assert.Null(result.Requirements);
        Assert.Equal(new[] { "FSD0003", "FSD0005" }, result.Problems.Select(problem => problem.Descriptor.Id));
    }

    [Fact]
    public void DuplicateFeatureIsAFsd0004WarningAndTheModelIsStillBuilt()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), Declare.Features("user-authentication", "catalog", "user-authentication")));

        Assert.Equal(new[] { "FSD0040", "FSD0004" }, result.Problems.Select(found => found.Descriptor.Id));
        var problem = result.Problems[1];
        Assert.Same(ProblemCatalog.DuplicateFeature, problem.Descriptor);
        Assert.Equal(ProblemSeverity.Warning, problem.Descriptor.Severity);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Feature, 2), problem.Subject);
        Assert.Equal(EquatableArray.Of("user-authentication"), problem.Arguments);
        Assert.NotNull(result.Requirements);
        Assert.Equal(EquatableArray.Of("catalog", "user-authentication"), result.Requirements.Features);
    }

    [Theory]
    [InlineData("theme")]
    [InlineData("UI.theme")]
    [InlineData("ui.")]
    public void InvalidRequirementKeyIsFsd0005(string key)
    {
        var declarations = Declare.Declarations(Declare.Project(), requirements: new[] { Declare.Requirement("ui.theme", "dark"), Declare.Requirement(key, "x") });

        var result = RequirementsBuilder.Build(declarations);

        Assert.Null(result.Requirements);
        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.InvalidRequirementKey, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Requirement, 1), problem.Subject);
        Assert.Equal(EquatableArray.Of(key), problem.Arguments);
    }

    [Fact]
    public void NullRequirementKeyIsFsd0005WithAnEmptyArgument()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), requirements: new[] { Declare.Requirement(null, "x") }));

        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.InvalidRequirementKey, problem.Descriptor);
        Assert.Equal(EquatableArray.Of(string.Empty), problem.Arguments);
    }

    [Fact]
    public void DuplicateRequirementKeyIsFsd0006NamingTheFirstValue()
    {
        var requirements = new[]
        {
            Declare.Requirement("ui.theme", "dark"),
            Declare.Requirement("database.engine", "postgresql"),
            Declare.Requirement("ui.theme", "light"),
        };

        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), requirements: requirements));

        Assert.Null(result.Requirements);
        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.DuplicateRequirementKey, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Requirement, 2), problem.Subject);
        Assert.Equal(EquatableArray.Of("ui.theme", "dark"), problem.Arguments);
    }

    [Fact]
    public void NullRequirementValueBecomesEmpty()
    {
        var model = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), requirements: new[] { Declare.Requirement("ui.theme", null) })).Requirements;

        Assert.NotNull(model);
        Assert.Equal(new RequirementEntry("ui.theme", string.Empty), Assert.Single(model.Requirements));
    }

    [Fact]
    public void EntityWithoutKeyIsFsd0007AndNoModel()
    {
        var entities = new[] { Declare.Entity("Book", Declare.Id()), Declare.Entity("Tag", Declare.Text("Label")) };

        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), entities: entities));

        Assert.Null(result.Requirements);
        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.EntityWithoutKey, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Entity, 1), problem.Subject);
        Assert.Equal(EquatableArray.Of("Tag"), problem.Arguments);
    }

    [Fact]
    public void UnsupportedPropertyTypeIsAFsd0008WarningAndThePropertyIsDropped()
    {
        var entities = new[] { Declare.Entity("Book", Declare.Id(), Declare.Scalar("Website", "System.Uri"), Declare.Text("Title")) };

        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), entities: entities));

        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.UnsupportedPropertyType, problem.Descriptor);
        Assert.Equal(ProblemSeverity.Warning, problem.Descriptor.Severity);
        Assert.Equal(ProblemSubject.Property(0, 1), problem.Subject);
        Assert.Equal(EquatableArray.Of("Book", "Website", "System.Uri"), problem.Arguments);
        Assert.NotNull(result.Requirements);
        var book = Assert.Single(result.Requirements.Entities);
        Assert.Equal(EquatableArray.Of("Id", "Title"), EquatableArray.From(book.Fields.Select(field => field.Name)));
    }

    [Fact]
    public void WarningsAndErrorsTogetherGiveNoModel()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), Declare.Features("catalog", "catalog", "Bad")));

        Assert.Null(result.Requirements);
        Assert.Equal(new[] { "FSD0040", "FSD0004", "FSD0003" }, result.Problems.Select(problem => problem.Descriptor.Id));
    }

    [Fact]
    public void ProblemsAreReportedForEveryKindOfDeclarationInOneBuild()
    {
        var declarations = Declare.Declarations(
            Declare.Project(""),
            Declare.Features("Bad"),
            new[] { Declare.Requirement("bad", "x") },
            new[] { Declare.Agent("Bad") },
            new[] { Declare.Entity("Tag") });

        var result = RequirementsBuilder.Build(declarations);

        Assert.Null(result.Requirements);
        Assert.Equal(
            new[] { "FSD0001", "FSD0003", "FSD0005", "FSD0007", "FSD0010" },
            result.Problems.Select(problem => problem.Descriptor.Id));
    }

    [Fact]
    public void WithoutAProjectFeaturesGiveAFsd0014WarningOnTheFirstFeature()
    {
        var declarations = Declare.Declarations(
            null,
            Declare.Features("catalog", "Bad"),
            new[] { Declare.Requirement("ui.theme", "dark") },
            new[] { Declare.Agent("search-indexer") },
            new[] { Declare.Entity("Book", Declare.Id()) });

        var result = RequirementsBuilder.Build(declarations);

        Assert.Null(result.Requirements);
        var problem = Assert.Single(result.Problems);
        Assert.Same(ProblemCatalog.MissingProject, problem.Descriptor);
        Assert.Equal(ProblemSeverity.Warning, problem.Descriptor.Severity);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Feature, 0), problem.Subject);
        Assert.Empty(problem.Arguments);
    }

    [Fact]
    public void WithoutAProjectOrFeaturesTheFirstRequirementIsTheSubject()
    {
        var declarations = Declare.Declarations(
            null,
            requirements: new[] { Declare.Requirement("ui.theme", "dark") },
            agents: new[] { Declare.Agent("search-indexer") },
            entities: new[] { Declare.Entity("Book", Declare.Id()) });

        var problem = Assert.Single(RequirementsBuilder.Build(declarations).Problems);

        Assert.Equal(ProblemSubject.At(DeclarationKind.Requirement, 0), problem.Subject);
    }

    [Fact]
    public void WithoutAProjectFeaturesOrRequirementsTheFirstAgentIsTheSubject()
    {
        var declarations = Declare.Declarations(
            null,
            agents: new[] { Declare.Agent("search-indexer") },
            entities: new[] { Declare.Entity("Book", Declare.Id()) });

        var problem = Assert.Single(RequirementsBuilder.Build(declarations).Problems);

        Assert.Equal(ProblemSubject.At(DeclarationKind.Agent, 0), problem.Subject);
    }

    [Fact]
    public void WithOnlyEntitiesTheFirstEntityIsTheSubject()
    {
        var declarations = Declare.Declarations(null, entities: new[] { Declare.Entity("Book", Declare.Id()) });

        var problem = Assert.Single(RequirementsBuilder.Build(declarations).Problems);

        Assert.Same(ProblemCatalog.MissingProject, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Entity, 0), problem.Subject);
    }

    [Fact]
    public void NothingDeclaredGivesNoModelAndNoProblems()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(null));

        Assert.Null(result.Requirements);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void DeclarationOrderDoesNotChangeTheModel()
    {
        var (ordered, shuffled) = CanonicalSamples.OrderedAndShuffled();

        var first = RequirementsBuilder.Build(ordered);
        var second = RequirementsBuilder.Build(shuffled);

        // The samples declare features and keys nothing implements or reads: warnings, the same in either order.
        Assert.Equal(new[] { "FSD0038", "FSD0040", "FSD0040" }, first.Problems.Select(problem => problem.Descriptor.Id).OrderBy(id => id));
        Assert.Equal(first.Problems.Select(problem => problem.Message).OrderBy(message => message), second.Problems.Select(problem => problem.Message).OrderBy(message => message));
        Assert.NotNull(first.Requirements);
        Assert.Equal(first.Requirements, second.Requirements);
        Assert.Equal(first.Requirements.GetHashCode(), second.Requirements!.GetHashCode());
    }
}
