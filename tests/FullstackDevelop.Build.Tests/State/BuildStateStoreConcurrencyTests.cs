using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Build.State;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Build.Tests.State;

public sealed class BuildStateStoreConcurrencyTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task LoadsDuringParallelSavesAlwaysSeeOneWholeState()
    {
        var store = new BuildStateStore(_folder.Combine("fullstack.state.json"));
        var states = Enumerable.Range(0, 6).Select(SampleStates.Large).ToArray();
        var snapshots = states.Select(state => state.SnapshotJson).ToHashSet(StringComparer.Ordinal);
        store.Save(states[0]);

        var saves = Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < 40; i++)
            {
                store.Save(states[(writer + i) % states.Length]);
            }
        })));
        var loads = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var count = 0;
            while (!saves.IsCompleted || count == 0)
            {
                var loaded = store.Load();
                Assert.NotNull(loaded);
                Assert.Contains(loaded.SnapshotJson, snapshots);
                Assert.True(SampleStates.IsWhole(loaded));
                count++;
            }

            return count;
        })).ToArray();

        await saves;
        var counts = await Task.WhenAll(loads);

        Assert.All(counts, count => Assert.True(count > 0));
        Assert.Equal(new[] { store.Path }, Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void AReaderThatOpenedTheFileBeforeASaveReadsTheOldStateWhole()
    {
        var store = new BuildStateStore(_folder.Combine("fullstack.state.json"));
        store.Save(SampleStates.Large(1));
        var before = File.ReadAllBytes(store.Path);

        byte[] readDuringSave;
        using (var reader = new FileStream(store.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            var head = new byte[100];
            reader.ReadExactly(head);
            store.Save(SampleStates.Large(2));
            using var rest = new MemoryStream();
            rest.Write(head);
            reader.CopyTo(rest);
            readDuringSave = rest.ToArray();
        }

        Assert.Equal(before, readDuringSave);
        Assert.True(SampleStates.IsWhole(store.Load()!));
        Assert.Contains("generation-2-", store.Load()!.SnapshotJson, StringComparison.Ordinal);
    }
}
