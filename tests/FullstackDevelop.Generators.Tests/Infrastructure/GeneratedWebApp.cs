using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>
/// A project's generated backend, compiled, loaded and served by Kestrel on a free port of 127.0.0.1 with a SQLite
/// database of its own, the way its <c>Program.cs</c> would (<c>Add{Prefix}Backend</c>, <c>Map{Prefix}Endpoints</c>).
/// </summary>
internal sealed class GeneratedWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;
    private readonly Type _contextType;

    private GeneratedWebApp(WebApplication app, string directory, Type contextType)
    {
        _app = app;
        _directory = directory;
        _contextType = contextType;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public HttpClient Client { get; }

    /// <summary>The SQLite database file the app was started with.</summary>
    public string DatabaseFile => Path.Combine(_directory, "app.db");

    /// <summary>Emits <paramref name="compilation"/> (which holds the generated code) and loads it, once for any number of apps.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        stream.Position = 0;

        // Its own load context: ASP.NET Core, EF Core and the attributes resolve to the copies the tests already loaded.
        return new AssemblyLoadContext("generated-app-" + Guid.NewGuid().ToString("N")).LoadFromStream(stream);
    }

    /// <summary>
    /// Settings for an app outside Development that creates its schema at startup, as <c>--migrate</c> would have before
    /// it in a deployment: tests of production behaviour (CORS, health, metrics) run no migration first.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> SchemaOnStartup = new Dictionary<string, string?> { ["Database:CreateOnStartup"] = "true" };

    /// <summary>
    /// Starts the backend of <paramref name="assembly"/> in <paramref name="environment"/>, with a new database, the
    /// configuration values of <paramref name="settings"/> over the defaults, and the services <paramref name="services"/>
    /// registers before the backend's own.
    /// </summary>
    public static async Task<GeneratedWebApp> StartAsync(
        Assembly assembly,
        string rootNamespace,
        string prefix,
        string environment,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var directory = NewContentRoot();
        var database = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:" + prefix] = "Data Source=" + Path.Combine(directory, "app.db"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            database[key] = value;
        }

        return await StartAsync(assembly, rootNamespace, prefix, new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = directory }, database, services);
    }

    /// <summary>
    /// Starts the backend of <paramref name="assembly"/> in <paramref name="environment"/> in an empty content root, with
    /// no configuration but <paramref name="settings"/>, as a new project with no settings written by hand starts, under
    /// the application name <paramref name="applicationName"/> (what a project's assembly name is to a real app).
    /// </summary>
    public static Task<GeneratedWebApp> StartUnconfiguredAsync(
        Assembly assembly,
        string rootNamespace,
        string prefix,
        string environment,
        string applicationName,
        IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(
            assembly,
            rootNamespace,
            prefix,
            new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = NewContentRoot(), ApplicationName = applicationName },
            settings ?? new Dictionary<string, string?>(),
            null);

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The app's content root, where a relative SQLite path is taken from.</summary>
    public string ContentRoot => _directory;

    private static string NewContentRoot()
    {
        var directory = Path.Combine(Path.GetTempPath(), "fullstack-app-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static async Task<GeneratedWebApp> StartAsync(
        Assembly assembly,
        string rootNamespace,
        string prefix,
        WebApplicationOptions options,
        IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection>? services)
    {
        var extensions = assembly.GetType(rootNamespace + "." + prefix + "BackendExtensions", throwOnError: true)!;
        var contextType = assembly.GetType(rootNamespace + ".Data." + prefix + "DbContext", throwOnError: true)!;

        var builder = WebApplication.CreateBuilder(options);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        services?.Invoke(builder.Services);
        Invoke(extensions, "Add" + prefix + "Backend", builder.Services, builder.Configuration);
        var app = builder.Build();
        Invoke(extensions, "Map" + prefix + "Endpoints", app);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(options.ContentRootPath!, recursive: true);
            throw;
        }

        return new GeneratedWebApp(app, options.ContentRootPath!, contextType);
    }

    /// <summary>The SQL that creates the schema, as EF Core makes it from the generated model on the configured provider.</summary>
    public string CreateScript()
    {
        using var scope = _app.Services.CreateScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(_contextType);
        return context.Database.GenerateCreateScript();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static void Invoke(Type type, string method, params object[] arguments)
    {
        var target = type.GetMethod(method, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException(type + " has no " + method);
        target.Invoke(null, arguments);
    }
}
