using System.Collections.Generic;
using System.Globalization;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Emitting;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Generators.Tests.Runtime.Generation;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// The snapshot file the generator assembles from each entity's escaped JSON is, byte for byte, the file the whole
/// snapshot's literal gives (how it was written before), over random models.
/// </summary>
public sealed class SnapshotAssemblyTests
{
    // A fifth of the random models: what is checked here does not depend on which, and each costs a generator run.
    public static IEnumerable<object[]> Models => SeededRuns.RandomModels.Shard(0, 5);

    [Theory]
    [MemberData(nameof(Models))]
    public void The_assembled_snapshot_file_is_the_whole_snapshot_written_as_one_literal(int index)
    {
        var model = RandomModelGenerator.Generate(index, SeededRuns.RandomModels.SeedOf(index));
        var compilation = GeneratorHarness.Compile(model.Files, "RandomModel" + index.ToString(CultureInfo.InvariantCulture), web: true);
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(model.RootNamespace), compilation);
        var file = outcome.Source(GenerationPipeline.SnapshotHintName);
        if (model.Defect is not null)
        {
            // The defect is an error, and no snapshot is written from requirements with one.
            Assert.Null(file);
            return;
        }

        var json = SnapshotReader.Read(outcome.Output)!;
        var hash = RequirementsHash.Compute(json);
        var whole = GeneratedHeader.Start()
            .Line("[assembly: global::System.Reflection.AssemblyMetadata(" + CSharpLiteral.String(SnapshotMetadataKeys.Snapshot) + ", " + CSharpLiteral.String(json) + ")]")
            .Line("[assembly: global::System.Reflection.AssemblyMetadata(" + CSharpLiteral.String(SnapshotMetadataKeys.Hash) + ", " + CSharpLiteral.String(hash) + ")]")
            .ToString();
        Assert.Equal(whole, file);
        Assert.Equal(json, RequirementsJson.Write(RequirementsJson.Read(json)));
        Assert.Equal(hash, SnapshotReader.Read(outcome.Output, SnapshotMetadataKeys.Hash));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" backslash \\ newline \n tab \t nul \0")]
    [InlineData("non-ASCII é ✓ and a surrogate pair 😀")]
    public void Escaping_pieces_one_by_one_gives_the_escaped_whole(string text)
    {
        for (var split = 0; split <= text.Length; split++)
        {
            var (left, right) = (text.Substring(0, split), text.Substring(split));
            Assert.Equal(CSharpLiteral.String(text), "\"" + CSharpLiteral.Escape(left) + CSharpLiteral.Escape(right) + "\"");
        }
    }
}
