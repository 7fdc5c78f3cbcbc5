using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace FullstackDevelop.Generators.Tests.Runtime.Hosting;

/// <summary>
/// A generated app started in the test process on a free port of 127.0.0.1 with its own SQLite file, loaded in a
/// collectible context of its own so that apps of different models never share types.
/// </summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AssemblyLoadContext _context;
    private readonly string _folder;

    // The apps run in the test process and share its thread pool with the tests; SQLite does its I/O synchronously,
    // so on two cores the pool would otherwise starve and add threads one by one while requests wait.
    static RunningApp() => ThreadPool.SetMinThreads(Math.Max(32, Environment.ProcessorCount), Math.Max(32, Environment.ProcessorCount));

    private RunningApp(WebApplication app, AssemblyLoadContext context, string folder, CapturedLogs logs)
    {
        _app = app;
        _context = context;
        _folder = folder;
        Logs = logs;
        BaseAddress = new Uri(app.Urls.Single());
    }

    public Uri BaseAddress { get; }

    // SQLite syncs the file on every commit: memory-backed /dev/shm (Linux) keeps a smoke test's many small commits off
    // the disk, and the app runs the same.
    private static string DatabaseRoot => Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    public CapturedLogs Logs { get; }

    /// <summary>Loads <paramref name="image"/> and starts it through its host class; throws what the app throws while starting.</summary>
    public static async Task<RunningApp> StartAsync(byte[] image, string rootNamespace)
    {
        var folder = Path.Combine(DatabaseRoot, "fullstack-runtime-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var context = new AssemblyLoadContext("app-" + rootNamespace + "-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var logs = new CapturedLogs();
        try
        {
            using var stream = new MemoryStream(image);
            var assembly = context.LoadFromStream(stream);
            var host = assembly.GetType(SmokeHostSource.TypeName(rootNamespace), throwOnError: true)!;
            var start = host.GetMethod("StartAsync", BindingFlags.Public | BindingFlags.Static)!;
            var app = await ((Task<WebApplication>)start.Invoke(null, new object[] { Path.Combine(folder, "app.db"), logs })!).ConfigureAwait(false);
            return new RunningApp(app, context, folder, logs);
        }
        catch (Exception exception)
        {
            Cleanup(context, folder);
            var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
            throw new InvalidOperationException("The app did not start: " + Describe(cause) + Environment.NewLine + string.Join(Environment.NewLine, logs.Entries), cause);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Cleanup(_context, _folder);
    }

    // The chain of messages, and where the first was thrown: the stack's top frames point at the generated code or EF Core's check.
    private static string Describe(Exception exception)
    {
        var text = new System.Text.StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            text.Append(current.GetType().Name).Append(": ").AppendLine(current.Message);
        }

        foreach (var frame in (exception.StackTrace ?? string.Empty).Split('\n').Take(6))
        {
            text.AppendLine(frame.TrimEnd());
        }

        return text.ToString();
    }

    private static void Cleanup(AssemblyLoadContext context, string folder)
    {
        context.Unload();

        // Pooled connections keep the database file open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left in the temporary folder; it does not change the result.
        }
    }
}
