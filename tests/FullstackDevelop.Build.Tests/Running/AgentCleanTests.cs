using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Build.Tests.Running;

public sealed class AgentCleanTests : IDisposable
{
    private readonly TaskFolder _folder = new();
    private readonly AgentBuildOptions _options;

    public AgentCleanTests()
    {
        _options = _folder.Options;
    }

    public void Dispose() => _folder.Dispose();

    [Fact(Timeout = 30_000)]
    public async Task Clean_deletes_every_unedited_artifact_and_the_folders_it_empties_and_keeps_an_edited_one()
    {
        await BuildAsync();
        var edited = Path.Combine(_options.OutputFolder, "docs", "requirements.md");
        File.WriteAllText(edited, "# Our own notes\n");
        File.WriteAllText(Path.Combine(_options.OutputFolder, "notes.txt"), "not the build's\n");
        var log = new RecordingBuildLog();

        var result = AgentClean.Run(_options.OutputFolder, _options.WorkingDirectory, log);

        Assert.NotEmpty(result.Deleted);
        Assert.Equal(
            new[] { Path.Combine("docs", "requirements.md"), "notes.txt" },
            Directory.GetFiles(_options.OutputFolder, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(_options.OutputFolder, file)).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "docs" }, Directory.GetDirectories(_options.OutputFolder).Select(Path.GetFileName));
        Assert.Equal("# Our own notes\n", File.ReadAllText(edited));
        var warning = Assert.Single(log.Warnings);
        Assert.Equal((ArtifactWarningCodes.EditedStaleFileKept, edited), (warning.Code, warning.File));
    }

    [Fact]
    public void Without_a_state_clean_deletes_nothing()
    {
        Directory.CreateDirectory(_options.OutputFolder);
        File.WriteAllText(Path.Combine(_options.OutputFolder, "notes.txt"), "mine\n");

        var result = AgentClean.Run(_options.OutputFolder, _options.WorkingDirectory, new RecordingBuildLog());

        Assert.Empty(result.Deleted);
        Assert.True(File.Exists(Path.Combine(_options.OutputFolder, "notes.txt")));
    }

    private Task<AgentBuildOutcome> BuildAsync() =>
        AgentBuild.RunAsync(_options, TaskFolder.Snapshot(SampleRequirements.Shop()), new MemoryResultCache(), new ParsedTemplateCache(256), new RecordingBuildLog(), CancellationToken.None);
}
