using System;
using System.IO;

namespace FullstackDevelop.Core.Files;

/// <summary>
/// A file's size and last write time, taken when its content was known: while both stay the same, the content is taken
/// to be the same without reading it, as git's index does. The one edit a stamp cannot see is one that keeps the size and
/// lands within the file system's timestamp resolution of the stamp, or that restores the time by hand; the first is
/// what <see cref="ShowsUnchanged"/>'s racy rule covers.
/// </summary>
public readonly struct FileStamp : IEquatable<FileStamp>
{
    /// <summary>Creates a stamp.</summary>
    /// <param name="length">The file's size in bytes.</param>
    /// <param name="lastWriteTicks">The file's last write time, UTC, in ticks.</param>
    public FileStamp(long length, long lastWriteTicks)
    {
        Length = length;
        LastWriteTicks = lastWriteTicks;
    }

    /// <summary>The file's size in bytes.</summary>
    public long Length { get; }

    /// <summary>The file's last write time, UTC, in ticks.</summary>
    public long LastWriteTicks { get; }

    /// <summary>The stamp of the file at <paramref name="path"/> now; null when there is no such file or it cannot be read.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when this stamp, taken now, shows that the file still has the content it had when <paramref name="recorded"/>
    /// was taken: the stamps are equal, and the file was last written before <paramref name="recordedBeforeTicks"/>, the
    /// time the record of <paramref name="recorded"/> was itself written.
    /// </summary>
    /// <remarks>
    /// The racy rule: a file written in the same timestamp tick as the record (or later) could have been written again
    /// in that tick after its stamp was taken, with the same size and time; such a file must be read to be trusted.
    /// </remarks>
    public bool ShowsUnchanged(FileStamp recorded, long recordedBeforeTicks) =>
        Equals(recorded) && LastWriteTicks < recordedBeforeTicks;

    /// <inheritdoc />
    public bool Equals(FileStamp other) => Length == other.Length && LastWriteTicks == other.LastWriteTicks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FileStamp other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Length.GetHashCode() * 397) ^ LastWriteTicks.GetHashCode();

    /// <summary>True when both stamps have the same size and time.</summary>
    public static bool operator ==(FileStamp left, FileStamp right) => left.Equals(right);

    /// <summary>True when the stamps differ in size or time.</summary>
    public static bool operator !=(FileStamp left, FileStamp right) => !left.Equals(right);
}
