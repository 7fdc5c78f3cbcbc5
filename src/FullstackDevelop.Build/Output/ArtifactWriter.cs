using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Build.Output;

/// <summary>
/// Puts the agents' artifacts in the output folder without ever losing a user's edit.
/// <list type="bullet">
/// <item>A file that already has the new content is not touched, so its timestamp stays and incremental builds stay quiet.
/// Such a file counts as the task's from then on, which is how copying a <c>.generated</c> version over an edited file
/// hands it back to the task.</item>
/// <item>A file that is missing, or that the task wrote last time and still has the content it wrote, is replaced whole
/// (temp file in the same folder, then rename).</item>
/// <item>Any other existing file is the user's: it stays, the new content goes beside it (see
/// <see cref="ArtifactWarningCodes.EditedFileKept"/>), and the task keeps its record of what it wrote there, so a file
/// restored to exactly that content is the task's again.</item>
/// <item>A file the task wrote last time and no longer produces is deleted with the folders that leaves empty, unless
/// the user edited it (<see cref="ArtifactWarningCodes.EditedStaleFileKept"/>); the task then forgets it.</item>
/// <item>A file that cannot be read, written or deleted is reported (<see cref="ArtifactWarningCodes.FileInaccessible"/>),
/// keeps the task's previous record, and does not stop the others.</item>
/// </list>
/// </summary>
public sealed class ArtifactWriter
{
    private readonly string _outputFolder;
    private readonly string? _gitHubRoot;
    private readonly IReadOnlyDictionary<string, string> _previouslyWritten;
    private readonly IReadOnlyDictionary<string, VerifiedFile> _verifiedOnDisk;
    private readonly Dictionary<string, string> _writtenFiles = new(StringComparer.Ordinal);

    // The stamps of the files known to hold, on disk, what _writtenFiles records for them: the next build's fast check.
    private readonly Dictionary<string, FileStamp> _stamps = new(StringComparer.Ordinal);

    // Every path this write meant to have on disk, the new versions beside edited files included: none of them is stale.
    private readonly HashSet<string> _produced = new(StringComparer.Ordinal);
    private readonly List<string> _written = [];
    private readonly List<string> _unchanged = [];
    private readonly List<string> _deleted = [];
    private readonly List<ArtifactWarning> _warnings = [];

    private ArtifactWriter(string outputFolder, string? gitHubRoot, IReadOnlyDictionary<string, string> previouslyWritten, IReadOnlyDictionary<string, VerifiedFile> verifiedOnDisk)
    {
        _outputFolder = outputFolder;
        _gitHubRoot = gitHubRoot;
        _previouslyWritten = previouslyWritten;
        _verifiedOnDisk = verifiedOnDisk;
    }

    /// <summary>Writes <paramref name="artifacts"/> to <paramref name="outputFolder"/> and removes what the last write produced and this one does not.</summary>
    /// <param name="outputFolder">The folder the artifacts go in; created when needed.</param>
    /// <param name="artifacts">Each artifact's content by its path relative to <paramref name="outputFolder"/>, with '/'.</param>
    /// <param name="previouslyWritten">
    /// The <see cref="ArtifactWriteResult.WrittenFiles"/> of the last write (kept in <see cref="State.BuildState.WrittenFiles"/>);
    /// empty on a first build. Entries with a path outside the folder come from a damaged state and are ignored.
    /// </param>
    /// <param name="verifiedOnDisk">
    /// The content hashes and stamps of files this build has just checked in the folder (see <see cref="OutputFolderResults.Verified"/>),
    /// used instead of reading those files again; null to read every file.
    /// </param>
    /// <param name="gitHubRoot">
    /// The folder the artifacts under <c>.github/</c> go to instead (the repository root, see <see cref="ArtifactPath.Resolve"/>);
    /// null to keep them in <paramref name="outputFolder"/>.
    /// </param>
    /// <returns>The files written, left unchanged and deleted, the warnings, and the record to pass to the next write.</returns>
    /// <exception cref="ArgumentException">An artifact path is empty, rooted, uses '\', or has an empty, <c>.</c> or <c>..</c> segment.</exception>
    public static ArtifactWriteResult Write(
        string outputFolder,
        IReadOnlyDictionary<string, byte[]> artifacts,
        IReadOnlyDictionary<string, string> previouslyWritten,
        IReadOnlyDictionary<string, VerifiedFile>? verifiedOnDisk = null,
        string? gitHubRoot = null)
    {
        // Checked before anything is written: a bad path is the caller's bug, and half a write would hide it.
        foreach (var path in artifacts.Keys.Where(path => !ArtifactPath.IsValid(path)))
        {
            throw new ArgumentException($"The artifact path '{path}' is not a relative path inside the output folder, with '/' between its parts.", nameof(artifacts));
        }

        var writer = new ArtifactWriter(Path.GetFullPath(outputFolder), gitHubRoot is null ? null : Path.GetFullPath(gitHubRoot), previouslyWritten, verifiedOnDisk ?? new Dictionary<string, VerifiedFile>());
        foreach (var artifact in artifacts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Place(artifact.Key, artifact.Value);
        }

        foreach (var previous in previouslyWritten.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.RemoveIfStale(previous.Key, previous.Value);
        }

        return writer.Result();
    }

