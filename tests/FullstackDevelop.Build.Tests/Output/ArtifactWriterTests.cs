using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Build.Tests.Output;

public sealed class ArtifactWriterTests : IDisposable
{
    // Set on files after a write, so a rewrite, however quick, shows as a new timestamp.
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static readonly Dictionary<string, string> NothingWritten = [];

    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string OutputFolder => _folder.Combine("fullstack");

    private string FullPath(string relativePath) => Path.Combine(OutputFolder, relativePath);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static Dictionary<string, byte[]> Artifacts(params (string Path, string Text)[] files) =>
        files.ToDictionary(file => file.Path, file => Bytes(file.Text), StringComparer.Ordinal);

    private static Dictionary<string, string> HashesOf(params (string Path, string Text)[] files) =>
        files.ToDictionary(file => file.Path, file => ContentHash.Of(Bytes(file.Text)), StringComparer.Ordinal);

    private ArtifactWriteResult Write(Dictionary<string, byte[]> artifacts, IReadOnlyDictionary<string, string> previouslyWritten) =>
        ArtifactWriter.Write(OutputFolder, artifacts, previouslyWritten);

    private string ReadText(string relativePath) => File.ReadAllText(FullPath(relativePath));

    private void Edit(string relativePath, string text) => File.WriteAllText(FullPath(relativePath), text);

