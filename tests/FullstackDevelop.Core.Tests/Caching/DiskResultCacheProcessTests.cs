using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.CacheWriter;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching;

/// <summary>
/// Several builds share one cache folder. The writer processes are FullstackDevelop.CacheWriter: the test
/// project references it, so the build copies its DLL, runtimeconfig and deps files next to the tests, and
/// the test starts it with <c>dotnet exec</c> from there.
/// </summary>
public sealed class DiskResultCacheProcessTests : IDisposable
{
    private const int Writers = 4;
    // Enough for every shared key to be replaced by every writer several times while the others read it.
    private const int Iterations = 30;

    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WritersInSeveralProcessesLeaveOnlyWholeVerifiedEntries()
    {
        var root = _folder.Combine("cache");
        var signals = _folder.Combine("signals");
        Directory.CreateDirectory(signals);
        var writers = Enumerable.Range(0, Writers).Select(writer => Start(root, writer, signals)).ToList();
        try
        {
            // Start them together, once every process is up, so their writes overlap.
            await WaitFor(() => Directory.GetFiles(signals, "ready-*").Length == Writers, "every writer to start");
            File.WriteAllText(Path.Combine(signals, "start"), string.Empty);

            foreach (var (process, errors) in writers)
            {
                Assert.True(await WaitForExit(process), "a writer process did not finish in time");
                Assert.True(process.ExitCode == 0, $"writer exited with {process.ExitCode}: {await errors}");
            }
        }
        finally
        {
            foreach (var (process, _) in writers)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }
        }

        var cache = new DiskResultCache(root);
        var keys = Enumerable.Range(0, CacheWriterWorkload.SharedKeyCount).Select(CacheWriterWorkload.SharedKey)
            .Concat(Enumerable.Range(0, Writers).SelectMany(writer => Enumerable.Range(0, CacheWriterWorkload.OwnKeyCount).Select(i => CacheWriterWorkload.OwnKey(writer, i))))
            .ToList();
        Assert.All(keys, key =>
        {
            var entry = cache.Get(key);
            Assert.NotNull(entry);
            Assert.True(CacheWriterWorkload.IsWhole(key, entry), "torn entry " + key);
        });
        Assert.Equal(keys.Count, Directory.GetFiles(Path.Combine(root, "ac")).Length);
        Assert.Empty(Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories));
        Assert.All(Directory.GetFiles(Path.Combine(root, "cas")), blob => Assert.Equal(Path.GetFileName(blob), HashOfDecompressed(blob)));
    }

    private static (Process Process, Task<string> Errors) Start(string root, int writer, string signals)
    {
        var writerDll = Path.Combine(AppContext.BaseDirectory, "FullstackDevelop.CacheWriter.dll");
        Assert.True(File.Exists(writerDll), "the writer is built next to the tests: " + writerDll);
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", writerDll, root, writer.ToString(CultureInfo.InvariantCulture), Iterations.ToString(CultureInfo.InvariantCulture), signals })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        return (process, process.StandardError.ReadToEndAsync());
    }

    // The SDK tells the processes it starts where its dotnet is; outside it (an IDE's runner) the one on PATH.
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static async Task WaitFor(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            Assert.False(timeout.IsCancellationRequested, "timed out waiting for " + what);
            await Task.Delay(10);
        }
    }

    private static async Task<bool> WaitForExit(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static string HashOfDecompressed(string blob)
    {
        using var gzip = new GZipStream(File.OpenRead(blob), CompressionMode.Decompress);
        return Convert.ToHexStringLower(SHA256.HashData(gzip));
    }
}
