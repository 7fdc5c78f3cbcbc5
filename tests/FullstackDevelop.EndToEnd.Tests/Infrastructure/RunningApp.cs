using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A built web app started as a real process on 127.0.0.1, reachable over HTTP until disposed.
/// Its output is kept, so a failing test can show what the app said.
/// </summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RunningApp(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="assembly"/> with <c>dotnet</c> and waits until <paramref name="readyPath"/> answers.</summary>
    public static Task<RunningApp> StartAsync(string assembly, string contentRoot, IReadOnlyDictionary<string, string> environment, string readyPath)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = contentRoot };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:" + port);
        return StartAsync(start, port, environment, readyPath);
    }

    /// <summary>
    /// Starts <paramref name="executable"/> in <paramref name="folder"/> as a container starts its entry point, with no
    /// arguments and the port in <c>ASPNETCORE_HTTP_PORTS</c>, and waits until <paramref name="readyPath"/> answers.
    /// </summary>
    public static Task<RunningApp> StartEntryPointAsync(string executable, string folder, IReadOnlyDictionary<string, string> environment, string readyPath)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo(executable) { WorkingDirectory = folder };
        var withPort = new Dictionary<string, string>(environment) { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return StartAsync(start, port, withPort, readyPath);
    }

    private static async Task<RunningApp> StartAsync(ProcessStartInfo start, int port, IReadOnlyDictionary<string, string> environment, string readyPath)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException(start.FileName + " could not be started.");
        var app = new RunningApp(process, new Uri("http://127.0.0.1:" + port));
        process.OutputDataReceived += (_, line) => app.Append(line.Data);
        process.ErrorDataReceived += (_, line) => app.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync(readyPath).ConfigureAwait(false);
        return app;
    }

    /// <summary>
    /// Builds the web project <paramref name="project"/> in <paramref name="folder"/>, starts it in Development with
    /// <paramref name="environment"/> and runs <paramref name="scenario"/> against it; a failure carries what the app said.
    /// </summary>
    public static async Task BuildAndRunAsync(string folder, string project, IDictionary<string, string> environment, Func<Uri, Task> scenario)
    {
        var build = await ProcessRunner.DotnetAsync(folder, null, "build", project + ".csproj").ConfigureAwait(false);
        Xunit.Assert.True(build.ExitCode == 0, build.Describe());

        var development = new Dictionary<string, string>(environment) { ["ASPNETCORE_ENVIRONMENT"] = "Development" };
        await using var app = await StartAsync(System.IO.Path.Combine(folder, "bin", "Debug", "net10.0", project + ".dll"), folder, development, "/openapi/v1.json").ConfigureAwait(false);
        await app.RunAsync(scenario).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="scenario"/> against this app; a failure carries what the app said.</summary>
    public async Task RunAsync(Func<Uri, Task> scenario)
    {
        try
        {
            await scenario(BaseAddress).ConfigureAwait(false);
        }
        catch (Xunit.Sdk.XunitException exception)
        {
            throw new Xunit.Sdk.XunitException(exception.Message + Environment.NewLine + "The app's output:" + Environment.NewLine + Output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(string readyPath)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} before it answered:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(readyPath, UriKind.Relative)).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer its first request.
            }

            await Task.Delay(250).ConfigureAwait(false);
        }

        throw new TimeoutException($"The app did not answer {readyPath} within {StartTimeout}:{Environment.NewLine}{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
