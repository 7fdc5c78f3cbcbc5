using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FullstackDevelop.Build.Output;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>
/// What the output folders must hold after a build, from a clean build's files, the files found there before it, and
/// what the task last wrote there, following the documented policy (docs/build-task.md, FSD1201 and FSD1202 in
/// docs/diagnostics.md):
/// <list type="bullet">
/// <item>a produced file that is missing, already right, or still as the task last wrote it gets the clean content;</item>
/// <item>any other produced file (edited, or never written by the task) stays, its clean content goes to its
/// <c>.generated</c> sibling, with FSD1201, and the task keeps its old record of it;</item>
/// <item>a file no longer produced is deleted when the task wrote it and it is unedited, kept with FSD1202 when the task
/// wrote it and it was edited, and left alone when the task never wrote it;</item>
/// <item>when the output folder moved, the old folder is left as above with nothing produced, and the task starts the new
/// one knowing no file; a lost state knows no file either.</item>
/// </list>
/// </summary>
internal sealed class OutputOracle
{
    // What the task last wrote at each path of its output folder, as its state records it.
    private IReadOnlyDictionary<string, byte[]> _records = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    public OutputOracle(string folder)
    {
        Folder = folder;
    }

    /// <summary>The output folder of the last build.</summary>
    public string Folder { get; private set; }

    public void StateLost() => _records = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    /// <summary>What a build into <paramref name="folder"/> must leave.</summary>
    /// <param name="folder">The build's output folder.</param>
    /// <param name="before">Its files before the build.</param>
    /// <param name="clean">The files of a clean build of the same inputs.</param>
    /// <param name="leftBefore">When <paramref name="folder"/> is not <see cref="Folder"/>, the old folder's files before the build.</param>
    public OutputExpectation Expect(string folder, IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> clean, IReadOnlyDictionary<string, byte[]>? leftBefore)
    {
        var records = _records;
        FolderExpectation? left = null;
        if (folder != Folder)
        {
            left = Expect(Folder, leftBefore!, new Dictionary<string, byte[]>(StringComparer.Ordinal), records, []);
            records = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        }

        var newRecords = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        return new OutputExpectation(Expect(folder, before, clean, records, newRecords), left, newRecords);
    }

    /// <summary>Takes in what the build did.</summary>
    public void Built(OutputExpectation expectation)
    {
        _records = expectation.Records;
        Folder = expectation.Current.Folder;
    }

    private static FolderExpectation Expect(
        string folder,
        IReadOnlyDictionary<string, byte[]> before,
        IReadOnlyDictionary<string, byte[]> clean,
        IReadOnlyDictionary<string, byte[]> records,
        Dictionary<string, byte[]> newRecords)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var placed = new SortedSet<string>(StringComparer.Ordinal);
        var editedKept = new SortedSet<string>(StringComparer.Ordinal);
        var staleKept = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, content) in clean)
        {
            if (!before.TryGetValue(path, out var onDisk) || Same(onDisk, content) || (records.TryGetValue(path, out var written) && Same(onDisk, written)))
            {
                files[path] = content;
                placed.Add(path);
                newRecords[path] = content;
                continue;
            }

            var sibling = ArtifactPath.GeneratedSibling(path);
            files[path] = onDisk;
            files[sibling] = content;
            placed.Add(sibling);
            newRecords[sibling] = content;
            editedKept.Add(path);
            if (records.TryGetValue(path, out var previous))
            {
                newRecords[path] = previous;
            }
        }

        foreach (var (path, onDisk) in before.Where(file => !files.ContainsKey(file.Key)))
        {
            if (records.TryGetValue(path, out var written) && Same(onDisk, written))
            {
                continue;
            }

            files[path] = onDisk;
            if (written is not null)
            {
                staleKept.Add(path);
            }
        }

        return new FolderExpectation(folder, files, placed, editedKept, staleKept);
    }

    private static bool Same(byte[] first, byte[] second) => first.AsSpan().SequenceEqual(second);
}

/// <summary>What a build must leave in its output folder, and in the one it moved from.</summary>
/// <param name="Current">The build's output folder.</param>
/// <param name="Left">The folder the last build wrote to, when it is another.</param>
/// <param name="Records">What the task owns afterwards, by path, with the content it wrote.</param>
internal sealed record OutputExpectation(FolderExpectation Current, FolderExpectation? Left, IReadOnlyDictionary<string, byte[]> Records)
{
    /// <summary>The full paths of the files that must have an FSD1202 warning.</summary>
    public IEnumerable<string> StaleKeptPaths =>
        new[] { Current, Left }.OfType<FolderExpectation>().SelectMany(folder => folder.StaleKept.Select(path => Path.GetFullPath(ArtifactPath.Resolve(folder.Folder, path))));
}

/// <summary>What one output folder must hold after a build.</summary>
/// <param name="Folder">The folder.</param>
/// <param name="Files">Every file, with its content.</param>
/// <param name="Placed">The files the build puts there, written or found already right (the report's written and unchanged files).</param>
/// <param name="EditedKept">The produced files kept with their new version beside them, each with an FSD1201 warning.</param>
/// <param name="StaleKept">The files the task wrote, no longer produces and finds edited, kept with an FSD1202 warning.</param>
internal sealed record FolderExpectation(
    string Folder,
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlyCollection<string> Placed,
    IReadOnlyCollection<string> EditedKept,
    IReadOnlyCollection<string> StaleKept);
