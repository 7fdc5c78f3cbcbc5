using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using FullstackDevelop.Benchmarks.Infrastructure;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Benchmarks;

/// <summary>
/// Whole <c>dotnet build</c>s of the benchmark model (<see cref="BenchmarkModel"/>) as a user runs them: the package is
/// packed from this repository's sources, and for each size a web project referencing it and the backend's packages is
/// restored, then built cold, again with nothing changed, and after one property is added to one entity. Prints the
/// table of wall-clock times. Run with
/// <c>dotnet run -c Release --project tests/FullstackDevelop.Benchmarks -- builds [sizes…]</c> (500 and 2,000 by default).
/// </summary>
internal static class DotnetBuildScenarios
{
    private static readonly int[] DefaultSizes = { 500, 2000 };

    public static int Run(IReadOnlyList<string> arguments)
    {
        var sizes = arguments.Count == 0 ? DefaultSizes : arguments.Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray();
        using var root = new TemporaryDirectory();
        var feed = root.Combine("feed");
        var version = "0.1.0-scale." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Dotnet(RepositoryPaths.Root, null, "pack", RepositoryPaths.Combine("src", "FullstackDevelop.Generators", "FullstackDevelop.Generators.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version);

        Console.WriteLine($"dotnet build of the benchmark model from the packed package, {Environment.ProcessorCount} cores; seconds");
        Console.WriteLine();
        Console.WriteLine("| Entities | cold | no-op | one property added | files in fullstack/ |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var folder = root.Combine(size.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            BenchmarkModel.WriteWebProject(folder, size, version, emitGeneratedFiles: false);
            BenchmarkModel.Write(folder, "nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            RestoredPackages.AddSource(folder);

            // A packages folder of the project's own, so the freshly packed version is the one restored.
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(folder, ".packages") };
            Dotnet(folder, environment, "restore");
            var cold = Dotnet(folder, environment, "build", "--no-restore", "-nodeReuse:false");
            var noOp = Dotnet(folder, environment, "build", "--no-restore", "-nodeReuse:false");
            var edited = SyntheticProject.EditedEntity(size);
            BenchmarkModel.Write(folder, BenchmarkModel.EntityPath(edited), BenchmarkModel.EntityFile(edited, size, addedProperty: true));
            var oneProperty = Dotnet(folder, environment, "build", "--no-restore", "-nodeReuse:false");
            var files = Directory.GetFiles(Path.Combine(folder, "fullstack"), "*", SearchOption.AllDirectories).Length;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0:N0} | {1:0.0} | {2:0.0} | {3:0.0} | {4:N0} |", size, cold, noOp, oneProperty, files));
        }

        return 0;
    }

    // Runs the dotnet CLI and returns its wall-clock seconds; a failure ends the run with the tool's output.
    private static double Dotnet(string folder, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = ProcessRunner.DotnetAsync(folder, environment, TimeSpan.FromHours(1), arguments).GetAwaiter().GetResult();
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe());
        }

        return stopwatch.Elapsed.TotalSeconds;
    }
}
