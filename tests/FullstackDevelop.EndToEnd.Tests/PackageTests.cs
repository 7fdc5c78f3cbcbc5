using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// Packs FullstackDevelop into a local folder feed, then uses it the way a user would: a fresh
/// console project with one PackageReference, built with `dotnet build` and run.
/// </summary>
[Collection(UsesPackedPackage.Name)]
public sealed class PackageTests
{
    // The compiler provides these to every analyzer it loads.
    private static readonly HashSet<string> HostAssemblies = new(StringComparer.Ordinal)
    {
        "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Reflection.Metadata",
    };

    private readonly PackedPackage _package;

    public PackageTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void Package_holds_the_attributes_as_lib_and_the_generator_with_its_whole_closure_as_analyzer()
    {
        using var archive = ZipFile.OpenRead(_package.Path);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/netstandard2.0/FullstackDevelop.Abstractions.dll", entries);
        Assert.Contains("lib/netstandard2.0/FullstackDevelop.Abstractions.xml", entries);
        Assert.Contains("build/FullstackDevelop.props", entries);
        Assert.Contains("build/FullstackDevelop.targets", entries);
        foreach (var expected in new[] { "FullstackDevelop.Generators.dll", "FullstackDevelop.Core.dll", "Scriban.Signed.dll", "System.Text.Json.dll", "Microsoft.CSharp.dll" })
        {
            Assert.Contains("analyzers/dotnet/cs/" + expected, entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/dotnet/cs/Microsoft.CodeAnalysis", StringComparison.Ordinal));
        var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using (var reader = new StreamReader(nuspec.Open()))
        {
            Assert.DoesNotContain("<dependency ", reader.ReadToEnd(), StringComparison.Ordinal);
        }

        // Every assembly an analyzer-folder assembly references is beside it or comes from the compiler.
        var analyzers = archive.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        var present = analyzers.Select(e => Path.GetFileNameWithoutExtension(e.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in analyzers)
        {
            foreach (var reference in ReferencedAssemblies(entry))
            {
                Assert.True(present.Contains(reference) || HostAssemblies.Contains(reference), $"{entry.Name} references {reference}, which the package does not carry");
            }
        }
    }

    [Fact]
    public async Task A_fresh_console_project_referencing_the_package_builds_and_prints_its_plan()
    {
        using var app = ConsumerApp.Create(_package);

        var build = await app.DotnetAsync("build", "Shop.csproj", "-c", "Release");
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = await app.DotnetAsync("run", "--project", "Shop.csproj", "-c", "Release", "--no-build");
        Assert.True(run.ExitCode == 0, run.Describe());
        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[]
            {
                "group 1: product-manager",
                "group 2: technical-architect",
                "group 3: backend-developer, devops-engineer, frontend-developer",
                "group 4: price-feed, qa-engineer",
                "group 5: site-reliability-engineer",
                "group 6: development-coordinator",
                "critical path: product-manager -> technical-architect -> backend-developer -> qa-engineer -> site-reliability-engineer -> development-coordinator (120 of 170 min)",
                "profile: Small 3 agents 512 MB",
                "pattern: authentication x4 2-4 hours",
                "pattern: crud-operations x4 6 hours",
                "snapshot hash matches: True",
            },
            lines.Take(11));

        var snapshot = lines.Single(line => line.StartsWith("snapshot: ", StringComparison.Ordinal))["snapshot: ".Length..];
        using var json = JsonDocument.Parse(snapshot);
        Assert.Equal(2, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("entities").GetArrayLength());
        Assert.Equal("price-feed", json.RootElement.GetProperty("agents")[0].GetProperty("name").GetString());
        Assert.Equal("graph TD", lines[^1]);
    }

    private static List<string> ReferencedAssemblies(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();
    }
}
