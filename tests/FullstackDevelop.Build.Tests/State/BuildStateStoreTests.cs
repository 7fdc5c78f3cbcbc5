using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FullstackDevelop.Build.State;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Build.Tests.State;

public sealed class BuildStateStoreTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private BuildStateStore Store() => new(_folder.Combine("obj", "Debug", "net10.0", "fullstack.state.json"));

    private static void AssertSameState(BuildState expected, BuildState? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.SnapshotJson, actual.SnapshotJson);
        Assert.Equal(expected.InputsHash, actual.InputsHash);
        Assert.Equal(expected.OutputFolder, actual.OutputFolder);
        Assert.Equal(expected.Agents.OrderBy(pair => pair.Key, StringComparer.Ordinal), actual.Agents.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(expected.History.Durations.Keys.Order(StringComparer.Ordinal), actual.History.Durations.Keys.Order(StringComparer.Ordinal));
        foreach (var agent in expected.History.Durations.Keys)
        {
            Assert.Equal(expected.History.DurationsOf(agent), actual.History.DurationsOf(agent));
        }

        Assert.Equal(expected.WrittenFiles.OrderBy(pair => pair.Key, StringComparer.Ordinal), actual.WrittenFiles.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void ASavedStateLoadsBackWithEveryPartExactly()
    {
        var store = Store();
        var state = SampleStates.Shop();

        store.Save(state);

        AssertSameState(state, store.Load());
    }

    [Fact]
    public void TheOutputFolderRoundTrips()
    {
        var store = Store();
        var state = new BuildState(SampleRequirements.ShopJson(), new Dictionary<string, AgentState>(), AgentHistory.Empty, new Dictionary<string, string>(), null, _folder.Combine("fullstack"));

        store.Save(state);

        AssertSameState(state, store.Load());
    }

    [Fact]
    public void AnEmptyStateRoundTrips()
    {
        var store = Store();
        var state = new BuildState(SampleRequirements.ShopJson(), new Dictionary<string, AgentState>(), AgentHistory.Empty, new Dictionary<string, string>());

        store.Save(state);

        AssertSameState(state, store.Load());
    }

    [Fact]
    public void SavingCreatesTheFolderAndLeavesNothingButTheStateFile()
    {
        var store = Store();

        store.Save(SampleStates.Shop());
        store.Save(SampleStates.Shop());

        Assert.Equal(new[] { store.Path }, Directory.GetFiles(Path.GetDirectoryName(store.Path)!));
    }

    [Fact]
    public void ASaveReplacesThePreviousState()
    {
        var store = Store();
        store.Save(SampleStates.Shop());
        var next = SampleStates.Large(1);

        store.Save(next);

        AssertSameState(next, store.Load());
    }

    [Fact]
    public void TheSameStateAlwaysGivesTheSameBytes()
    {
        var state = SampleStates.Shop();
        var reordered = new BuildState(
            state.SnapshotJson,
            state.Agents.Reverse().ToDictionary(pair => pair.Key, pair => pair.Value),
            new AgentHistory(state.History.Durations.Reverse().ToDictionary(pair => pair.Key, pair => pair.Value)),
            state.WrittenFiles.Reverse().ToDictionary(pair => pair.Key, pair => pair.Value),
            state.InputsHash);
        var first = new BuildStateStore(_folder.Combine("first.json"));
        var second = new BuildStateStore(_folder.Combine("second.json"));

        first.Save(state);
        second.Save(reordered);

        Assert.Equal(File.ReadAllBytes(first.Path), File.ReadAllBytes(second.Path));
    }

    [Fact]
    public void AMissingFileOrFolderIsNoState()
    {
        Assert.Null(Store().Load());
        Assert.Null(new BuildStateStore(_folder.Combine("fullstack.state.json")).Load());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"version\":1}")]
    [InlineData("{\"version\":\"1\",\"snapshot\":\"{}\",\"agents\":{},\"durationTicks\":{},\"writtenFiles\":{}}")]
    [InlineData("{\"version\":1,\"snapshot\":null,\"agents\":{},\"durationTicks\":{},\"writtenFiles\":{}}")]
    [InlineData("{\"version\":1,\"snapshot\":\"{}\",\"agents\":{\"a\":{\"outputHash\":\"h\"}},\"durationTicks\":{},\"writtenFiles\":{}}")]
    [InlineData("{\"version\":1,\"snapshot\":\"{}\",\"agents\":{},\"durationTicks\":{\"a\":[1.5]},\"writtenFiles\":{}}")]
    [InlineData("{\"version\":1,\"snapshot\":\"{}\",\"agents\":{},\"durationTicks\":{},\"writtenFiles\":{\"a.ts\":\"h\",\"a.ts\":\"h\"}}")]
    [InlineData("{\"version\":1,\"snapshot\":\"{}\",\"agents\":[],\"durationTicks\":{},\"writtenFiles\":{}}")]
    public void ADamagedFileIsNoState(string content)
    {
        var store = Store();
        Directory.CreateDirectory(Path.GetDirectoryName(store.Path)!);
        File.WriteAllText(store.Path, content);

        Assert.Null(store.Load());
    }

    [Fact]
    public void InvalidUtf8IsNoState()
    {
        var store = Store();
        store.Save(SampleStates.Shop());
        var bytes = File.ReadAllBytes(store.Path);
        bytes[bytes.Length / 2] = 0xFF;
        File.WriteAllBytes(store.Path, bytes);

        Assert.Null(store.Load());
    }

    [Fact]
    public void EveryTruncationOfAStateFileIsNoState()
    {
        var store = Store();
        store.Save(SampleStates.Shop());
        var whole = File.ReadAllBytes(store.Path);

        for (var length = 0; length < whole.Length; length++)
        {
            File.WriteAllBytes(store.Path, whole[..length]);
            Assert.Null(store.Load());
        }

        File.WriteAllBytes(store.Path, whole);
        Assert.NotNull(store.Load());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void AFileOfAFormatVersionThisVersionCannotReadIsNoState(int version)
    {
        var store = Store();
        store.Save(SampleStates.Shop());
        var text = File.ReadAllText(store.Path, Encoding.UTF8);
        Assert.Contains("\"version\": 3,", text, StringComparison.Ordinal);

        File.WriteAllText(store.Path, text.Replace("\"version\": 3,", "\"version\": " + version + ",", StringComparison.Ordinal));

        Assert.Null(store.Load());
    }

    [Fact]
    public void AVersion2FileStillReadsSoAnUpdateKeepsTheRecordOfTheWrittenFiles()
    {
        var store = Store();
        var saved = SampleStates.Shop();
        store.Save(saved);
        var text = File.ReadAllText(store.Path, Encoding.UTF8);

        // What version 2 wrote: no inputs hash, no unit counts.
        var version2 = Regex.Replace(text.Replace("\"version\": 3,", "\"version\": 2,", StringComparison.Ordinal), "\\s*\"(inputsHash|units)\": [^,\\n]+,?", string.Empty);
        Assert.DoesNotContain("units", version2, StringComparison.Ordinal);
        File.WriteAllText(store.Path, version2);

        var loaded = store.Load();

        Assert.NotNull(loaded);
        Assert.Null(loaded.InputsHash);
        Assert.Equal(saved.WrittenFiles.OrderBy(file => file.Key, StringComparer.Ordinal), loaded.WrittenFiles.OrderBy(file => file.Key, StringComparer.Ordinal));
        Assert.Equal(saved.Agents.Keys.Order(StringComparer.Ordinal), loaded.Agents.Keys.Order(StringComparer.Ordinal));
        Assert.All(loaded.Agents.Values, agent => Assert.Equal(0, agent.UnitCount));
    }

    [Fact]
    public void AFolderWhereTheFileShouldBeIsNoState()
    {
        var store = Store();
        Directory.CreateDirectory(store.Path);

        Assert.Null(store.Load());
    }

    [Fact]
    public void ARootFolderIsNotAStateFilePath()
    {
        Assert.Throws<ArgumentException>(() => new BuildStateStore(Path.GetPathRoot(_folder.Path)!));
    }
}
