using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Build.State;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Build.Tests.Output;

public sealed class OutputFolderResultsTests : IDisposable
{
    private const string Agent = "frontend-developer";

    private static readonly string Key = ContentHash.Of("key of the frontend");

    private static readonly (string Path, string Text)[] Files =
    {
        ("frontend/src/theme.ts", "export const theme = 'dark';\n"),
        ("frontend/src/pages/BookPage.tsx", "export function BookPage() {}\n"),
    };

    // When StampedBuild's files were last written.
    private static readonly DateTime Written = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string OutputFolder => _folder.Combine("fullstack");

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string OutputHashOf(params (string Path, string Text)[] files) =>
        new CachedAgentResult(Agent, files.Select(file => new KeyValuePair<string, byte[]>(file.Path, Bytes(file.Text))), TimeSpan.Zero, DateTimeOffset.UnixEpoch).OutputHash;

    // The state a build leaves after writing Files for the agent, and the files on disk.
    private BuildState WriteBuild(string? outputHash = null, IReadOnlyDictionary<string, string>? writtenFiles = null, params string[] statePaths)
    {
        foreach (var (path, text) in Files)
        {
            Write(path, text);
        }

        return new BuildState(
            SampleRequirements.ShopJson(),
            new Dictionary<string, AgentState>
            {
                [Agent] = new(outputHash ?? OutputHashOf(Files), Key, EquatableArray.From((statePaths.Length > 0 ? statePaths : Files.Select(file => file.Path)).OrderBy(path => path, StringComparer.Ordinal))),
            },
            AgentHistory.Empty,
            writtenFiles ?? Files.ToDictionary(file => file.Path, file => ContentHash.Of(Bytes(file.Text)), StringComparer.Ordinal));
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(OutputFolder, path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public void Unedited_files_under_the_same_key_are_the_agents_result()
    {
        var results = new OutputFolderResults(OutputFolder, WriteBuild());

        var result = results.Find(Agent, Key);

        Assert.NotNull(result);
        Assert.Equal(Agent, result.AgentName);
        Assert.Equal(Files.Select(file => file.Path).OrderBy(path => path, StringComparer.Ordinal), result.Files.Keys);
        Assert.All(Files, file => Assert.Equal(Bytes(file.Text), result.Files[file.Path]));
        Assert.Equal(OutputHashOf(Files), result.OutputHash);
        Assert.Equal(TimeSpan.Zero, result.Duration);
    }

    [Fact]
    public void Another_key_or_an_agent_the_state_does_not_know_finds_nothing()
    {
        var results = new OutputFolderResults(OutputFolder, WriteBuild());

        Assert.Null(results.Find(Agent, ContentHash.Of("key after a requirement changed")));
        Assert.Null(results.Find("backend-developer", Key));
    }

    [Fact]
    public void An_edited_file_makes_the_result_unusable()
    {
        var state = WriteBuild();
        Write(Files[0].Path, "export const theme = 'mine';\n");

        Assert.Null(new OutputFolderResults(OutputFolder, state).Find(Agent, Key));
    }

    [Fact]
    public void A_missing_file_makes_the_result_unusable()
    {
        var state = WriteBuild();
        File.Delete(Path.Combine(OutputFolder, "frontend", "src", "pages", "BookPage.tsx"));

        Assert.Null(new OutputFolderResults(OutputFolder, state).Find(Agent, Key));
    }

    [Fact]
    public void A_missing_output_folder_finds_nothing()
    {
        var state = WriteBuild();
        Directory.Delete(OutputFolder, recursive: true);

        Assert.Null(new OutputFolderResults(OutputFolder, state).Find(Agent, Key));
    }

    [Fact]
    public void A_file_the_build_has_no_record_of_writing_makes_the_result_unusable()
    {
        var written = Files.Skip(1).ToDictionary(file => file.Path, file => ContentHash.Of(Bytes(file.Text)), StringComparer.Ordinal);

        Assert.Null(new OutputFolderResults(OutputFolder, WriteBuild(writtenFiles: written)).Find(Agent, Key));
    }

    [Fact]
    public void A_kept_user_edit_that_the_record_matches_is_not_the_agents_output()
    {
        // The user edited theme.ts, so the last build kept it and its record of the old content, and put the agent's
        // new version beside it: the file matches the record, but the agent's output is the new version.
        var newVersion = ("frontend/src/theme.ts", "export const theme = 'light';\n");
        var state = WriteBuild(outputHash: OutputHashOf(newVersion, Files[1]));

        Assert.Null(new OutputFolderResults(OutputFolder, state).Find(Agent, Key));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_path_outside_the_output_folder_in_a_damaged_state_is_not_read(bool absolute)
    {
        // A file outside the output folder whose content the damaged record matches.
        File.WriteAllText(_folder.Combine("outside.ts"), "outside");
        var path = absolute ? _folder.Combine("outside.ts") : "../outside.ts";
        var written = Files.ToDictionary(file => file.Path, file => ContentHash.Of(Bytes(file.Text)), StringComparer.Ordinal);
        written[path] = ContentHash.Of(Bytes("outside"));

        var state = WriteBuild(writtenFiles: written, statePaths: Files.Select(file => file.Path).Append(path).ToArray());

        Assert.Null(new OutputFolderResults(OutputFolder, state).Find(Agent, Key));
    }

    [Fact]
    public void An_agent_that_wrote_no_files_is_found_with_none()
    {
        var state = new BuildState(
            SampleRequirements.ShopJson(),
            new Dictionary<string, AgentState> { ["search-indexer"] = new(OutputHashOf(), Key) },
            AgentHistory.Empty,
            new Dictionary<string, string>());

        var result = new OutputFolderResults(OutputFolder, state).Find("search-indexer", Key);

        Assert.NotNull(result);
        Assert.Empty(result.Files);
    }

    // The build's files written at a known time, and its state with their stamps, saved savedAfterFiles after them.
    private BuildState StampedBuild(TimeSpan savedAfterFiles)
    {
        var built = WriteBuild();
        foreach (var (path, _) in Files)
        {
            File.SetLastWriteTimeUtc(FullPath(path), Written);
        }

        var stamps = Files.ToDictionary(file => file.Path, file => FileStamp.Of(FullPath(file.Path))!.Value, StringComparer.Ordinal);
        return new BuildState(built.SnapshotJson, built.Agents, built.History, built.WrittenFiles, fileStamps: stamps, savedBeforeTicks: (Written + savedAfterFiles).Ticks);
    }

    private string FullPath(string path) => Path.Combine(OutputFolder, path.Replace('/', Path.DirectorySeparatorChar));

    // The one edit a stamp cannot see: same size, and the time put back by hand. That it goes unseen shows the file
    // was not read.
    private void EditKeepingSizeAndTime(string path)
    {
        var bytes = File.ReadAllBytes(FullPath(path));
        bytes[0] = (byte)(bytes[0] == (byte)'x' ? 'y' : 'x');
        File.WriteAllBytes(FullPath(path), bytes);
        File.SetLastWriteTimeUtc(FullPath(path), Written);
    }

    [Fact]
    public void Files_whose_stamps_match_and_are_older_than_the_state_are_trusted_without_being_read()
    {
        var results = new OutputFolderResults(OutputFolder, StampedBuild(TimeSpan.FromSeconds(1)));
        EditKeepingSizeAndTime(Files[0].Path);

        Assert.True(results.AllUnchanged());
        Assert.Equal(
            Files.Select(file => (file.Path, new VerifiedFile(ContentHash.Of(Bytes(file.Text)), FileStamp.Of(FullPath(file.Path))!.Value))).OrderBy(file => file.Path, StringComparer.Ordinal),
            results.Verified.Select(pair => (pair.Key, pair.Value)).OrderBy(file => file.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_file_written_in_the_same_tick_as_the_state_or_later_is_read(long stateTicksAfterFile)
    {
        var results = new OutputFolderResults(OutputFolder, StampedBuild(TimeSpan.FromTicks(stateTicksAfterFile)));
        EditKeepingSizeAndTime(Files[0].Path);

        Assert.False(results.AllUnchanged());
    }

    [Fact]
    public void An_edit_that_keeps_the_size_but_not_the_time_is_seen()
    {
        var results = new OutputFolderResults(OutputFolder, StampedBuild(TimeSpan.FromSeconds(1)));
        EditKeepingSizeAndTime(Files[1].Path);
        File.SetLastWriteTimeUtc(FullPath(Files[1].Path), Written.AddTicks(1));

        Assert.False(results.AllUnchanged());
    }

    [Fact]
    public void A_file_touched_without_an_edit_is_read_and_found_unchanged_with_its_new_stamp()
    {
        var results = new OutputFolderResults(OutputFolder, StampedBuild(TimeSpan.FromSeconds(1)));
        File.SetLastWriteTimeUtc(FullPath(Files[1].Path), Written.AddMinutes(1));

        Assert.True(results.AllUnchanged());
        Assert.Equal(new FileStamp(Bytes(Files[1].Text).Length, Written.AddMinutes(1).Ticks), results.Verified[Files[1].Path].Stamp);
    }

    [Fact]
    public void A_state_that_was_not_loaded_from_a_file_vouches_for_nothing()
    {
        var stamped = StampedBuild(TimeSpan.FromSeconds(1));
        var state = new BuildState(stamped.SnapshotJson, stamped.Agents, stamped.History, stamped.WrittenFiles, fileStamps: stamped.FileStamps);
        EditKeepingSizeAndTime(Files[0].Path);

        Assert.False(new OutputFolderResults(OutputFolder, state).AllUnchanged());
    }

    [Fact]
    public void A_missing_file_is_not_unchanged_whatever_its_stamp()
    {
        var results = new OutputFolderResults(OutputFolder, StampedBuild(TimeSpan.FromSeconds(1)));
        File.Delete(FullPath(Files[0].Path));

        Assert.False(results.AllUnchanged());
    }
}
