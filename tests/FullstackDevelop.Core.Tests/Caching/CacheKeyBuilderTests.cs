using System;
using System.Collections.Generic;
using FullstackDevelop.Core.Caching;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching;

public sealed class CacheKeyBuilderTests
{
    public static IEnumerable<object[]> OneInputChanged() => new[]
    {
        new object[] { "agent name", Key(agent: "backend-developer") },
        new object[] { "agent version", Key(agentVersion: "1.0.1") },
        new object[] { "tool version", Key(toolVersion: "0.2.0") },
        new object[] { "template hash", Key(template: "t1-edited") },
        new object[] { "requirement value", Key(theme: "light") },
        new object[] { "upstream output hash", Key(upstream: "o2") },
        new object[] { "other input", Key(command: "npm run gen -- --strict") },
    };

    [Fact]
    public void InputsGivenInAnyOrderGiveTheSameKey()
    {
        var reordered = new CacheKeyBuilder()
            .Input("command", "npm run gen")
            .Upstream("technical-architect", "o1")
            .Requirement("frontend.framework", "react")
            .Template("api-client", "t2")
            .Requirement("ui.theme", "dark")
            .Tool("fullstackdevelop", "0.1.0")
            .Template("react-page", "t1")
            .Agent("frontend-developer", "1.0.0")
            .Build();

        Assert.Equal(Key(), reordered);
    }

    [Theory]
    [MemberData(nameof(OneInputChanged))]
    public void AnyInputThatCanChangeTheOutputChangesTheKey(string what, string changed)
    {
        Assert.True(Key() != changed, what);
    }

    [Fact]
    public void FieldBoundariesCannotBeShifted()
    {
        static string With(string name, string value) => new CacheKeyBuilder().Agent("a", "1").Tool("t", "1").Requirement(name, value).Build();

        Assert.NotEqual(With("ui.ab", "c"), With("ui.a", "bc"));
        Assert.NotEqual(With("x 1:y", string.Empty), With("x", "y"));
    }

    [Fact]
    public void AnEntryInOneSectionDiffersFromTheSameEntryInAnother()
    {
        var asTemplate = new CacheKeyBuilder().Agent("a", "1").Tool("t", "1").Template("x", "y").Build();
        var asInput = new CacheKeyBuilder().Agent("a", "1").Tool("t", "1").Input("x", "y").Build();

        Assert.NotEqual(asTemplate, asInput);
    }

    [Fact]
    public void TheKeyIsLowerCaseSha256Hex()
    {
        var key = Key();

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.True(CacheKeyBuilder.IsWellFormed(key));
        Assert.False(CacheKeyBuilder.IsWellFormed(key.ToUpperInvariant()));
        Assert.False(CacheKeyBuilder.IsWellFormed("../" + key[3..]));
        Assert.False(CacheKeyBuilder.IsWellFormed(null));
    }

    [Fact]
    public void AgentAndToolAreRequired()
    {
        Assert.Throws<InvalidOperationException>(() => new CacheKeyBuilder().Tool("t", "1").Build());
        Assert.Throws<InvalidOperationException>(() => new CacheKeyBuilder().Agent("a", "1").Build());
    }

    [Fact]
    public void AnEntryOrTheAgentCannotBeGivenTwice()
    {
        Assert.Throws<ArgumentException>(() => new CacheKeyBuilder().Requirement("ui.theme", "dark").Requirement("ui.theme", "light"));
        Assert.Throws<InvalidOperationException>(() => new CacheKeyBuilder().Agent("a", "1").Agent("a", "2"));
    }

    private static string Key(
        string agent = "frontend-developer",
        string agentVersion = "1.0.0",
        string toolVersion = "0.1.0",
        string template = "t1",
        string theme = "dark",
        string upstream = "o1",
        string command = "npm run gen") => new CacheKeyBuilder()
            .Agent(agent, agentVersion)
            .Tool("fullstackdevelop", toolVersion)
            .Template("react-page", template)
            .Template("api-client", "t2")
            .Requirement("ui.theme", theme)
            .Requirement("frontend.framework", "react")
            .Upstream("technical-architect", upstream)
            .Input("command", command)
            .Build();
}
