using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FullstackDevelop.Build.Snapshot;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Build.Tests.Snapshot;

public sealed class RequirementsSnapshotReaderErrorTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Compile(string source) => TestAssembly.Compile(_folder.Combine("App.dll"), source);

    private static SnapshotError AssertFails(SnapshotReadResult result, string code, string path)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Snapshot);
        Assert.Equal(code, result.Error.Code);
        Assert.Contains(path, result.Error.Message, StringComparison.Ordinal);
        return result.Error;
    }

    [Fact]
    public void AMissingAssemblyIsNotFound()
    {
        var path = _folder.Combine("App.dll");

        var error = AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.AssemblyNotFound, path);

        Assert.Contains("build the project again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAssemblyInAMissingFolderIsNotFound()
    {
        var path = _folder.Combine("obj", "Debug", "App.dll");

        AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.AssemblyNotFound, path);
    }

    [Theory]
    [InlineData("This is a text file, not an assembly.\n")]
    [InlineData("")]
    [InlineData("MZ")]
    public void AFileThatIsNotAnAssemblyIsReportedAsSuch(string content)
    {
        var path = _folder.Combine("App.dll");
        File.WriteAllText(path, content);

        var error = AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.NotAnAssembly, path);

        Assert.Contains("--no-incremental", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruncatedAssemblyIsNotAnAssembly()
    {
        var json = SampleRequirements.ShopJson();
        var path = Compile(TestAssembly.SnapshotAttributes(json, RequirementsHash.Compute(json)));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes.Take(bytes.Length / 2).ToArray());

        AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.NotAnAssembly, path);
    }

    [Fact]
    public void AnAssemblyWithoutTheAttributesHasNoSnapshot()
    {
        var path = Compile(TestAssembly.MetadataAttribute("RepositoryUrl", "https://example.org"));

        var error = AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.SnapshotMissing, path);

        Assert.Contains(SnapshotMetadataKeys.Snapshot + ", " + SnapshotMetadataKeys.Hash, error.Message, StringComparison.Ordinal);
        Assert.Contains("[assembly: FullstackProject(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAssemblyWithTheSnapshotButNoHashHasNoSnapshotAndNamesTheMissingKey()
    {
        var path = Compile(TestAssembly.MetadataAttribute(SnapshotMetadataKeys.Snapshot, SampleRequirements.ShopJson()));

        var error = AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.SnapshotMissing, path);

        Assert.Contains("missing: " + SnapshotMetadataKeys.Hash + ")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATamperedHashIsAMismatch()
    {
        var json = SampleRequirements.ShopJson();
        var otherHash = RequirementsHash.Compute(SampleRequirements.ShopJson("light"));
        var path = Compile(TestAssembly.SnapshotAttributes(json, otherHash));

        var error = AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.HashMismatch, path);

        Assert.Contains(otherHash, error.Message, StringComparison.Ordinal);
        Assert.Contains(RequirementsHash.Compute(json), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATamperedSnapshotIsAMismatch()
    {
        var hash = RequirementsHash.Compute(SampleRequirements.ShopJson());
        var path = Compile(TestAssembly.SnapshotAttributes(SampleRequirements.ShopJson("light"), hash));

        AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.HashMismatch, path);
    }

    [Fact]
    public void ASnapshotOfAnotherSchemaVersionIsUnsupported()
    {
        var json = SampleRequirements.ShopJson().Replace("{\"schemaVersion\":2,", "{\"schemaVersion\":3,", StringComparison.Ordinal);
        var path = Compile(TestAssembly.SnapshotAttributes(json, RequirementsHash.Compute(json)));

        var error = AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.UnsupportedSchemaVersion, path);

        Assert.Contains("schema version 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("reads version " + ProjectRequirements.SchemaVersion, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\":\"1\"}")]
    [InlineData("{\"schemaVersion\":2}")]
    [InlineData("{\"schemaVersion\":2,\"project\":{\"name\":\"Shop\",\"scale\":\"gigantic\",\"scaleSource\":\"default\",\"expectedUsers\":0,\"stack\":[]},\"features\":[],\"entities\":[],\"requirements\":{},\"agents\":[]}")]
    public void ADamagedSnapshotWithAMatchingHashIsInvalid(string json)
    {
        var path = Compile(TestAssembly.SnapshotAttributes(json, RequirementsHash.Compute(json)));

        AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.InvalidSnapshot, path);
    }

    [Fact]
    public void AnAssemblyLockedByAnotherWriterIsUnreadable()
    {
        var json = SampleRequirements.ShopJson();
        var path = Compile(TestAssembly.SnapshotAttributes(json, RequirementsHash.Compute(json)));

        // FileShare.None: an exclusive lock on Windows, an exclusive advisory lock that .NET honours on Unix.
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var error = AssertFails(RequirementsSnapshotReader.Read(path), SnapshotErrorCodes.AssemblyUnreadable, path);
            Assert.Contains("build again", error.Message, StringComparison.Ordinal);
        }

        Assert.True(RequirementsSnapshotReader.Read(path).Succeeded);
    }

    [Fact]
    public void EveryErrorCodeIsDistinctAndInTheBuildTasksRange()
    {
        var codes = typeof(SnapshotErrorCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetValue(null)!)
            .ToList();

        Assert.Equal(7, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(new Regex("^FSD11[0-9]{2}$"), code));
    }
}
