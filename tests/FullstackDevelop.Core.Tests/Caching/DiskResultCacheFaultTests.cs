using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching;

/// <summary>A damaged, missing or unusable cache is a miss or a skipped write, never an exception.</summary>
public sealed class DiskResultCacheFaultTests : IDisposable
{
    private const string Content = "export const books = ['Dune', 'Emma', 'Ulysses'];\n";

    private readonly TemporaryDirectory _folder = new();
    private readonly string _key = SampleResults.Key("fault");

    public DiskResultCacheFaultTests()
    {
        Assert.True(Cache().Put(_key, SampleResults.Result(("books.ts", Content), ("index.ts", "export * from './books';"))));
    }

    private string Root => _folder.Combine("cache");

    private string Blob => SampleResults.BlobPath(Root, Content);

    private string Entry => SampleResults.EntryPath(Root, _key);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AFlippedByteInABlobIsAMissAndTheBlobIsDeleted()
    {
        var bytes = File.ReadAllBytes(Blob);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(Blob, bytes);

        var cache = Cache();
        Assert.Null(cache.Get(_key));
        Assert.False(File.Exists(Blob));
        AssertOneRepair(cache, "'books.ts'");
    }

    [Fact]
    public void ABlobHoldingOtherContentIsAMissAndTheBlobIsDeleted()
    {
        using (var gzip = new GZipStream(File.Create(Blob), CompressionLevel.Fastest))
        {
            var other = Encoding.UTF8.GetBytes(Content.Replace("Dune", "Dusk", StringComparison.Ordinal));
            gzip.Write(other, 0, other.Length);
        }

        Assert.Null(Cache().Get(_key));
        Assert.False(File.Exists(Blob));
    }

    [Fact]
    public void ATruncatedBlobIsAMiss()
    {
        var bytes = File.ReadAllBytes(Blob);
        File.WriteAllBytes(Blob, bytes[..(bytes.Length / 2)]);

        var cache = Cache();
        Assert.Null(cache.Get(_key));
        AssertOneRepair(cache, "failed verification");
    }

    [Fact]
    public void ADeletedBlobIsAMissAndWritingTheEntryAgainRepairsIt()
    {
        File.Delete(Blob);

        // A missing blob is a miss, not damage: eviction removes blobs too.
        var cache = Cache();
        Assert.Null(cache.Get(_key));
        Assert.Empty(cache.Repairs);

        Cache().Put(_key, SampleResults.Result(("books.ts", Content), ("index.ts", "export * from './books';")));
        Assert.Equal(Content, SampleResults.Text(Cache().Get(_key)!, "books.ts"));
    }

    [Fact]
    public void ATruncatedManifestIsAMissAndTheManifestIsDeleted()
    {
        var bytes = File.ReadAllBytes(Entry);
        File.WriteAllBytes(Entry, bytes[..(bytes.Length - 10)]);

        var cache = Cache();
        Assert.Null(cache.Get(_key));
        Assert.False(File.Exists(Entry));
        AssertOneRepair(cache, "manifest could not be read");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"format\":\"fullstackdevelop-action/1\"}")]
    public void AManifestThatIsNotOneIsAMiss(string text)
    {
        File.WriteAllText(Entry, text);

        var cache = Cache();
        Assert.Null(cache.Get(_key));
        AssertOneRepair(cache, "manifest could not be read");
    }

    [Fact]
    public void AnIntactEntryAndAMissAreNoRepairs()
    {
        var cache = Cache();
        Assert.NotNull(cache.Get(_key));
        Assert.Null(cache.Get(SampleResults.Key("absent")));

        Assert.Empty(cache.Repairs);
    }

    [Theory]
    [InlineData("\"path\":\"books.ts\"", "\"path\":\"../books.ts\"")]
    [InlineData("\"path\":\"books.ts\"", "\"path\":\"index.ts\"")]
    [InlineData("\"size\":", "\"size\":1")]
    [InlineData("\"sha256\":\"", "\"sha256\":\"../")]
    [InlineData("\"durationTicks\":", "\"durationTicks\":-")]
    public void AManifestWithAnEditedFieldIsAMiss(string find, string replaceWith)
    {
        var text = File.ReadAllText(Entry);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(Entry, text.Replace(find, replaceWith, StringComparison.Ordinal));

        Assert.Null(Cache().Get(_key));
    }

    [Fact]
    public void AManifestCopiedUnderAnotherKeyIsAMiss()
    {
        var other = SampleResults.Key("other");
        File.Copy(Entry, SampleResults.EntryPath(Root, other));

        Assert.Null(Cache().Get(other));
    }

    [Fact]
    public void AnEntryTakenByAFolderIsAMissAndCannotBeWritten()
    {
        var key = SampleResults.Key("folder");
        Directory.CreateDirectory(SampleResults.EntryPath(Root, key));

        Assert.Null(Cache().Get(key));
        Assert.False(Cache().Put(key, SampleResults.Result(("a.txt", "a"))));
    }

    [Fact]
    public void AnUnwritableRootIsAMissAndWritesAreSkipped()
    {
        // A file where the folder should be: no process, root included, can create the cache in it.
        var file = _folder.Combine("not-a-folder");
        File.WriteAllText(file, "x");
        var cache = new DiskResultCache(Path.Combine(file, "cache"));

        Assert.False(cache.Put(_key, SampleResults.Result(("a.txt", "a"))));
        Assert.Null(cache.Get(_key));
        cache.Trim();
    }

    [Fact]
    public void CancellationIsNotSwallowed()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Cache().Get(_key, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => Cache().Put(SampleResults.Key("new"), SampleResults.Result(("a.txt", "a")), cancelled.Token));
    }

    private DiskResultCache Cache() => new(Root);

    private void AssertOneRepair(DiskResultCache cache, string problem)
    {
        var repair = Assert.Single(cache.Repairs);
        Assert.Equal(_key, repair.Key);
        Assert.Contains(problem, repair.Problem, StringComparison.Ordinal);
    }
}
