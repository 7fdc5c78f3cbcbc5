using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Generators.Tests.Browser;

/// <summary>
/// One generated app deployed the production way on this machine: its frontend built by the build stage of
/// deploy/frontend.Dockerfile and served by a real nginx with deploy/nginx/default.conf.template, which forwards /api
/// to the generated backend served by Kestrel on 127.0.0.1 in Production, on a SQLite database of its own.
/// </summary>
internal sealed class ProductionSite : IAsyncDisposable
{
    private readonly TemporaryDirectory _folder;
    private readonly Nginx _nginx;

    private ProductionSite(TemporaryDirectory folder, GeneratedWebApp api, Nginx nginx)
    {
        _folder = folder;
        Api = api;
        _nginx = nginx;
    }

    /// <summary>The backend behind nginx; its client calls it directly, not through nginx.</summary>
    public GeneratedWebApp Api { get; }

    /// <summary>The frontend's address, where a user opens the app: nginx on 127.0.0.1.</summary>
    public Uri Address => new("http://127.0.0.1:" + _nginx.Port + "/");

    /// <summary>
    /// Generates the app of <paramref name="sources"/> (its C# backend in the compilation, its agents' files as the build
    /// task renders them), builds its frontend image's files and starts the backend with <paramref name="settings"/> and
    /// nginx on <paramref name="webPort"/> in front of it.
    /// </summary>
    public static async Task<ProductionSite> StartAsync(SourceFile[] sources, string rootNamespace, string prefix, int webPort, IReadOnlyDictionary<string, string?> settings)
    {
        var outcome = GeneratorHarness.Run(
            GeneratorHarness.CreateDriver(rootNamespace: rootNamespace, additionalTexts: GeneratorHarness.Templates(sources)),
            GeneratorHarness.Compile(sources, rootNamespace, web: true));
        var problems = outcome.CompilationProblems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        var requirements = RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!);
        var files = AgentArtifacts.Render(requirements, rootNamespace, "devops-engineer", "frontend-developer");
        var folder = new TemporaryDirectory();
        var image = await FrontendImage.BuildAsync(files, folder.Path);

        // Production with the schema created at startup, as the migration job would have created it before the app.
        var api = await GeneratedWebApp.StartAsync(
            GeneratedWebApp.Load(outcome.Output),
            rootNamespace,
            prefix,
            "Production",
            GeneratedWebApp.SchemaOnStartup.Concat(settings).ToDictionary(pair => pair.Key, pair => pair.Value));
        var nginx = await image.ServeAsync(folder.Combine("nginx"), api.Client.BaseAddress!.GetLeftPart(UriPartial.Authority), webPort);
        return new ProductionSite(folder, api, nginx);
    }

    public async ValueTask DisposeAsync()
    {
        _nginx.Dispose();
        await Api.DisposeAsync();
        _folder.Dispose();
    }
}
