using System.Collections.Generic;
using FullstackDevelop.Core.Files;

namespace FullstackDevelop.Build.Output;

/// <summary>What one <see cref="ArtifactWriter.Write"/> did. Every path is relative to the output folder, with '/', sorted ordinally.</summary>
public sealed class ArtifactWriteResult
{
    internal ArtifactWriteResult(
        IReadOnlyDictionary<string, string> writtenFiles,
        IReadOnlyDictionary<string, FileStamp> stamps,
        IReadOnlyList<string> written,
        IReadOnlyList<string> unchanged,
        IReadOnlyList<string> deleted,
        IReadOnlyList<ArtifactWarning> warnings)
    {
        WrittenFiles = writtenFiles;
        Stamps = stamps;
        Written = written;
        Unchanged = unchanged;
        Deleted = deleted;
        Warnings = warnings;
    }

    /// <summary>
    /// The files the task now owns, with the content hash it wrote: the next build's
    /// <see cref="State.BuildState.WrittenFiles"/>, passed back to the next write as the previously written files.
    /// </summary>
    public IReadOnlyDictionary<string, string> WrittenFiles { get; }

    /// <summary>
    /// The stamps of the files of <see cref="WrittenFiles"/> that hold on disk the content recorded for them, taken when
    /// that was known (before reading, or right after writing): the next build's <see cref="State.BuildState.FileStamps"/>.
    /// A file kept with its previous record (edited, or inaccessible) has none.
    /// </summary>
    public IReadOnlyDictionary<string, FileStamp> Stamps { get; }

    /// <summary>The files written by this call, including new versions written beside edited files.</summary>
    public IReadOnlyList<string> Written { get; }

    /// <summary>The files that already had the new content and were left untouched, timestamps included.</summary>
    public IReadOnlyList<string> Unchanged { get; }

    /// <summary>The files the task wrote before, no longer produces, and deleted.</summary>
    public IReadOnlyList<string> Deleted { get; }

    /// <summary>The files left as they were, each with its reason.</summary>
    public IReadOnlyList<ArtifactWarning> Warnings { get; }
}
