using System;
using System.IO;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated text with a reviewed golden file under Snapshots/. To accept a deliberate
/// change, run the tests with FULLSTACK_UPDATE_SNAPSHOTS=1, then review the diff of the files.
/// </summary>
internal static class GoldenFile
{
    public static string Folder => RepositoryPaths.Combine("tests", "FullstackDevelop.Generators.Tests", "Snapshots");

    public static void Match(string fileName, string actual)
    {
        var path = Path.Combine(Folder, fileName);
        if (Environment.GetEnvironmentVariable("FULLSTACK_UPDATE_SNAPSHOTS") == "1")
        {
            // CI checks the reviewed files; a run that rewrote them would pass whatever the generator wrote.
            Assert.False(
                IsContinuousIntegration(),
                "FULLSTACK_UPDATE_SNAPSHOTS=1 is refused when CI or FULLSTACK_REQUIRE_INTEGRATION is set: update the golden files locally and commit them.");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests once with FULLSTACK_UPDATE_SNAPSHOTS=1 and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static bool IsContinuousIntegration() =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false" && ci != "0"
        || Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") == "1";
}
