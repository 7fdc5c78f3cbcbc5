using System;
using System.IO;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>FSD1001: the package's targets stop a build whose compiler is older than Roslyn 4.8.</summary>
[Collection(UsesPackedPackage.Name)]
public sealed class CompilerCheckTests
{
    private readonly PackedPackage _package;

    public CompilerCheckTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public async Task A_compiler_older_than_Roslyn_4_8_fails_the_build_with_FSD1001_unless_the_check_is_skipped()
    {
        using var app = ConsumerApp.Create(_package);
        using var oldCompiler = new TemporaryDirectory();
        var oldCompilerTasks = await BuildFakeCompilerTasksAsync(oldCompiler.Path, "4.7.0.0");

        // The check reads the compiler's version from its MSBuild tasks assembly; point it at one
        // as old as a .NET 7 SDK's.
        var stale = await app.DotnetAsync("build", "Shop.csproj", "-p:FullstackCompilerTasksAssembly=" + oldCompilerTasks);
        Assert.NotEqual(0, stale.ExitCode);
        Assert.Contains(
            "error FSD1001: FullstackDevelop needs the C# compiler of the .NET 8 SDK (Roslyn 4.8) or later, but this build uses Roslyn 4.7.0.0.",
            stale.Output,
            StringComparison.Ordinal);

        var skipped = await app.DotnetAsync("build", "Shop.csproj", "-p:FullstackCompilerTasksAssembly=" + oldCompilerTasks, "-p:FullstackSkipCompilerCheck=true");
        Assert.True(skipped.ExitCode == 0, skipped.Describe());
        Assert.DoesNotContain("FSD1001", skipped.Output, StringComparison.Ordinal);
    }

    // An empty assembly with the compiler tasks' name and an old version, which is all the check reads.
    private static async Task<string> BuildFakeCompilerTasksAsync(string folder, string version)
    {
        File.WriteAllText(Path.Combine(folder, "Tasks.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <AssemblyName>Microsoft.Build.Tasks.CodeAnalysis</AssemblyName>
                <AssemblyVersion>{version}</AssemblyVersion>
                <OutputPath>out/</OutputPath>
                <AppendTargetFrameworkToOutputPath>false</AppendTargetFrameworkToOutputPath>
              </PropertyGroup>
            </Project>
            """);
        var build = await ProcessRunner.DotnetAsync(folder, null, "build", "Tasks.csproj");
        Assert.True(build.ExitCode == 0, build.Describe());
        return Path.Combine(folder, "out", "Microsoft.Build.Tasks.CodeAnalysis.dll");
    }
}