    private void Place(string path, byte[] content)
    {
        _produced.Add(path);
        var hash = ContentHash.Of(content);
        if (!TryCheckOnDisk(path, out var onDisk))
        {
            return;
        }

        if (onDisk is null || onDisk.Value.Hash == hash || IsUneditedOwnFile(path, onDisk.Value.Hash))
        {
            Put(path, content, hash, onDisk);
            return;
        }

        KeepPreviousRecord(path);
        var sibling = ArtifactPath.GeneratedSibling(path);
        _produced.Add(sibling);
        if (TryCheckOnDisk(sibling, out var siblingOnDisk) && Put(sibling, content, hash, siblingOnDisk))
        {
            var whose = _previouslyWritten.ContainsKey(path) ? "was edited after the build wrote it" : "was not written by the build";
            _warnings.Add(new ArtifactWarning(
                ArtifactWarningCodes.EditedFileKept,
                path,
                $"'{path}' {whose}, so it was not overwritten; its new version is in '{sibling}'. To take the new version, delete '{path}' (the next build writes it) or copy '{sibling}' over it."));
        }
    }

    // Returns false, having reported why, when the content could not be written.
    private bool Put(string path, byte[] content, string hash, VerifiedFile? onDisk)
    {
        FileStamp? stamp;
        if (onDisk is { } found && found.Hash == hash)
        {
            _unchanged.Add(path);
            stamp = found.Stamp;
        }
        else
        {
            var fullPath = ArtifactPath.Resolve(_outputFolder, path, _gitHubRoot);
            try
            {
                AtomicFile.Write(fullPath, content);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                ReportInaccessible(path, "write", exception);
                return false;
            }

            _written.Add(path);

            // Taken right after the write, as git does after a checkout: an edit in between, within the same timestamp
            // tick, is what the racy rule makes the next build read.
            stamp = FileStamp.Of(fullPath);
        }

        _writtenFiles[path] = hash;
        if (stamp is { } known)
        {
            _stamps[path] = known;
        }

        return true;
    }

    private void RemoveIfStale(string path, string writtenHash)
    {
        // A path the task cannot have written comes from a damaged or hand-edited state, and deleting it could reach
        // outside the output folder.
        if (_produced.Contains(path) || !ArtifactPath.IsValid(path) || !TryCheckOnDisk(path, out var onDisk) || onDisk is null)
        {
            return;
        }

        if (onDisk.Value.Hash != writtenHash)
        {
            _warnings.Add(new ArtifactWarning(
                ArtifactWarningCodes.EditedStaleFileKept,
                path,
                $"'{path}' is no longer generated, but it was edited after the build wrote it, so it was kept and the build no longer tracks it. Delete it if it is no longer needed."));
            return;
        }

        try
        {
            File.Delete(ArtifactPath.Resolve(_outputFolder, path, _gitHubRoot));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ReportInaccessible(path, "delete", exception);
            return;
        }

        _deleted.Add(path);
        RemoveEmptyFolders(path);
    }

    // Only the folders between the deleted file and the output folder: the output folder itself is the user's to keep.
    private void RemoveEmptyFolders(string deletedPath)
    {
        var folder = Path.GetDirectoryName(ArtifactPath.Resolve(_outputFolder, deletedPath, _gitHubRoot));
        try
        {
            for (var depth = deletedPath.Count(character => character == '/'); depth > 0 && folder is not null; depth--)
            {
                if (Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    return;
                }

                Directory.Delete(folder);
                folder = Path.GetDirectoryName(folder);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An empty folder left behind costs nothing, and the files were all handled: not worth a warning.
        }
    }

    private bool IsUneditedOwnFile(string path, string hashOnDisk) =>
        _previouslyWritten.TryGetValue(path, out var writtenHash) && writtenHash == hashOnDisk;

    // The hash and stamp of the file at path, or null when there is none; false, having reported why, when it cannot be
    // read. The stamp is taken before the bytes are read, so an edit made while they are read changes the stamp.
    private bool TryCheckOnDisk(string path, out VerifiedFile? onDisk)
    {
        if (_verifiedOnDisk.TryGetValue(path, out var known))
        {
            onDisk = known;
            return true;
        }

        var fullPath = ArtifactPath.Resolve(_outputFolder, path, _gitHubRoot);
        try
        {
            onDisk = FileStamp.Of(fullPath) is { } stamp ? new VerifiedFile(ContentHash.Of(File.ReadAllBytes(fullPath)), stamp) : null;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            onDisk = null;
            ReportInaccessible(path, "read", exception);
            return false;
        }
    }

    // The file is left as it was, so the task's record of it stays as it was too: the next build tries again.
    private void ReportInaccessible(string path, string action, Exception exception)
    {
        KeepPreviousRecord(path);
        _warnings.Add(new ArtifactWarning(
            ArtifactWarningCodes.FileInaccessible,
            path,
            $"Could not {action} '{path}' in the output folder '{_outputFolder}': {exception.Message} It was left as it was; the next build tries again."));
    }

    private void KeepPreviousRecord(string path)
    {
        _stamps.Remove(path);
        if (_previouslyWritten.TryGetValue(path, out var writtenHash))
        {
            _writtenFiles[path] = writtenHash;
        }
    }

    private ArtifactWriteResult Result() => new(
        _writtenFiles,
        _stamps,
        Sorted(_written),
        Sorted(_unchanged),
        Sorted(_deleted),
        _warnings.OrderBy(warning => warning.File, StringComparer.Ordinal).ThenBy(warning => warning.Code, StringComparer.Ordinal).ToList());

    private static List<string> Sorted(List<string> paths) => paths.OrderBy(path => path, StringComparer.Ordinal).ToList();
}
