using System.Collections.Generic;

namespace FullstackDevelop.Build.Output;

/// <summary>What one <see cref="ArtifactWriter.Write"/> did. Every path is relative to the output folder, with '/', sorted ordinally.</summary>
public sealed class ArtifactWriteResult
{
    internal ArtifactWriteResult(
        IReadOnlyDictionary<string, string> writtenFiles,
        IReadOnlyList<string> written,
        IReadOnlyList<string> unchanged,
        IReadOnlyList<string> deleted,
        IReadOnlyList<ArtifactWarning> warnings)
    {
        WrittenFiles = writtenFiles;
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

    /// <summary>The files written by this call, including new versions written beside edited files.</summary>
    public IReadOnlyList<string> Written { get; }

    /// <summary>The files that already had the new content and were left untouched, timestamps included.</summary>
    public IReadOnlyList<string> Unchanged { get; }

    /// <summary>The files the task wrote before, no longer produces, and deleted.</summary>
    public IReadOnlyList<string> Deleted { get; }

    /// <summary>The files left as they were, each with its reason.</summary>
    public IReadOnlyList<ArtifactWarning> Warnings { get; }
}
