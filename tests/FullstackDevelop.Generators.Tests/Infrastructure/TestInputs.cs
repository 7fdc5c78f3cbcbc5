using System.IO;
using System.Linq;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>The requirement declarations the snapshot, caching and determinism tests share.</summary>
internal static class TestInputs
{
    public static readonly SourceFile[] Minimal =
    {
        new("Requirements.cs", """
            [assembly: FullstackDevelop.FullstackProject("Minimal")]
            """),
    };

    /// <summary>Custom agents whose dependencies form a diamond on top of the built-in agents.</summary>
    public static readonly SourceFile[] Diamond =
    {
        new("Requirements.cs", """
            using FullstackDevelop;

            [assembly: FullstackProject("Diamond", Scale = ProjectScale.Large)]
            [assembly: Requirement("schema.format", "json-schema")]
            [assembly: Agent("schema-exporter", DependsOn = new[] { "backend-developer" }, Reads = new[] { "schema." }, EstimatedMinutes = 5)]
            [assembly: Agent("api-docs", DependsOn = new[] { "schema-exporter" }, EstimatedMinutes = 20)]
            [assembly: Agent("client-sdk", DependsOn = new[] { "schema-exporter" }, EstimatedMinutes = 50, Version = "2.1.0",
                Command = "dotnet run --project tools/SdkGen", Outputs = new[] { "sdk/client.ts", "sdk/index.ts" })]
            [assembly: Agent("sdk-publisher", DependsOn = new[] { "api-docs", "client-sdk" }, EstimatedMinutes = 10)]
            [assembly: AgentTemplate("schema-exporter", "database-table", Output = "schema/{table}.sql", PerEntity = true)]
            [assembly: AgentTemplate("api-docs", "architecture-openapi", Output = "docs/api/openapi.yaml")]
            [assembly: AgentTemplate("sdk-publisher", "qa-test-plan", Output = "sdk/PUBLISHING.md")]
            """),
    };

    /// <summary>One entity with a property of every supported field type, and no authentication: the self-contained (fewer than four entities) backend.</summary>
    public static readonly SourceFile[] EveryFieldType =
    {
        new("Domain/Sample.cs", """
            using System;
            using System.ComponentModel.DataAnnotations;
            using FullstackDevelop;

            [assembly: FullstackProject("Catalog")]

            namespace Catalog.Domain;

            public enum Shade
            {
                Light,
                Dark,
            }

            [Entity]
            public sealed class Sample
            {
                public long Id { get; set; }

                [Required, MaxLength(80)]
                public string Name { get; set; } = "";

                public string? Note { get; set; }

                [Required]
                public string? Email { get; set; }

                [Required]
                public int? Stock { get; set; }

                public bool Active { get; set; }

                public byte Level { get; set; }

                public short Rank { get; set; }

                public int Count { get; set; }

                public int? OptionalCount { get; set; }

                public float Ratio { get; set; }

                public double Score { get; set; }

                public decimal Price { get; set; }

                public DateTime CreatedAt { get; set; }

                public DateTimeOffset UpdatedAt { get; set; }

                public DateOnly Day { get; set; }

                public TimeOnly At { get; set; }

                public TimeSpan Duration { get; set; }

                public Guid Token { get; set; }

                [MaxLength(1024)]
                public byte[]? Thumbnail { get; set; }

                public Shade Shade { get; set; }
            }
            """),
    };

    /// <summary>The sample's templates, as the additional files of a driver that runs on <see cref="Bookstore"/>.</summary>
    public static Microsoft.CodeAnalysis.AdditionalText[] BookstoreTemplates => GeneratorHarness.Templates(Bookstore());

    /// <summary>The sample application's requirement and domain files and its templates, read from samples/Bookstore.</summary>
    public static SourceFile[] Bookstore()
    {
        var root = RepositoryPaths.Combine("samples", "Bookstore");
        return Directory.GetFiles(Path.Combine(root, "Domain"), "*.cs")
            .Append(Path.Combine(root, "Requirements.cs"))
            .Concat(Directory.GetFiles(Path.Combine(root, "Templates"), "*.scriban"))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new SourceFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToArray();
    }
}
