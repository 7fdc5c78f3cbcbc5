using System;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// Rendering one entity's backend files (every per-entity artifact of the built-in catalog, with
/// every package present, through <see cref="BackendRenderer"/>) with the templates parsed on every
/// render, against the parsed ASTs of a warmed cache, which is what the generator does after the
/// first render in a process. The entity is the sample's <c>Book</c>, from the Bookstore requirements
/// snapshot; the setup prints how many files and templates that is.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private const string SnapshotPath = "tests/FullstackDevelop.Generators.Tests/Snapshots/Bookstore.requirements.json";
    private const string EntityName = "Book";

    private static readonly GeneratorTool Tool = new("FullstackDevelop.Generators", "0.1.0");
    private static readonly BackendPackages AllPackages = new(AspNetCore: true, EntityFrameworkCore: true, Sqlite: true, PostgreSql: true, OpenApi: true, JwtBearer: true);

    private BackendSettings _settings = null!;
    private BackendEntity _entity = null!;
    private BackendRenderer _cachedRenderer = null!;
    private ParsedTemplateCache _warmCache = null!;
    private int _templatesPerRender;

    [GlobalSetup]
    public void GlobalSetup()
    {
        var requirements = RequirementsJson.Read(File.ReadAllText(RepositoryFile(SnapshotPath)));
        var model = BackendModelBuilder.Build(requirements, "Bookstore");
        _settings = model.Settings;
        _entity = model.Entities.Single(entity => entity.Name == EntityName);

        // How many templates one render parses, counted on a cache of its own.
        var counting = new ParsedTemplateCache(16);
        var expected = Render(Renderer(counting));
        _templatesPerRender = checked((int)counting.ParseCount);
        if (_templatesPerRender == 0)
        {
            throw new InvalidOperationException("Rendering the entity parsed no template.");
        }

        _warmCache = new ParsedTemplateCache(16);
        _cachedRenderer = Renderer(_warmCache);
        Render(_cachedRenderer);
        var warmedParses = _warmCache.ParseCount;
        var cached = Render(_cachedRenderer);
        if (_warmCache.ParseCount != warmedParses)
        {
            throw new InvalidOperationException("Rendering with a warmed cache parsed a template again.");
        }

        if (!cached.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new InvalidOperationException("The cached render differs from the parse-and-render output.");
        }

        Console.WriteLine($"// {EntityName}: {expected.Length} file(s), {_templatesPerRender} template(s) parsed per uncached render, {expected.Sum(text => text.Length)} characters.");
    }

    /// <summary>A new cache per render: every template the render uses is parsed, then rendered.</summary>
    [Benchmark(Baseline = true)]
    public RenderedFiles ParseAndRender() =>
        Renderer(new ParsedTemplateCache(16)).RenderEntity(_settings, AllPackages, _entity, CancellationToken.None);

    /// <summary>The warmed cache's parsed templates: rendering only.</summary>
    [Benchmark]
    public RenderedFiles CachedRender() =>
        _cachedRenderer.RenderEntity(_settings, AllPackages, _entity, CancellationToken.None);

    private static BackendRenderer Renderer(ParsedTemplateCache cache) =>
        new(new TemplateRenderer(TemplateCatalog.BuiltIn, cache, RenderLimits.Default), Tool);

    private string[] Render(BackendRenderer renderer)
    {
        var rendered = renderer.RenderEntity(_settings, AllPackages, _entity, CancellationToken.None);
        if (rendered.Problems.Count > 0 || rendered.Files.Count == 0)
        {
            throw new InvalidOperationException("The entity did not render: " + string.Join("; ", rendered.Problems.Select(problem => problem.Message)));
        }

        return rendered.Files.Select(file => file.FileName + "\n" + file.Text).ToArray();
    }

    // BenchmarkDotNet runs a copy of this project from below bin/, so look upwards for the repository.
    private static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Could not find " + relativePath + " above " + AppContext.BaseDirectory);
    }
}
