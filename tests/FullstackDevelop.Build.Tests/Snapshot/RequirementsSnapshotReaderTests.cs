using System;
using FullstackDevelop.Build.Snapshot;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Build.Tests.Snapshot;

public sealed class RequirementsSnapshotReaderTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Compile(string source) => TestAssembly.Compile(_folder.Combine("App.dll"), source);

    [Fact]
    public void ReadsTheSnapshotItsHashAndTheRequirementsFromTheCompiledAssembly()
    {
        var json = SampleRequirements.ShopJson();
        var hash = RequirementsHash.Compute(json);
        var path = Compile(TestAssembly.SnapshotAttributes(json, hash));

        var result = RequirementsSnapshotReader.Read(path);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Null(result.Error);
        Assert.Equal(json, result.Snapshot.Json);
        Assert.Equal(hash, result.Snapshot.Hash);
        Assert.Equal(SampleRequirements.Shop(), result.Snapshot.Requirements);
    }

    [Fact]
    public void TextThatNeedsEscapingComesBackExactly()
    {
        // Quotes, backslashes, control characters and non-ASCII text survive the C# literal and the metadata blob.
        var json = SampleRequirements.ShopJson("say \"hi\" \\ naïve 日本 😀\n\t<b>");
        var path = Compile(TestAssembly.SnapshotAttributes(json, RequirementsHash.Compute(json)));

        var result = RequirementsSnapshotReader.Read(path);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(json, result.Snapshot.Json);
        Assert.Equal("say \"hi\" \\ naïve 日本 😀\n\t<b>", result.Snapshot.Requirements.Requirements[0].Value);
    }

    [Fact]
    public void OtherAssemblyAttributesAndMetadataAreIgnored()
    {
        var json = SampleRequirements.ShopJson();
        var path = Compile(
            "[assembly: System.Reflection.AssemblyTitle(\"Shop\")]\n" +
            "[assembly: System.Reflection.AssemblyMetadata(\"RepositoryUrl\", null)]\n" +
            TestAssembly.MetadataAttribute("FullstackDevelop.Other", "{}") +
            TestAssembly.SnapshotAttributes(json, RequirementsHash.Compute(json)));

        var result = RequirementsSnapshotReader.Read(path);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(json, result.Snapshot.Json);
    }

    [Fact]
    public void WhenAKeyRepeatsTheFirstAttributeWins()
    {
        var json = SampleRequirements.ShopJson();
        var path = Compile(
            TestAssembly.SnapshotAttributes(json, RequirementsHash.Compute(json)) +
            TestAssembly.SnapshotAttributes("{}", RequirementsHash.Compute("{}")));

        var result = RequirementsSnapshotReader.Read(path);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(json, result.Snapshot.Json);
    }
}
