using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server the test starts itself: <c>initdb</c> in a temp folder and
/// <c>pg_ctl</c> on a free port of 127.0.0.1, as the <c>postgres</c> user when the tests run as
/// root (PostgreSQL refuses to run as root). Stopped and deleted on dispose.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly TemporaryDirectory _directory;
    private readonly string _data;

    private PostgresServer(string bin)
    {
        _bin = bin;
        _directory = new TemporaryDirectory();
        _data = Path.Combine(_directory.Path, "data");
        Port = FreePort.Next();
    }

    public int Port { get; }

    /// <summary>A connection string for a superuser (trust authentication, loopback only) to <paramref name="database"/>.</summary>
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres";

    /// <summary>Runs psql as the superuser against the <c>postgres</c> database; returns its exit code and output.</summary>
    public (int ExitCode, string Output) Psql(params string[] arguments)
    {
        var psql = File.Exists(Path.Combine(_bin, "psql")) ? Path.Combine(_bin, "psql") : "psql";
        var start = new ProcessStartInfo(psql) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", "postgres" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("psql could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    /// <summary>Where the server's binaries are, or why the server cannot be started here.</summary>
    public static (string? Bin, string Reason) Locate()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(version => Path.Combine(version, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderBy(b => b, StringComparer.Ordinal).LastOrDefault()
            : null;
        return bin is null
            ? (null, "PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/initdb); install it with: apt-get install postgresql")
            : (bin, string.Empty);
    }

    public static PostgresServer Start(string bin)
    {
        var server = new PostgresServer(bin);
        try
        {
            server.Run("initdb", "-D", server._data, "-U", "postgres", "--auth=trust", "-E", "UTF8");
            server.Resume();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Stops the server, keeping its data, as an outage would; <see cref="Resume"/> starts it again on the same port.</summary>
    public void Stop() => Run("pg_ctl", "-D", _data, "-m", "fast", "-w", "stop");

    /// <summary>Starts the server on its port and waits until it accepts connections.</summary>
    public void Resume() => Run("pg_ctl", "-D", _data, "-l", Path.Combine(_directory.Path, "server.log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {_directory.Path}", "start");

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            try
            {
                Run("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // It was not running; the folder goes anyway.
            }
        }

        _directory.Dispose();
    }

    private void Run(string tool, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // The postgres user must own the folder it initialises and writes its socket to.
            Exec("chown", "-R", "postgres:postgres", _directory.Path);
        }

        var command = Path.Combine(_bin, tool);
        if (asRoot)
        {
            Exec("runuser", new[] { "-u", "postgres", "--", command }.Concat(arguments).ToArray());
        }
        else
        {
            Exec(command, arguments);
        }
    }

    private static void Exec(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(file + " could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {output.Result}{error}");
        }
    }
}
