using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// Runs a custom agent's command through the system shell, from the project directory. The command learns where to
/// write from <c>FULLSTACK_OUTPUT_DIR</c> (a fresh folder of its own; its declared outputs are paths in it) and reads its
/// requirement slice from the JSON file at <c>FULLSTACK_REQUIREMENTS</c>. Its files are cached like a template agent's.
/// </summary>
internal sealed class CommandAgent
{
    // The end of a failing command's output that the build error shows: enough for a stack trace, not a whole log.
    private const int OutputTail = 4_000;

    private static readonly MethodInfo? KillEntireProcessTree = typeof(Process).GetMethod(nameof(Process.Kill), new[] { typeof(bool) });

    private readonly string _projectDirectory;
    private readonly string _workingDirectory;
    private readonly AgentResultCache _cache;
    private readonly Func<DateTimeOffset> _clock;

    public CommandAgent(string projectDirectory, string workingDirectory, AgentResultCache cache, Func<DateTimeOffset> clock)
    {
        _projectDirectory = projectDirectory;
        _workingDirectory = workingDirectory;
        _cache = cache;
        _clock = clock;
    }

    public async Task<(AgentProduct? Product, AgentOutcome? Failure)> RunAsync(AgentDefinition agent, string key, IReadOnlyDictionary<string, string> slice, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var folder = Path.Combine(_workingDirectory, "agents", agent.Name);
        var outputFolder = Path.Combine(folder, "out");
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }

        Directory.CreateDirectory(outputFolder);
        var requirementsPath = Path.Combine(folder, "requirements.json");
        AtomicFile.Write(requirementsPath, JsonSerializer.SerializeToUtf8Bytes(slice));

        var (exitCode, output, startError) = await RunProcessAsync(agent, outputFolder, requirementsPath, cancellationToken).ConfigureAwait(false);
        if (startError is not null)
        {
            return (null, AgentOutcome.Failure(AgentFailureCodes.CommandNotStarted, "The command '" + agent.Command + "' could not be started: " + startError, isRetryable: false));
        }

        if (exitCode != 0)
        {
            var message = "The command '" + agent.Command + "' exited with code " + exitCode + "." + (output.Length > 0 ? Environment.NewLine + output : string.Empty);

            // A command's failure may be passing (a network fetch, a busy file), so it is retried with backoff.
            return (null, AgentOutcome.Failure(AgentFailureCodes.CommandFailed, message, isRetryable: true));
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var declared in agent.Outputs)
        {
            if (!CachedAgentResult.IsValidPath(declared))
            {
                var message = "The declared output '" + declared + "' of '" + agent.Name + "' is not a relative path inside the output folder ('/' separators, no '.' or '..').";
                return (null, AgentOutcome.Failure(AgentFailureCodes.OutputMissing, message, isRetryable: false));
            }

            var path = Path.Combine(outputFolder, declared);
            if (!File.Exists(path))
            {
                var message = "The command '" + agent.Command + "' succeeded but did not write its declared output '" + declared + "' (into the folder in FULLSTACK_OUTPUT_DIR).";
                return (null, AgentOutcome.Failure(AgentFailureCodes.OutputMissing, message, isRetryable: false));
            }

            files[declared] = File.ReadAllBytes(path);
        }

        var result = new CachedAgentResult(agent.Name, files, stopwatch.Elapsed, _clock());
        _cache.PutShared(key, result, cancellationToken);
        return (new AgentProduct(result, key, null, default, 1), null);
    }

    private async Task<(int ExitCode, string Output, string? StartError)> RunProcessAsync(AgentDefinition agent, string outputFolder, string requirementsPath, CancellationToken cancellationToken)
    {
        var windows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
        var start = new ProcessStartInfo
        {
            FileName = windows ? "cmd.exe" : "/bin/sh",
            Arguments = windows ? "/d /s /c \"" + agent.Command + "\"" : "-c " + QuoteArgument(agent.Command!),
            WorkingDirectory = _projectDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
        };
        start.Environment["FULLSTACK_OUTPUT_DIR"] = outputFolder;
        start.Environment["FULLSTACK_REQUIREMENTS"] = requirementsPath;
        start.Environment["FULLSTACK_AGENT"] = agent.Name;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var exited = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.Exited += (_, _) => exited.TrySetResult(true);
        DataReceivedEventHandler append = (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(line.Data);
                }
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            return (-1, string.Empty, exception.Message);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using (cancellationToken.Register(() => Kill(process)))
        {
            await exited.Task.ConfigureAwait(false);
        }

        // A stopped command's output is not wanted, and what it started may still hold the streams open.
        cancellationToken.ThrowIfCancellationRequested();

        // Exited can fire before the last redirected lines arrive; this waits for the streams to drain.
        process.WaitForExit();
        string text;
        lock (output)
        {
            text = output.ToString().TrimEnd();
        }

        return (process.ExitCode, text.Length > OutputTail ? "…" + text.Substring(text.Length - OutputTail) : text, null);
    }

    // The command as one argument of the shell. On Unix .NET splits Arguments by the Windows rules: backslashes are
    // literal unless a double quote follows, so only those (and the ones before the closing quote) are doubled.
    private static string QuoteArgument(string argument)
    {
        var quoted = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var character in argument)
        {
            if (character == '\\')
            {
                backslashes++;
                continue;
            }

            quoted.Append('\\', character == '"' ? (2 * backslashes) + 1 : backslashes).Append(character);
            backslashes = 0;
        }

        return quoted.Append('\\', 2 * backslashes).Append('"').ToString();
    }

    // The shell and everything it started: a child left running would keep the build's output streams open. Kill(true)
    // is found at run time, as the library targets netstandard2.0; .NET Framework, which lacks it, kills the shell alone.
    private static void Kill(Process process)
    {
        try
        {
            if (KillEntireProcessTree is { } killTree)
            {
                killTree.Invoke(process, new object[] { true });
            }
            else
            {
                process.Kill();
            }
        }
        catch (TargetInvocationException exception) when (exception.InnerException is InvalidOperationException or Win32Exception or AggregateException)
        {
            // It has exited already, or is exiting.
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }
        catch (Win32Exception)
        {
            // It is exiting.
        }
    }
}
