using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FullstackDevelop.Build.State;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Files;
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
        Assert.Equal(expected.FileStamps.OrderBy(pair => pair.Key, StringComparer.Ordinal), actual.FileStamps.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(expected.MigrationFolder?.OrderBy(pair => pair.Key, StringComparer.Ordinal), actual.MigrationFolder?.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    // The file as an older version wrote it: the snapshot as a string, no stamps, and for version 2 no inputs hash or units.
    private static string OlderVersion(string text, BuildState saved, int version)
    {
        var state = JsonNode.Parse(text)!.AsObject();
        state["version"] = version;
        state["snapshot"] = saved.SnapshotJson;
        if (version == 2)
        {
            state.Remove("inputsHash");
            foreach (var agent in state["agents"]!.AsObject())
            {
                agent.Value!.AsObject().Remove("units");
            }
        }

        return state.ToJsonString();
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
    [InlineData(5)]
    public void AFileOfAFormatVersionThisVersionCannotReadIsNoState(int version)
    {
        var store = Store();
        store.Save(SampleStates.Shop());
        var text = File.ReadAllText(store.Path, Encoding.UTF8);
        Assert.Contains("\"version\": 4,", text, StringComparison.Ordinal);

        File.WriteAllText(store.Path, text.Replace("\"version\": 4,", "\"version\": " + version + ",", StringComparison.Ordinal));

        Assert.Null(store.Load());
    }

    [Fact]
    public void AVersion2FileStillReadsSoAnUpdateKeepsTheRecordOfTheWrittenFiles()
    {
        var store = Store();
        var saved = SampleStates.Shop();
        store.Save(saved);
        var text = File.ReadAllText(store.Path, Encoding.UTF8);

        var version2 = OlderVersion(text, saved, 2);
        Assert.DoesNotContain("units", version2, StringComparison.Ordinal);
        File.WriteAllText(store.Path, version2);

        var loaded = store.Load();

        Assert.NotNull(loaded);
        Assert.Null(loaded.InputsHash);
        Assert.Equal(saved.WrittenFiles.OrderBy(file => file.Key, StringComparer.Ordinal), loaded.WrittenFiles.OrderBy(file => file.Key, StringComparer.Ordinal));
        Assert.Equal(saved.Agents.Keys.Order(StringComparer.Ordinal), loaded.Agents.Keys.Order(StringComparer.Ordinal));
        Assert.All(loaded.Agents.Values, agent => Assert.Equal(0, agent.UnitCount));
        Assert.Equal(saved.SnapshotJson, loaded.SnapshotJson);
    }

    [Fact]
    public void AVersion3FileReadsWholeWithNoStampsSoTheNextBuildReadsEveryFileOnce()
    {
        var store = Store();
        var saved = SampleStates.Shop();
        store.Save(saved);
        File.WriteAllText(store.Path, OlderVersion(File.ReadAllText(store.Path, Encoding.UTF8), saved, 3));

        var loaded = store.Load();

        AssertSameState(saved, loaded);
        Assert.Empty(loaded!.FileStamps);
    }

    [Fact]
    public void StampsRoundTripAndTheLoadedStateKnowsWhenItsFileWasWritten()
    {
        var store = Store();
        var shop = SampleStates.Shop();
        var stamps = new Dictionary<string, FileStamp> { ["docs/requirements.md"] = new(6, 638_690_000_000_000_123) };
        var migrations = new Dictionary<string, FileStamp> { ["0001_create_schema.sql"] = new(900, 638_690_000_000_000_456), ["sqlite/0001_create_schema.sql"] = new(800, 1) };
        var state = new BuildState(shop.SnapshotJson, shop.Agents, shop.History, shop.WrittenFiles, shop.InputsHash, fileStamps: stamps, migrationFolder: migrations);

        store.Save(state);
        var savedAt = new DateTime(2026, 12, 7, 23, 0, 0, DateTimeKind.Utc).AddTicks(77);
        File.SetLastWriteTimeUtc(store.Path, savedAt);
        var loaded = store.Load();

        AssertSameState(state, loaded);
        Assert.Equal(savedAt.Ticks, loaded!.SavedBeforeTicks);
        Assert.Null(state.SavedBeforeTicks);
    }

    [Fact]
    public void AStampOfAFileTheStateDoesNotRecordIsDropped()
    {
        var shop = SampleStates.Shop();

        var state = new BuildState(shop.SnapshotJson, shop.Agents, shop.History, shop.WrittenFiles, fileStamps: new Dictionary<string, FileStamp> { ["elsewhere.md"] = new(1, 2) });

        Assert.Empty(state.FileStamps);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":9,\"entities\":[\"Book\"]}", true)]
    [InlineData("[1,2]", true)]
    [InlineData("not json \" at all", false)]
    [InlineData("{\"open\":", false)]
    [InlineData("{} {}", false)]
    public void TheSnapshotIsEmbeddedAsJsonWhenItIsJsonAndComesBackExactlyEitherWay(string snapshot, bool embedded)
    {
        var store = Store();
        var state = new BuildState(snapshot, new Dictionary<string, AgentState>(), AgentHistory.Empty, new Dictionary<string, string>());

        store.Save(state);

        Assert.Equal(embedded, File.ReadAllText(store.Path, Encoding.UTF8).Contains("\"snapshot\": " + snapshot, StringComparison.Ordinal));
        AssertSameState(state, store.Load());
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
