using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Build.Output;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>
/// What the output folder must hold after a build, from a clean build's files and the files the task does not own,
/// following the documented policy (docs/build-task.md, FSD1201 and FSD1202 in docs/diagnostics.md): a file the user
/// edited, or found in the folder when the task had lost its state, is never overwritten; when the build produces it
/// with other content, that content goes to its <c>.generated</c> sibling with an FSD1201 warning; when the build
/// produces exactly its content, the task takes it back; when the build does not produce it, it stays.
/// </summary>
internal sealed class OutputOracle
{
    private readonly SortedDictionary<string, byte[]> _unowned = new(StringComparer.Ordinal);

    /// <summary>The files of the output folder the task does not own, with their content.</summary>
    public IReadOnlyDictionary<string, byte[]> Unowned => _unowned;

    public void HandEdited(string path, byte[] content) => _unowned[path] = content;

    public void Deleted(string path) => _unowned.Remove(path);

    /// <summary>The whole output folder was deleted, or the build now writes to a new one.</summary>
    public void FolderEmptied() => _unowned.Clear();

    /// <summary>Without its state, the task knows none of the files in the folder.</summary>
    public void StateLost(IReadOnlyDictionary<string, byte[]> folder)
    {
        foreach (var file in folder)
        {
            _unowned[file.Key] = file.Value;
        }
    }

    /// <summary>What a build whose clean equivalent wrote <paramref name="clean"/> must leave.</summary>
    public OutputExpectation Expect(IReadOnlyDictionary<string, byte[]> clean)
    {
        var files = new SortedDictionary<string, byte[]>(clean.ToDictionary(file => file.Key, file => file.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        var placed = new SortedSet<string>(clean.Keys, StringComparer.Ordinal);
        var kept = new SortedSet<string>(StringComparer.Ordinal);
        var adopted = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, content) in _unowned.Where(file => clean.ContainsKey(file.Key)))
        {
            if (content.AsSpan().SequenceEqual(clean[path]))
            {
                adopted.Add(path);
                continue;
            }

            var sibling = ArtifactPath.GeneratedSibling(path);
            files[path] = content;
            files[sibling] = clean[path];
            placed.Remove(path);
            placed.Add(sibling);
            kept.Add(path);
        }

        // Unowned files the build does not produce stay as they are, unless the build writes a new version there.
        foreach (var (path, content) in _unowned.Where(file => !clean.ContainsKey(file.Key) && !placed.Contains(file.Key)))
        {
            files[path] = content;
        }

        var stillUnowned = _unowned.Keys.Where(path => !adopted.Contains(path) && !placed.Contains(path)).ToList();
        return new OutputExpectation(files, placed, kept, stillUnowned);
    }

    /// <summary>Takes in what the build did: files taken back or overwritten are the task's again.</summary>
    public void Built(OutputExpectation expectation)
    {
        foreach (var path in _unowned.Keys.Except(expectation.StillUnowned, StringComparer.Ordinal).ToList())
        {
            _unowned.Remove(path);
        }
    }
}

/// <summary>The output folder a build must leave.</summary>
/// <param name="Files">Every file, with its content.</param>
/// <param name="Placed">The files the build puts there, written or found already right (the report's written and unchanged files).</param>
/// <param name="EditedKept">The files kept with a new version beside them, each with an FSD1201 warning.</param>
/// <param name="StillUnowned">The files the task still does not own afterwards.</param>
internal sealed record OutputExpectation(
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlyCollection<string> Placed,
    IReadOnlyCollection<string> EditedKept,
    IReadOnlyCollection<string> StillUnowned);
