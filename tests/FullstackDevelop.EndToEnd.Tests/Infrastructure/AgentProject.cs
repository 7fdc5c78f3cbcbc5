using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A library project in a temp folder that references the packed package, declares four entities, a <c>ui.</c>
/// requirement and a command agent (a shell script), and keeps its disk cache in a folder of its own.
/// </summary>
internal sealed class AgentProject : IDisposable
{
    public const string Theme = "light";

    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <$(TargetFrameworkProperty)>$(TargetFrameworks)</$(TargetFrameworkProperty)>
            <RootNamespace>Shop</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <FullstackCacheFolder>$(CacheFolder)</FullstackCacheFolder>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="FullstackDevelop" Version="$(FullstackVersion)" />
          </ItemGroup>
        </Project>
        """;

    private const string Requirements = """
        using System.ComponentModel.DataAnnotations;
        using FullstackDevelop;

        [assembly: FullstackProject("Shop", ExpectedUsers = 250, Stack = new[] { "aspnetcore", "react", "postgresql" })]
        [assembly: Feature("user-authentication")]
        [assembly: Requirement("ui.theme", "$(Theme)")]
        [assembly: Agent("price-feed", DependsOn = new[] { "backend-developer" }, Reads = new[] { "pricing." }, EstimatedMinutes = 5,
            Command = "sh tools/prices.sh", Outputs = new[] { "prices/feed.json" })]

        namespace Shop.Domain;

