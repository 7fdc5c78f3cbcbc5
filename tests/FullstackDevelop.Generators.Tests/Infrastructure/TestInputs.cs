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
            """),
    };

    /// <summary>The sample application's own requirement files, read from samples/Bookstore.</summary>
    public static SourceFile[] Bookstore()
    {
        var root = RepositoryPaths.Combine("samples", "Bookstore");
        return Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && Path.GetFileName(path) != "Program.cs")
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new SourceFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToArray();
    }
}
