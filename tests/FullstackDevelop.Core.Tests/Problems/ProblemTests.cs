using FullstackDevelop.Core.Problems;
using Xunit;

namespace FullstackDevelop.Core.Tests.Problems;

public sealed class ProblemTests
{
    [Fact]
    public void MessageIsTheFormatWithTheArguments()
    {
        var problem = Problem.Create(ProblemCatalog.DuplicateRequirementKey, ProblemSubject.At(DeclarationKind.Requirement, 1), "ui.theme", "dark");

        Assert.Equal("Requirement key 'ui.theme' is already declared with the value 'dark': keep one declaration of each key", problem.Message);
    }

    [Fact]
    public void MessageWithoutArgumentsIsTheFormat()
    {
        var problem = Problem.Create(ProblemCatalog.MissingProject, ProblemSubject.At(DeclarationKind.Feature, 0));

        Assert.Equal(ProblemCatalog.MissingProject.MessageFormat, problem.Message);
    }

    [Fact]
    public void ProblemsWithEqualPartsAreEqual()
    {
        var left = Problem.Create(ProblemCatalog.InvalidFeatureName, ProblemSubject.At(DeclarationKind.Feature, 2), "Bad");
        var right = Problem.Create(ProblemCatalog.InvalidFeatureName, ProblemSubject.At(DeclarationKind.Feature, 2), "Bad");
        var otherIndex = Problem.Create(ProblemCatalog.InvalidFeatureName, ProblemSubject.At(DeclarationKind.Feature, 3), "Bad");

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, otherIndex);
    }

    [Fact]
    public void SubjectFactoriesFillTheRightParts()
    {
        Assert.Equal(new ProblemSubject(DeclarationKind.Entity, 4, -1, null), ProblemSubject.At(DeclarationKind.Entity, 4));
        Assert.Equal(new ProblemSubject(DeclarationKind.EntityProperty, 2, 5, null), ProblemSubject.Property(2, 5));
        Assert.Equal(new ProblemSubject(DeclarationKind.Agent, -1, -1, "search-indexer"), ProblemSubject.AgentNamed("search-indexer"));
    }
}