        [Entity] public sealed class Customer { public int Id { get; set; } [Required, MaxLength(100)] public string Name { get; set; } = ""; public List<Order> Orders { get; set; } = new(); }
        [Entity] public sealed class Order { public int Id { get; set; } public int CustomerId { get; set; } public Customer? Customer { get; set; } public DateTime PlacedAt { get; set; } }
        [Entity] public sealed class OrderLine { public int Id { get; set; } public int OrderId { get; set; } public Order? Order { get; set; } public int ProductId { get; set; } public Product? Product { get; set; } public int Quantity { get; set; } }
        [Entity] public sealed class Product { public int Id { get; set; } [Required, MaxLength(200)] public string Title { get; set; } = ""; public decimal Price { get; set; }$(ProductFields) }
        """;

    // Fails while tools/fail exists, so a test can break the agent without changing its inputs.
    private const string PricesScript = """
        if [ -f tools/fail ]; then echo "price source unreachable" >&2; exit 3; fi
        mkdir -p "$FULLSTACK_OUTPUT_DIR/prices"
        printf '{"currency":"EUR","requirements":%s}\n' "$(cat "$FULLSTACK_REQUIREMENTS")" > "$FULLSTACK_OUTPUT_DIR/prices/feed.json"
        """;

    private readonly TemporaryDirectory _directory = new();
    private readonly Dictionary<string, string> _environment;

    /// <param name="package">The packed package the project references.</param>
    /// <param name="cacheFolder">The disk cache; a folder of the project's own when null.</param>
    /// <param name="targetFrameworks">The target frameworks; more than one makes a multi-targeted project.</param>
    public AgentProject(PackedPackage package, string? cacheFolder = null, params string[] targetFrameworks)
    {
        CacheFolder = cacheFolder ?? _directory.Combine("cache");
        var frameworks = targetFrameworks.Length == 0 ? new[] { "net10.0" } : targetFrameworks;
        ReportPath = _directory.Combine("obj", "Debug", frameworks[0], "fullstack", "fullstack-report.json");
        _environment = package.PrepareConsumer(_directory.Path, targetingPacks: frameworks.Length > 1);
        Write("Shop.csproj", Project
            .Replace("$(TargetFrameworkProperty)", frameworks.Length == 1 ? "TargetFramework" : "TargetFrameworks", StringComparison.Ordinal)
            .Replace("$(TargetFrameworks)", string.Join(";", frameworks), StringComparison.Ordinal)
            .Replace("$(FullstackVersion)", package.Version, StringComparison.Ordinal)
            .Replace("$(CacheFolder)", CacheFolder, StringComparison.Ordinal));
        Write("tools/prices.sh", PricesScript);
        SetRequirements(Theme, string.Empty);
    }

    public string Root => _directory.Path;

    public string CacheFolder { get; }

    public string OutputFolder => _directory.Combine("fullstack");

    /// <summary>The report of the build that runs the agents: the first target framework's.</summary>
    public string ReportPath { get; }

    public void SetRequirements(string theme, string productFields) =>
        Write("Requirements.cs", Requirements.Replace("$(Theme)", theme, StringComparison.Ordinal).Replace("$(ProductFields)", productFields, StringComparison.Ordinal));

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public Task<ProcessResult> BuildAsync(bool expectSuccess = true) => DotnetAsync("build", expectSuccess);

    /// <summary>A successful build with extra arguments, such as <c>-p:FullstackAgentsEnabled=false</c>.</summary>
    public Task<ProcessResult> BuildWithAsync(params string[] arguments) => DotnetAsync("build", expectSuccess: true, arguments);

    public Task<ProcessResult> CleanAsync() => DotnetAsync("clean", expectSuccess: true);

    private async Task<ProcessResult> DotnetAsync(string command, bool expectSuccess, params string[] arguments)
    {
        var result = await ProcessRunner.DotnetAsync(Root, _environment, [command, "-nodeReuse:false", "-v:n", .. arguments]).ConfigureAwait(false);
        if (expectSuccess && result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe());
        }

        return result;
    }

    public BuildReport Report() => new(JsonDocument.Parse(File.ReadAllBytes(ReportPath)).RootElement.Clone());

    /// <summary>The agents' files in the output folder (<see cref="FilesUnder"/>), by path relative to it with '/', with their bytes.</summary>
    public SortedDictionary<string, byte[]> OutputFiles() => FilesUnder(OutputFolder);

    /// <summary>
    /// The files under <paramref name="folder"/> that the agents write, by relative path. The migration scripts are left
    /// out: they are not the build's outputs but a history kept across builds, cleans and moves (MigrationStepTests).
    /// </summary>
    public static SortedDictionary<string, byte[]> FilesUnder(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => (Relative: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
                .Where(file => !file.Relative.StartsWith("database/migrations/", StringComparison.Ordinal))
                .ToDictionary(file => file.Relative, file => File.ReadAllBytes(file.Path)),
            StringComparer.Ordinal);

    public void Delete(params string[] folders)
    {
        foreach (var folder in folders)
        {
            Directory.Delete(_directory.Combine(folder), recursive: true);
        }
    }

    public void Dispose() => _directory.Dispose();
}

/// <summary>The parts of <c>fullstack-report.json</c> the tests read.</summary>
internal sealed class BuildReport
{
    private readonly JsonElement _root;

    public BuildReport(JsonElement root)
    {
        _root = root;
    }

    public int AgentsRun => _root.GetProperty("agentsRun").GetInt32();

    public bool UpToDate => _root.GetProperty("upToDate").GetBoolean();

    public string Strategy => _root.GetProperty("strategy").GetString()!;

    public double CacheHitRatio => _root.GetProperty("cacheHitRatio").GetDouble();

    public int CacheRepairs => _root.GetProperty("cacheRepairs").GetInt32();

    public IReadOnlyDictionary<string, JsonElement> Agents =>
        _root.GetProperty("agents").EnumerateArray().ToDictionary(agent => agent.GetProperty("name").GetString()!, agent => agent);

    public string StatusOf(string agent) => Agents[agent].GetProperty("status").GetString()!;

    public string CacheLevelOf(string agent) => Agents[agent].GetProperty("cacheLevel").GetString()!;

    public IReadOnlyList<string> RenderedUnitsOf(string agent) =>
        Agents[agent].GetProperty("renderedUnits").EnumerateArray().Select(unit => unit.GetString()!).ToList();

    public IEnumerable<string> AgentsWithStatus(string status) => Agents.Where(agent => agent.Value.GetProperty("status").GetString() == status).Select(agent => agent.Key);
}
