using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Planning;

public sealed class PatternRecognizerTests
{
    private static ProjectRequirements With(int entityCount, params string[] features) =>
        Model.Requirements() with
        {
            Features = EquatableArray.Of(features),
            Entities = EquatableArray.From(Enumerable.Range(1, entityCount).Select(i => Model.Entity("Entity" + i))),
        };

    [Fact]
    public void NothingIsRecognisedInAnEmptyProject()
    {
        Assert.Empty(PatternRecognizer.Recognize(With(0)));
    }

    [Fact]
    public void UserAuthenticationFeatureIsTheAuthenticationPattern()
    {
        var pattern = Assert.Single(PatternRecognizer.Recognize(With(2, "catalog", "user-authentication")));

        Assert.Equal(new RecognizedPattern("authentication", 2, OptimizationPotential.High, 2, 4), pattern);
    }

    [Fact]
    public void AuthenticationWithoutEntitiesHasFrequencyOne()
    {
        var pattern = Assert.Single(PatternRecognizer.Recognize(With(0, "user-authentication")));

        Assert.Equal(1, pattern.Frequency);
    }

    [Theory]
    [InlineData("authentication")]
    [InlineData("user-auth")]
    [InlineData("user-authentication-sso")]
    public void OtherFeaturesAreNotTheAuthenticationPattern(string feature)
    {
        Assert.Empty(PatternRecognizer.Recognize(With(1, feature)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ThreeEntitiesOrFewerAreNotTheCrudPattern(int entityCount)
    {
        Assert.Empty(PatternRecognizer.Recognize(With(entityCount)));
    }

    [Theory]
    [InlineData(4, 6.0)]
    [InlineData(7, 10.5)]
    [InlineData(20, 30.0)]
    public void MoreThanThreeEntitiesAreTheCrudPattern(int entityCount, double hours)
    {
        var pattern = Assert.Single(PatternRecognizer.Recognize(With(entityCount)));

        Assert.Equal(new RecognizedPattern("crud-operations", entityCount, OptimizationPotential.VeryHigh, hours, hours), pattern);
    }

    [Fact]
    public void BothPatternsAreListedAuthenticationFirst()
    {
        var patterns = PatternRecognizer.Recognize(With(5, "user-authentication"));

        Assert.Equal(new[] { "authentication", "crud-operations" }, patterns.Select(pattern => pattern.Type));
        Assert.Equal(5, patterns[0].Frequency);
        Assert.Equal(7.5, patterns[1].MinimumHoursSaved);
    }
}