    private void AgeEveryFile()
    {
        foreach (var file in Directory.EnumerateFiles(OutputFolder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    private IEnumerable<string> FilesOnDisk() =>
        Directory.EnumerateFiles(OutputFolder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(OutputFolder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void AFirstWriteCreatesTheFilesAndRecordsTheirHashes()
    {
        (string, string)[] files = [("openapi.json", "{}"), ("frontend/pages/Product.tsx", "export {}"), ("Dockerfile", "FROM scratch")];

        var result = Write(Artifacts(files), NothingWritten);

        Assert.Equal(new[] { "Dockerfile", "frontend/pages/Product.tsx", "openapi.json" }, result.Written);
        Assert.Equal(new[] { "Dockerfile", "frontend/pages/Product.tsx", "openapi.json" }, FilesOnDisk());
        Assert.Equal("export {}", ReadText("frontend/pages/Product.tsx"));
        Assert.Equal(HashesOf(files), result.WrittenFiles);
        Assert.Empty(result.Unchanged);
        Assert.Empty(result.Deleted);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void ASecondIdenticalWriteTouchesNothing()
    {
        var artifacts = Artifacts(("openapi.json", "{}"), ("frontend/api.ts", "export {}"));
        var first = Write(artifacts, NothingWritten);
        AgeEveryFile();

        var second = Write(artifacts, first.WrittenFiles);

        Assert.Equal(new[] { "frontend/api.ts", "openapi.json" }, second.Unchanged);
        Assert.Empty(second.Written);
        Assert.Empty(second.Deleted);
        Assert.Empty(second.Warnings);
        Assert.Equal(first.WrittenFiles, second.WrittenFiles);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(FullPath("openapi.json")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(FullPath("frontend/api.ts")));
    }

    [Fact]
    public void ChangedContentReplacesAFileTheTaskWroteAndLeavesNoTempFile()
    {
        var first = Write(Artifacts(("schema.sql", "create table a();"), ("openapi.json", "{}")), NothingWritten);
        AgeEveryFile();

        var second = Write(Artifacts(("schema.sql", "create table b();"), ("openapi.json", "{}")), first.WrittenFiles);

        Assert.Equal(new[] { "schema.sql" }, second.Written);
        Assert.Equal(new[] { "openapi.json" }, second.Unchanged);
        Assert.Equal("create table b();", ReadText("schema.sql"));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(FullPath("schema.sql")));
        Assert.Equal(HashesOf(("schema.sql", "create table b();"), ("openapi.json", "{}")), second.WrittenFiles);
        Assert.Equal(new[] { "openapi.json", "schema.sql" }, FilesOnDisk());
        Assert.Empty(second.Warnings);
    }

    [Fact]
    public void AFileTheUserEditedSurvivesAndTheNewVersionGoesBesideIt()
    {
        var first = Write(Artifacts(("openapi.json", "{\"v\":1}")), NothingWritten);
        Edit("openapi.json", "{\"mine\":true}");

        var second = Write(Artifacts(("openapi.json", "{\"v\":2}")), first.WrittenFiles);

        Assert.Equal("{\"mine\":true}", ReadText("openapi.json"));
        Assert.Equal("{\"v\":2}", ReadText("openapi.generated.json"));
        Assert.Equal(new[] { "openapi.generated.json" }, second.Written);
        var warning = Assert.Single(second.Warnings);
        Assert.Equal(ArtifactWarningCodes.EditedFileKept, warning.Code);
        Assert.Equal("FSD1201", warning.Code);
        Assert.Equal("openapi.json", warning.File);
        Assert.Contains("'openapi.json' was edited", warning.Message, StringComparison.Ordinal);
        Assert.Contains("delete 'openapi.json'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("copy 'openapi.generated.json' over it", warning.Message, StringComparison.Ordinal);

        // The task still remembers what it wrote there, and now owns the new version beside it.
        Assert.Equal(first.WrittenFiles["openapi.json"], second.WrittenFiles["openapi.json"]);
        Assert.Equal(ContentHash.Of(Bytes("{\"v\":2}")), second.WrittenFiles["openapi.generated.json"]);
    }

    [Fact]
    public void AnEditedFileStillSurvivesTheBuildAfter()
    {
        var first = Write(Artifacts(("Dockerfile", "FROM a")), NothingWritten);
        Edit("Dockerfile", "FROM mine");
        var second = Write(Artifacts(("Dockerfile", "FROM b")), first.WrittenFiles);

        var third = Write(Artifacts(("Dockerfile", "FROM c")), second.WrittenFiles);

        Assert.Equal("FROM mine", ReadText("Dockerfile"));
        Assert.Equal("FROM c", ReadText("Dockerfile.generated"));
        Assert.Equal(new[] { "Dockerfile.generated" }, third.Written);
        Assert.Equal(ArtifactWarningCodes.EditedFileKept, Assert.Single(third.Warnings).Code);
    }

    [Fact]
    public void AnExistingFileTheTaskNeverWroteIsNotOverwritten()
    {
        Directory.CreateDirectory(OutputFolder);
        Edit("Dockerfile", "FROM handmade");

        var result = Write(Artifacts(("Dockerfile", "FROM generated")), NothingWritten);

        Assert.Equal("FROM handmade", ReadText("Dockerfile"));
        Assert.Equal("FROM generated", ReadText("Dockerfile.generated"));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ArtifactWarningCodes.EditedFileKept, warning.Code);
        Assert.Equal("Dockerfile", warning.File);
        Assert.Contains("was not written by the build", warning.Message, StringComparison.Ordinal);
        Assert.False(result.WrittenFiles.ContainsKey("Dockerfile"));
    }

    [Theory]
    [InlineData("Dockerfile", "Dockerfile.generated")]
    [InlineData("openapi.json", "openapi.generated.json")]
    [InlineData("deploy/k8s.v1/app.yaml", "deploy/k8s.v1/app.generated.yaml")]
    [InlineData("deploy/k8s.v1/Makefile", "deploy/k8s.v1/Makefile.generated")]
    [InlineData(".env", ".env.generated")]
    public void TheNewVersionBesideAnEditedFileIsNamedBeforeItsExtension(string path, string besideIt)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FullPath(path))!);
        Edit(path, "handmade");

        Write(Artifacts((path, "generated")), NothingWritten);

        Assert.Equal("handmade", ReadText(path));
        Assert.Equal("generated", ReadText(besideIt));
    }

    [Fact]
    public void CopyingTheNewVersionOverTheEditedFileHandsItBackToTheTask()
    {
        var first = Write(Artifacts(("openapi.json", "1")), NothingWritten);
        Edit("openapi.json", "mine");
        var second = Write(Artifacts(("openapi.json", "2")), first.WrittenFiles);
        File.Copy(FullPath("openapi.generated.json"), FullPath("openapi.json"), overwrite: true);

        var third = Write(Artifacts(("openapi.json", "2")), second.WrittenFiles);
        var fourth = Write(Artifacts(("openapi.json", "3")), third.WrittenFiles);

        Assert.Equal(new[] { "openapi.json" }, third.Unchanged);
        Assert.Equal(new[] { "openapi.generated.json" }, third.Deleted);
        Assert.Empty(third.Warnings);
        Assert.Equal(new[] { "openapi.json" }, fourth.Written);
        Assert.Equal("3", ReadText("openapi.json"));
        Assert.Equal(new[] { "openapi.json" }, FilesOnDisk());
    }

    [Fact]
    public void AFileNoLongerProducedIsDeletedWithTheFoldersItLeavesEmpty()
    {
        var first = Write(Artifacts(("frontend/pages/Order/List.tsx", "a"), ("frontend/api.ts", "b"), ("openapi.json", "c")), NothingWritten);

        var second = Write(Artifacts(("frontend/api.ts", "b"), ("openapi.json", "c")), first.WrittenFiles);

        Assert.Equal(new[] { "frontend/pages/Order/List.tsx" }, second.Deleted);
        Assert.False(Directory.Exists(FullPath("frontend/pages")));
        Assert.True(Directory.Exists(FullPath("frontend")));
        Assert.Equal(new[] { "frontend/api.ts", "openapi.json" }, FilesOnDisk());
        Assert.Equal(HashesOf(("frontend/api.ts", "b"), ("openapi.json", "c")), second.WrittenFiles);
        Assert.Empty(second.Warnings);
    }

    [Fact]
    public void DeletingTheLastFileKeepsTheOutputFolderItself()
    {
        var first = Write(Artifacts(("only/file.txt", "a")), NothingWritten);

        var second = Write([], first.WrittenFiles);

        Assert.Equal(new[] { "only/file.txt" }, second.Deleted);
        Assert.True(Directory.Exists(OutputFolder));
        Assert.Empty(Directory.EnumerateFileSystemEntries(OutputFolder));
        Assert.Empty(second.WrittenFiles);
    }

    [Fact]
    public void AnEditedFileNoLongerProducedIsKeptWithAWarningAndForgotten()
    {
        var first = Write(Artifacts(("docs/test-plan.md", "plan"), ("openapi.json", "{}")), NothingWritten);
        Edit("docs/test-plan.md", "my plan");

        var second = Write(Artifacts(("openapi.json", "{}")), first.WrittenFiles);
        var third = Write(Artifacts(("openapi.json", "{}")), second.WrittenFiles);

        Assert.Equal("my plan", ReadText("docs/test-plan.md"));
        Assert.Empty(second.Deleted);
        var warning = Assert.Single(second.Warnings);
        Assert.Equal(ArtifactWarningCodes.EditedStaleFileKept, warning.Code);
        Assert.Equal("FSD1202", warning.Code);
        Assert.Equal("docs/test-plan.md", warning.File);
        Assert.Contains("'docs/test-plan.md' is no longer generated", warning.Message, StringComparison.Ordinal);
        Assert.False(second.WrittenFiles.ContainsKey("docs/test-plan.md"));
        Assert.Empty(third.Warnings);
    }

    [Fact]
    public void AFileTheUserAlreadyDeletedIsSimplyForgotten()
    {
        var first = Write(Artifacts(("a.txt", "a"), ("b.txt", "b")), NothingWritten);
        File.Delete(FullPath("a.txt"));

        var second = Write(Artifacts(("b.txt", "b")), first.WrittenFiles);

        Assert.Empty(second.Deleted);
        Assert.Empty(second.Warnings);
        Assert.Equal(new[] { "b.txt" }, second.WrittenFiles.Keys);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("a/..")]
    [InlineData("/etc/escape.txt")]
    [InlineData("a\\b.txt")]
    [InlineData("./a.txt")]
    [InlineData("a//b.txt")]
    [InlineData("a/")]
    [InlineData("")]
    public void APathThatIsNotPlainlyInsideTheOutputFolderIsRejectedBeforeAnythingIsWritten(string path)
    {
        var artifacts = Artifacts(("a.txt", "fine"), (path, "escaped"));

        var exception = Assert.Throws<ArgumentException>(() => Write(artifacts, NothingWritten));

        Assert.Equal("artifacts", exception.ParamName);
        Assert.False(Directory.Exists(OutputFolder));
        Assert.False(File.Exists(_folder.Combine("escape.txt")));
    }

    [Fact]
    public void ARecordedPathOutsideTheOutputFolderIsNeverDeleted()
    {
        var victim = _folder.Combine("victim.txt");
        File.WriteAllText(victim, "keep me");
        var damagedState = new Dictionary<string, string> { ["../victim.txt"] = ContentHash.Of(Bytes("keep me")) };

        var result = Write(Artifacts(("a.txt", "a")), damagedState);

        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Empty(result.Deleted);
        Assert.Equal(new[] { "a.txt" }, result.WrittenFiles.Keys);
    }

    [Fact]
    public void AFileThatCannotBeWrittenIsReportedAndTheOthersAreStillWritten()
    {
        Directory.CreateDirectory(FullPath("b.txt"));
        var previouslyWritten = HashesOf(("b.txt", "old"));

        var result = Write(Artifacts(("a.txt", "a"), ("b.txt", "b"), ("c/d.txt", "d")), previouslyWritten);

        Assert.Equal(new[] { "a.txt", "c/d.txt" }, result.Written);
        Assert.Equal("a", ReadText("a.txt"));
        Assert.Equal("d", ReadText("c/d.txt"));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ArtifactWarningCodes.FileInaccessible, warning.Code);
        Assert.Equal("FSD1203", warning.Code);
        Assert.Equal("b.txt", warning.File);
        Assert.Contains("Could not write 'b.txt'", warning.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(FullPath("b.txt")));
        Assert.Equal(new[] { "a.txt", "c/d.txt" }, FilesOnDisk());

        // Left as it was, so the record of it stays as it was, for the next build to try again.
        Assert.Equal(previouslyWritten["b.txt"], result.WrittenFiles["b.txt"]);
    }

    private FileStamp StampOf(string relativePath) => FileStamp.Of(FullPath(relativePath))!.Value;

    [Fact]
    public void EveryFileWrittenOrFoundUnchangedIsStampedAsItIsOnDisk()
    {
        var first = Write(Artifacts(("openapi.json", "{}"), ("frontend/api.ts", "export {}")), NothingWritten);
        Assert.Equal(new[] { "frontend/api.ts", "openapi.json" }, first.Stamps.Keys.Order(StringComparer.Ordinal));
        AgeEveryFile();

        var second = Write(Artifacts(("openapi.json", "{ }"), ("frontend/api.ts", "export {}")), first.WrittenFiles);

        Assert.Equal(new[] { "frontend/api.ts" }, second.Unchanged);
        Assert.Equal(new FileStamp(9, LongAgo.Ticks), second.Stamps["frontend/api.ts"]);
        Assert.Equal(StampOf("openapi.json"), second.Stamps["openapi.json"]);
        Assert.Equal(3, second.Stamps["openapi.json"].Length);
    }

    [Fact]
    public void AnEditedFileKeptWithTheBuildsRecordHasNoStampButItsGeneratedVersionHas()
    {
        var first = Write(Artifacts(("openapi.json", "{}")), NothingWritten);
        Edit("openapi.json", "{\"edited\": true}");

        var second = Write(Artifacts(("openapi.json", "{ }")), first.WrittenFiles);

        Assert.Equal(first.WrittenFiles["openapi.json"], second.WrittenFiles["openapi.json"]);
        Assert.False(second.Stamps.ContainsKey("openapi.json"));
        Assert.Equal(StampOf(ArtifactPath.GeneratedSibling("openapi.json")), second.Stamps[ArtifactPath.GeneratedSibling("openapi.json")]);
    }

    [Fact]
    public void AFileCheckedBeforeTheWriteKeepsTheStampItWasCheckedWith()
    {
        var first = Write(Artifacts(("openapi.json", "{}")), NothingWritten);
        var checkedStamp = new FileStamp(2, LongAgo.Ticks);
        var verified = new Dictionary<string, VerifiedFile>(StringComparer.Ordinal) { ["openapi.json"] = new(first.WrittenFiles["openapi.json"], checkedStamp) };

        var second = ArtifactWriter.Write(OutputFolder, Artifacts(("openapi.json", "{}")), first.WrittenFiles, verified);

        Assert.Equal(new[] { "openapi.json" }, second.Unchanged);
        Assert.Equal(checkedStamp, second.Stamps["openapi.json"]);
    }
}
