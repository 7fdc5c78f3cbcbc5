using System;
using System.Globalization;
using System.IO;

namespace FullstackDevelop.Tests.Shared;

/// <summary>
/// The source files of JHipster's benchmark model as a FullstackDevelop project: one <c>[assembly: FullstackProject]</c>
/// file and N entity files, entity i holding five fields besides its key and pointing to entity i-1 (a nullable foreign
/// key and navigation, with the inverse collection on i-1). Text only, so the in-process benchmarks and the end-to-end
/// builds compile exactly the same sources.
/// </summary>
internal static class BenchmarkModel
{
    /// <summary>The project's name, root namespace and assembly name.</summary>
    public const string ProjectName = "Synthetic";

    /// <summary>The path, relative to the project, of the file that declares the project and its requirements.</summary>
    public const string RequirementsPath = "Requirements.cs";

    /// <summary>The file that declares the project, its stack, a feature and the usual requirements.</summary>
    public const string RequirementsFile = """
        using FullstackDevelop;

        [assembly: FullstackProject("Synthetic", ExpectedUsers = 20_000, Stack = new[] { "aspnetcore", "efcore", "react", "postgresql" })]

        [assembly: Feature("user-authentication")]

        [assembly: Requirement("ui.theme", "dark")]
        [assembly: Requirement("ui.primary-color", "#3355ff")]
        [assembly: Requirement("monitoring.team", "platform")]
        [assembly: Requirement("database.engine", "postgresql")]
        """;

    /// <summary>A program that calls the typed API the generator gives the user's code: the plan and the backend.</summary>
    public const string ProgramFile = """
        using Synthetic;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSyntheticBackend(builder.Configuration);
        var app = builder.Build();
        app.MapSyntheticEndpoints();
        Console.WriteLine(FullstackPlan.ProjectName + ": " + FullstackPlan.Agents.Count + " agents");
        app.Run();
        """;

    /// <summary>
    /// Writes the model as a web project of <paramref name="entities"/> entities into <paramref name="folder"/>: a
    /// <c>Synthetic.csproj</c> referencing FullstackDevelop <paramref name="fullstackVersion"/>, the backend's packages and
    /// JWT bearer authentication, which the model's <c>user-authentication</c> feature needs (<see cref="RestoredPackages"/>),
    /// the program, the requirements and the entities' files.
    /// </summary>
    /// <param name="folder">The project's folder.</param>
    /// <param name="entities">How many entities the project declares.</param>
    /// <param name="fullstackVersion">The version of the FullstackDevelop package to reference.</param>
    /// <param name="emitGeneratedFiles">True to write the generated sources to <c>generated/</c>, for tests to read.</param>
    public static void WriteWebProject(string folder, int entities, string fullstackVersion, bool emitGeneratedFiles)
    {
        var emit = emitGeneratedFiles
            ? "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>"
            : string.Empty;
        Write(folder, ProjectName + ".csproj", $$"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>{{ProjectName}}</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {{emit}}
                <FullstackCacheFolder>$(MSBuildProjectDirectory)/.fullstack-cache</FullstackCacheFolder>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FullstackDevelop" Version="{{fullstackVersion}}" />
                {{RestoredPackages.References([.. RestoredPackages.Backend, RestoredPackages.Authentication])}}
              </ItemGroup>
            </Project>
            """);
        Write(folder, "Program.cs", ProgramFile);
        Write(folder, RequirementsPath, RequirementsFile);
        for (var index = 0; index < entities; index++)
        {
            Write(folder, EntityPath(index), EntityFile(index, entities));
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> under <paramref name="folder"/>, creating its folder.</summary>
    public static void Write(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The name of entity <paramref name="index"/>; zero-padded so names sort as the chain does.</summary>
    public static string EntityName(int index) => "Entity" + index.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The path, relative to the project, of entity <paramref name="index"/>'s file.</summary>
    public static string EntityPath(int index) => "Domain/" + EntityName(index) + ".cs";

    /// <summary>
    /// Entity <paramref name="index"/> of <paramref name="count"/>: a key, a required bounded string, an optional bounded
    /// string, a decimal, a timestamp, an enum, and (but for the first) a nullable foreign key and navigation to entity
    /// i-1, whose collection of entity i (but for the last) is the inverse; and a method, which the generator ignores.
    /// </summary>
    /// <param name="index">The entity's position in the chain.</param>
    /// <param name="count">How many entities the project has.</param>
    /// <param name="editedMethod">True for the file after an edit of the method's body.</param>
    /// <param name="addedProperty">True for the file after one property (an <c>int Stock</c>) was added.</param>
    public static string EntityFile(int index, int count, bool editedMethod = false, bool addedProperty = false)
    {
        var name = EntityName(index);
        var predecessor = index == 0 ? string.Empty : $$"""

                public int? PredecessorId { get; set; }

                public {{EntityName(index - 1)}}? Predecessor { get; set; }

            """;
        var successors = index == count - 1 ? string.Empty : $$"""

                public List<{{EntityName(index + 1)}}> Successors { get; set; } = new();

            """;
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using FullstackDevelop;

            namespace Synthetic.Domain;

            [Entity]
            public sealed class {{name}}
            {
                public int Id { get; set; }

                [Required, MaxLength(120)]
                public string Name { get; set; } = "";

                [MaxLength(2000)]
                public string? Description { get; set; }

                public decimal Price { get; set; }

                public DateTimeOffset CreatedAt { get; set; }

                public {{name}}Status Status { get; set; }
            {{(addedProperty ? "\n    public int Stock { get; set; }\n" : string.Empty)}}{{predecessor}}{{successors}}
                public string Describe() => {{(editedMethod ? "Name + \" (\" + Status + \")\"" : "Name")}};
            }

            public enum {{name}}Status
            {
                Draft,
                Active,
                Archived,
            }

            """;
    }
}
