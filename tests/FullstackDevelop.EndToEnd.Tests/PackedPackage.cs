using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>The package packed once from this repository's sources, into a local folder feed.</summary>
public sealed class PackedPackage : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public PackedPackage()
    {
        // A version of its own, so no NuGet cache can hand back an older build of the package.
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Feed = _directory.Combine("feed");
        var project = RepositoryPaths.Combine("src", "FullstackDevelop.Generators", "FullstackDevelop.Generators.csproj");
        var pack = ProcessRunner.DotnetAsync(RepositoryPaths.Root, null, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version)
            .GetAwaiter().GetResult();
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException(pack.Describe());
        }

        Path = Directory.GetFiles(Feed, "*.nupkg").Single();
    }

    public string Version { get; }

    public string Feed { get; }

    public string Path { get; }

    /// <summary>
    /// Makes <paramref name="folder"/> restore from <see cref="Feed"/> only, into a packages folder of its own, so no
    /// machine-wide source or cache takes part. Returns the environment its <c>dotnet</c> commands need.
    /// </summary>
    /// <param name="folder">The consumer's folder.</param>
    /// <param name="targetingPacks">
    /// True to let every other package (the targeting packs of a framework the SDK does not bring, for a multi-targeted
    /// project) come from nuget.org; FullstackDevelop still comes from <see cref="Feed"/> only.
    /// </param>
    public Dictionary<string, string> PrepareConsumer(string folder, bool targetingPacks = false)
    {
        var nuGetOrg = targetingPacks ? """<add key="nuget.org" value="https://api.nuget.org/v3/index.json" />""" : string.Empty;
        var mapping = targetingPacks
            ? """
              <packageSourceMapping>
                <packageSource key="local"><package pattern="FullstackDevelop" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
              """
            : string.Empty;
        File.WriteAllText(System.IO.Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                {nuGetOrg}
              </packageSources>
              {mapping}
            </configuration>
            """);
        return new Dictionary<string, string> { ["NUGET_PACKAGES"] = System.IO.Path.Combine(folder, ".packages") };
    }

    public void Dispose() => _directory.Dispose();
}
