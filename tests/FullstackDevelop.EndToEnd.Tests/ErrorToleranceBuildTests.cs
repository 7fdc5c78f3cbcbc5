using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// A web project that references the packed package, with one FSD error in one entity and a Program.cs that calls the
/// plan and the backend: a real <c>dotnet build</c> fails on that error alone, with no C# error in the user's code.
/// </summary>
[Collection(UsesPackedPackage.Name)]
public sealed partial class ErrorToleranceBuildTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <RootNamespace>Shop</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <FullstackCacheFolder>$(MSBuildProjectDirectory)/.fullstack-cache</FullstackCacheFolder>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="FullstackDevelop" Version="$(FullstackVersion)" />
            $(BackendPackages)
          </ItemGroup>
        </Project>
        """;

    // Author has no key (FSD0007): it is left out, and Book's reference to it with it.
    private const string Requirements = """
        using System.ComponentModel.DataAnnotations;
        using FullstackDevelop;

        [assembly: FullstackProject("Shop")]

        namespace Shop.Domain;

        [Entity]
        public sealed class Author { public int Number { get; set; } [MaxLength(100)] public string Name { get; set; } = ""; public List<Book> Books { get; set; } = new(); }

        [Entity]
        public sealed class Book { public int Id { get; set; } [MaxLength(200)] public string Title { get; set; } = ""; public int? AuthorId { get; set; } public Author? Author { get; set; } }

        [Entity]
        public sealed class Tag { public int Id { get; set; } public string Label { get; set; } = ""; }
        """;

    private const string Program = """
        using Shop;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddShopBackend(builder.Configuration);
        var app = builder.Build();
        app.MapShopEndpoints();
        Console.WriteLine(FullstackPlan.ProjectName + ": " + FullstackPlan.Agents.Count + " agents");
        app.Run();
        """;

    private readonly PackedPackage _package;

    public ErrorToleranceBuildTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public async Task A_build_with_one_error_in_one_entity_fails_on_that_error_alone_and_the_program_calling_the_plan_and_backend_compiles()
    {
        using var directory = new TemporaryDirectory();
        var environment = _package.PrepareConsumer(directory.Path);
        RestoredPackages.AddSource(directory.Path);
        File.WriteAllText(directory.Combine("Shop.csproj"), Project
            .Replace("$(FullstackVersion)", _package.Version, StringComparison.Ordinal)
            .Replace("$(BackendPackages)", RestoredPackages.References(RestoredPackages.Backend), StringComparison.Ordinal));
        File.WriteAllText(directory.Combine("Requirements.cs"), Requirements);
        File.WriteAllText(directory.Combine("Program.cs"), Program);

        var build = await ProcessRunner.DotnetAsync(directory.Path, environment, "build", "-nodeReuse:false");

        Assert.True(build.ExitCode != 0, build.Describe());
        var errors = ErrorLine().Matches(build.Output)
            .Select(match => (File: Path.GetFileName(match.Groups["file"].Value), Line: int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), Id: match.Groups["id"].Value))
            .Distinct()
            .ToList();
        // FSD0007 points at [Entity], the line above the class: its 1-based number is the class line's 0-based index.
        var authorLine = Requirements.Split('\n').ToList().FindIndex(line => line.Contains("class Author", StringComparison.Ordinal));
        Assert.True(errors.SequenceEqual(new[] { ("Requirements.cs", authorLine, "FSD0007") }), build.Describe());
        Assert.DoesNotContain("error CS", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning FSD", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(directory.Combine("fullstack")), "The agents ran on requirements with an error.");
    }

    // MSBuild's "file(line,column): error ID: message" lines; the summary repeats each, hence the Distinct above.
    [GeneratedRegex(@"(?<file>[^\s(]+)\((?<line>\d+),\d+\): error (?<id>[A-Z]+\d+):")]
    private static partial Regex ErrorLine();
}
