using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements.Catalog;

/// <summary>FSD0038–FSD0040 from <see cref="RequirementsBuilder"/>, each at its declaration, and aliases stored under the canonical key.</summary>
public sealed class CatalogProblemsTests
{
    [Fact]
    public void MisspeltKeyUnderABuiltInPrefixIsFsd0038WithASuggestion()
    {
        var problem = Assert.Single(Build(Declare.Requirement("ui.theme", "dark"), Declare.Requirement("ui.them", "dark")).Problems);

        Assert.Equal("FSD0038", problem.Descriptor.Id);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Requirement, 1), problem.Subject);
        Assert.Equal(
            "Requirement key 'ui.them' is read by no agent, so it is ignored (did you mean 'ui.theme'?): use a key from docs/requirement-keys.md, or declare an [assembly: Agent] whose Reads covers it",
            problem.Message);
    }

    [Theory]
    [InlineData("ops.region")]
    [InlineData("deployment.region")]
    [InlineData("frontend.framework")]
    [InlineData("architecture.style")]
    public void KeyNoAgentReadsIsFsd0038WithoutASuggestionWhenNoneIsClose(string key)
    {
        var problem = Assert.Single(Build(Declare.Requirement(key, "x")).Problems);

        Assert.Equal("FSD0038", problem.Descriptor.Id);
        Assert.Equal(string.Empty, problem.Arguments[1]);
    }

    [Fact]
    public void KeysUnderACustomAgentsPrefixAreNeverReported()
    {
        var declarations = Declare.Declarations(
            Declare.Project(),
            default,
            new[] { Declare.Requirement("search.language", "en"), Declare.Requirement("ui.density", "compact") },
            new[] { Declare.Agent("search-indexer", 15, "backend-developer") with { Reads = EquatableArray.Of("search.", "ui.density.") } },
            default);

        var problems = RequirementsBuilder.Build(declarations).Problems;

        // "ui.density" is not under the agent's "ui.density." prefix (a prefix ends at a dot), so only it is reported.
        Assert.Equal(new[] { "ui.density" }, problems.Select(problem => problem.Arguments[0]));
    }

    [Fact]
    public void ValueOutsideTheSetIsFsd0039WithASuggestion()
    {
        var problem = Assert.Single(Build(Declare.Requirement("ui.theme", "drak")).Problems);

        Assert.Equal("FSD0039", problem.Descriptor.Id);
        Assert.Equal("Requirement key 'ui.theme' does not accept the value 'drak' (did you mean 'dark'?): use one of 'light', 'dark' (see docs/requirement-keys.md)", problem.Message);
    }

    [Theory]
    [InlineData("ui.locale", "german", "a BCP 47 language tag such as 'de-DE'")]
    [InlineData("slo.window", "30 days", "a number of days from 1 to 99, such as '28d'")]
    [InlineData("devops.node-version", "latest", "a Node.js version such as '22' or '22.11'")]
    public void ValueWithoutTheKeysFormIsFsd0039NamingTheForm(string key, string value, string form)
    {
        var problem = Assert.Single(Build(Declare.Requirement(key, value)).Problems);

        Assert.Equal("FSD0039", problem.Descriptor.Id);
        Assert.Equal(form, problem.Arguments[3]);
    }

    [Theory]
    [InlineData("ui.theme", "Dark ")]
    [InlineData("ui.locale", "de-DE")]
    [InlineData("ui.locale", "sr-Latn-RS")]
    [InlineData("deployment.image", "registry.example.com:5000/shop/api:1.4.2")]
    [InlineData("slo.availability", "99.95")]
    public void AllowedValuesAreNotReported(string key, string value) =>
        Assert.Empty(Build(Declare.Requirement(key, value)).Problems);

    [Fact]
    public void AliasIsStoredUnderTheCanonicalKey()
    {
        var result = Build(Declare.Requirement("database.provider", "sqlite"));

        Assert.Empty(result.Problems);
        Assert.Equal(EquatableArray.Of(new RequirementEntry("database.engine", "sqlite")), result.Requirements!.Requirements);
    }

    [Fact]
    public void AliasAndCanonicalKeyTogetherAreADuplicateKey()
    {
        var problem = Assert.Single(Build(Declare.Requirement("database.engine", "postgresql"), Declare.Requirement("database.provider", "sqlite")).Problems);

        Assert.Equal("FSD0006", problem.Descriptor.Id);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Requirement, 1), problem.Subject);
        Assert.Equal("Requirement key 'database.provider' (the same key as 'database.engine' is already declared with the value 'postgresql': keep one declaration of each key", problem.Message);
    }

    [Fact]
    public void UnknownFeatureIsFsd0040NamingTheFeaturesThatExist()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), Declare.Features("user-authentication", "user-authentcation", "shopping-cart")));

        Assert.Equal(new[] { 1, 2 }, result.Problems.Select(problem => problem.Subject.Index));
        Assert.All(result.Problems, problem => Assert.Equal("FSD0040", problem.Descriptor.Id));
        Assert.Equal(
            "Feature 'user-authentcation' is not implemented, so it is ignored (did you mean 'user-authentication'?): remove it, or declare one of the features: audit-log, user-authentication",
            result.Problems[0].Message);
        Assert.Equal(string.Empty, result.Problems[1].Arguments[1]);
    }

    private static RequirementsBuildResult Build(params RequirementDeclaration[] requirements) =>
        RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), default, requirements, default, default));
}
