using FullstackDevelop.Core.Requirements;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

public sealed class NameRulesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("auth")]
    [InlineData("user-authentication")]
    [InlineData("oauth2")]
    [InlineData("search-indexer-v2")]
    [InlineData("a1-2b")]
    public void KebabCaseAcceptsLowerCaseWordsJoinedByHyphens(string name)
    {
        Assert.True(NameRules.IsKebabCase(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("User")]
    [InlineData("userAuthentication")]
    [InlineData("user_authentication")]
    [InlineData("user authentication")]
    [InlineData("-user")]
    [InlineData("user-")]
    [InlineData("user--auth")]
    [InlineData("2fa")]
    [InlineData("ui.theme")]
    [InlineData("café")]
    [InlineData("user-auth\n")]
    [InlineData("\nuser-auth")]
    public void KebabCaseRejectsOtherSpellings(string? name)
    {
        Assert.False(NameRules.IsKebabCase(name));
    }

    [Theory]
    [InlineData("ui.theme")]
    [InlineData("database.engine")]
    [InlineData("api.rate-limit")]
    [InlineData("a.b.c")]
    [InlineData("api.v2")]
    [InlineData("api.2fa")]
    public void RequirementKeyAcceptsTwoOrMoreDottedSegments(string key)
    {
        Assert.True(NameRules.IsRequirementKey(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("theme")]
    [InlineData("ui.")]
    [InlineData(".theme")]
    [InlineData("ui..theme")]
    [InlineData("UI.theme")]
    [InlineData("ui.Theme")]
    [InlineData("ui.the me")]
    [InlineData("2ui.theme")]
    [InlineData("ui_x.theme")]
    [InlineData("ui.theme\n")]
    public void RequirementKeyRejectsOtherSpellings(string? key)
    {
        Assert.False(NameRules.IsRequirementKey(key));
    }

    [Theory]
    [InlineData("ui.")]
    [InlineData("search.")]
    [InlineData("search.index.")]
    [InlineData("rate-limit.")]
    [InlineData("ui.2col.")]
    public void KeyPrefixAcceptsSegmentsEachFollowedByADot(string prefix)
    {
        Assert.True(NameRules.IsKeyPrefix(prefix));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("ui")]
    [InlineData("ui.theme")]
    [InlineData("Ui.")]
    [InlineData("ui..")]
    [InlineData(".ui.")]
    [InlineData("ui.\n")]
    [InlineData("2col.")]
    public void KeyPrefixRejectsOtherSpellings(string? prefix)
    {
        Assert.False(NameRules.IsKeyPrefix(prefix));
    }
}
