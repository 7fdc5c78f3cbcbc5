using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace FullstackDevelop.Tests.Shared;

/// <summary>The exit code and output of a finished process.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    public string Describe() => $"`{CommandLine}` exited with {ExitCode}:{Environment.NewLine}{Output}";
}

/// <summary>Runs the tools the tests drive (the dotnet CLI, node, npm) and collects what they print.</summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan DotnetTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Runs the dotnet CLI as a user would, isolated from the test host's MSBuild environment.</summary>
    public static Task<ProcessResult> DotnetAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        DotnetAsync(workingDirectory, environment, DotnetTimeout, arguments);

    /// <summary>
    /// Runs the dotnet CLI as <see cref="DotnetAsync(string, IReadOnlyDictionary{string, string}?, string[])"/> does, with a
    /// timeout of its own: a build of a thousand entities takes minutes, and longer on a machine other builds share.
    /// </summary>
    public static Task<ProcessResult> DotnetAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        var start = StartInfo("dotnet", workingDirectory, arguments);

        // `dotnet test` runs us inside MSBuild's environment; a child build must not inherit it.
        foreach (var key in new List<string>(start.Environment.Keys))
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        return RunAsync(start, timeout);
    }

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <exception cref="TimeoutException">It did not finish within <paramref name="timeout"/>; it and its children were killed.</exception>
    public static Task<ProcessResult> RunAsync(string fileName, string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(StartInfo(fileName, workingDirectory, arguments), timeout);

    private static ProcessStartInfo StartInfo(string fileName, string workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static async Task<ProcessResult> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        var commandLine = start.FileName + " " + string.Join(' ', start.ArgumentList);
        using var process = Process.Start(start) ?? throw new InvalidOperationException(start.FileName + " could not be started.");
        var output = new StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(timeout)).ConfigureAwait(false) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{commandLine} did not finish within {timeout}.{Environment.NewLine}{output}");
        }

        await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
        return new ProcessResult(commandLine, process.ExitCode, output.ToString());
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder output)
    {
        string? line;
        while ((line = await reader.ReadLineAsync().ConfigureAwait(false)) is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
