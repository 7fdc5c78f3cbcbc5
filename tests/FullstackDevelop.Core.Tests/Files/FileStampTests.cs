using System;
using System.IO;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Files;

public sealed class FileStampTests : IDisposable
{
    private static readonly DateTime Written = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AFileIsStampedWithItsSizeAndLastWriteTime()
    {
        var path = _folder.Combine("schema.sql");
        File.WriteAllText(path, "create table book;");
        File.SetLastWriteTimeUtc(path, Written.AddTicks(1234));

        Assert.Equal(new FileStamp(18, Written.AddTicks(1234).Ticks), FileStamp.Of(path));
    }

    [Fact]
    public void AMissingFileOrAFolderHasNoStamp()
    {
        Assert.Null(FileStamp.Of(_folder.Combine("missing.sql")));
        Assert.Null(FileStamp.Of(_folder.Path));
    }

    [Fact]
    public void AnEditThatKeepsTheSizeChangesTheStampThroughTheWriteTime()
    {
        var path = _folder.Combine("a.ts");
        File.WriteAllText(path, "export const a = 1;");
        File.SetLastWriteTimeUtc(path, Written);
        var before = FileStamp.Of(path);

        File.WriteAllText(path, "export const a = 2;");

        Assert.NotEqual(before, FileStamp.Of(path));
    }

    [Fact]
    public void TheSameStampOlderThanTheRecordShowsTheFileUnchanged()
    {
        var recorded = new FileStamp(10, Written.Ticks);

        Assert.True(new FileStamp(10, Written.Ticks).ShowsUnchanged(recorded, Written.AddTicks(1).Ticks));
    }

    [Theory]
    [InlineData(11, 0)]
    [InlineData(10, 1)]
    [InlineData(10, -1)]
    public void AnotherSizeOrTimeShowsNothing(long length, long ticksLater)
    {
        var recorded = new FileStamp(10, Written.Ticks);

        Assert.False(new FileStamp(length, Written.Ticks + ticksLater).ShowsUnchanged(recorded, Written.AddSeconds(5).Ticks));
    }

    // The racy rule: written in the tick the record was written in, or later, the file may have changed after its stamp
    // was taken without changing the stamp.
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AStampNotOlderThanTheRecordShowsNothing(long recordAfterFile)
    {
        var stamp = new FileStamp(10, Written.Ticks);

        Assert.False(stamp.ShowsUnchanged(stamp, Written.Ticks + recordAfterFile));
    }
}
