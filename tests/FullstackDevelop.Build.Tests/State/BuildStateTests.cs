using System.Collections.Generic;
using FullstackDevelop.Build.State;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Execution;
using Xunit;

namespace FullstackDevelop.Build.Tests.State;

public sealed class BuildStateTests
{
    private static BuildState WithSnapshot(string json) =>
        new(json, new Dictionary<string, AgentState>(), AgentHistory.Empty, new Dictionary<string, string>());

    [Fact]
    public void ReadRequirementsGivesThePreviousBuildsRequirements()
    {
        Assert.Equal(SampleRequirements.Shop(), WithSnapshot(SampleRequirements.ShopJson()).ReadRequirements());
    }

    [Theory]
    [InlineData("{\"schemaVersion\":0}")]
    [InlineData("not json")]
    public void ASnapshotThisVersionCannotReadGivesNoRequirements(string json)
    {
        Assert.Null(WithSnapshot(json).ReadRequirements());
    }

    [Fact]
    public void TheStateKeepsItsOwnCopyOfTheDictionaries()
    {
        var agents = new Dictionary<string, AgentState> { ["a"] = new("h", "k") };
        var files = new Dictionary<string, string> { ["a.ts"] = "h" };
        var state = new BuildState("{}", agents, AgentHistory.Empty, files);

        agents.Clear();
        files["b.ts"] = "h";

        Assert.Equal(new AgentState("h", "k"), state.Agents["a"]);
        Assert.Equal(new[] { "a.ts" }, state.WrittenFiles.Keys);
    }
}
