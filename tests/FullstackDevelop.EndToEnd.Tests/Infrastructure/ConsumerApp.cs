using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fresh console project in a temp folder that references the packed package and nothing else,
/// restored from the local feed into its own package folder, as a new user's project would be.
/// </summary>
internal sealed class ConsumerApp : IDisposable
{
    private const string ConsumerProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <RootNamespace>Shop</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <!-- The agents' disk cache stays in the temp folder rather than the user-level one. -->
            <FullstackCacheFolder>$(MSBuildProjectDirectory)/.fullstack-cache</FullstackCacheFolder>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="FullstackDevelop" Version="$(FullstackVersion)" />
          </ItemGroup>
        </Project>
        """;

    private const string ConsumerRequirements = """
        using System.ComponentModel.DataAnnotations;
        using FullstackDevelop;

        [assembly: FullstackProject("Shop", ExpectedUsers = 250)]
        [assembly: Feature("user-authentication")]
        [assembly: Requirement("ui.theme", "light")]
        [assembly: Agent("price-feed", DependsOn = new[] { "devops-engineer", "backend-developer" }, Reads = new[] { "pricing." }, EstimatedMinutes = 5,
            Command = "sh tools/prices.sh", Outputs = new[] { "prices/feed.json" })]

        namespace Shop.Domain;

        [Entity] public sealed class Customer { public int Id { get; set; } [Required, MaxLength(100)] public string Name { get; set; } = ""; public List<Order> Orders { get; set; } = new(); }
        [Entity] public sealed class Order { public int Id { get; set; } public int CustomerId { get; set; } public Customer? Customer { get; set; } public List<OrderLine> Lines { get; set; } = new(); }
        [Entity] public sealed class OrderLine { public int Id { get; set; } public int OrderId { get; set; } public Order? Order { get; set; } public int ProductId { get; set; } public Product? Product { get; set; } }
        [Entity] public sealed class Product { public int Id { get; set; } [Required, MaxLength(200)] public string Title { get; set; } = ""; public decimal Price { get; set; } }
        """;

    // The custom agent's command: the build runs it after compile.
    private const string PricesScript = """
        mkdir -p "$FULLSTACK_OUTPUT_DIR/prices"
        printf '{"currency":"EUR"}\n' > "$FULLSTACK_OUTPUT_DIR/prices/feed.json"
        """;

    private const string ConsumerProgram = """
        using System.Reflection;
        using Shop;

        foreach (var group in FullstackPlan.ParallelGroups)
        {
            Console.WriteLine($"group {group.Number}: {string.Join(", ", group.Agents)}");
        }

        Console.WriteLine($"critical path: {string.Join(" -> ", FullstackPlan.CriticalPath.Agents)} ({FullstackPlan.CriticalPath.Length.TotalMinutes} of {FullstackPlan.CriticalPath.SequentialSum.TotalMinutes} min)");
        var profile = FullstackPlan.ResourceProfile;
        Console.WriteLine($"profile: {profile.Scale} {profile.MaxConcurrentAgents} agents {profile.MemoryPerAgentMegabytes} MB");
        foreach (var pattern in FullstackPlan.Patterns)
        {
            Console.WriteLine($"pattern: {pattern.Type} x{pattern.Frequency} {pattern.EstimatedTimeSavings}");
        }

        var metadata = typeof(FullstackPlan).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        Console.WriteLine($"snapshot hash matches: {metadata["FullstackDevelop.RequirementsHash"] == FullstackPlan.RequirementsHash}");
        Console.WriteLine($"snapshot: {metadata["FullstackDevelop.Requirements"]}");
        Console.WriteLine(FullstackPlan.ToMermaid().Split('\n')[0]);
        """;

    private readonly TemporaryDirectory _directory = new();
    private readonly Dictionary<string, string> _environment;

    private ConsumerApp(PackedPackage package)
    {
        _environment = package.PrepareConsumer(_directory.Path);
    }

    public static ConsumerApp Create(PackedPackage package)
    {
        var app = new ConsumerApp(package);
        File.WriteAllText(app._directory.Combine("Shop.csproj"), ConsumerProject.Replace("$(FullstackVersion)", package.Version, StringComparison.Ordinal));
        File.WriteAllText(app._directory.Combine("Requirements.cs"), ConsumerRequirements);
        File.WriteAllText(app._directory.Combine("Program.cs"), ConsumerProgram);
        Directory.CreateDirectory(app._directory.Combine("tools"));
        File.WriteAllText(app._directory.Combine("tools", "prices.sh"), PricesScript);
        return app;
    }

    public Task<ProcessResult> DotnetAsync(params string[] arguments) => ProcessRunner.DotnetAsync(_directory.Path, _environment, arguments);

    public void Dispose() => _directory.Dispose();
}
