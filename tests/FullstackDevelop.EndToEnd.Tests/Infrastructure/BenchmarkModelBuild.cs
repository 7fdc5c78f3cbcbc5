using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One cold <c>dotnet build</c> of a web project of JHipster's benchmark model (<see cref="BenchmarkModel"/>) that
/// references the packed package and the backend's packages, shared by every test of a class: the first test to ask
/// runs it, the others await the same build. The generated sources are written to disk so tests can read them.
/// </summary>
public sealed class BenchmarkModelBuild : IDisposable
{
    /// <summary>How many entities the project declares.</summary>
    public const int Entities = 1000;

    // A few minutes on a quiet 2-core machine; several times that when other builds share it.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(30);

    private readonly TemporaryDirectory _directory = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Result? _result;

    public string Root => _directory.Path;

    public string OutputFolder => _directory.Combine("fullstack");

    public string GeneratedFolder => _directory.Combine("generated");

    public string ReportPath => _directory.Combine("obj", "Debug", "net10.0", "fullstack", "fullstack-report.json");

    /// <summary>The build's output and how long it took, building it on the first call.</summary>
    internal async Task<Result> BuildAsync(PackedPackage package)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return _result ??= await RunAsync(package).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Result> RunAsync(PackedPackage package)
    {
        var environment = package.PrepareConsumer(Root);
        RestoredPackages.AddSource(Root);
        BenchmarkModel.WriteWebProject(Root, Entities, package.Version, emitGeneratedFiles: true);

        // Restored apart, so the time measured is the build's alone.
        var restore = await ProcessRunner.DotnetAsync(Root, environment, "restore").ConfigureAwait(false);
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException(restore.Describe());
        }

        var stopwatch = Stopwatch.StartNew();
        var build = await ProcessRunner.DotnetAsync(Root, environment, BuildTimeout, "build", "--no-restore", "-nodeReuse:false").ConfigureAwait(false);
        return new Result(build, stopwatch.Elapsed);
    }

    public void Dispose()
    {
        _gate.Dispose();
        _directory.Dispose();
    }

    /// <summary>The build's output and its wall-clock time (restore excluded).</summary>
    internal sealed record Result(ProcessResult Build, TimeSpan Elapsed);
}
