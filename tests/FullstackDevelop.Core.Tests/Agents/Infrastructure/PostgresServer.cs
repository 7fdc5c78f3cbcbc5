using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server the test starts itself, as the end-to-end tests do: <c>initdb</c> in a temp folder and
/// <c>pg_ctl</c> on a free port of 127.0.0.1, as the <c>postgres</c> user when the tests run as root (PostgreSQL refuses
/// to run as root). SQL goes through <c>psql</c>, the client the generated schema's users run. Stopped and deleted on dispose.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly string _bin;
    private readonly TemporaryDirectory _directory;
    private readonly string _data;
    private readonly int _port;

    private PostgresServer(string bin)
    {
        _bin = bin;
        _directory = new TemporaryDirectory();
        _data = Path.Combine(_directory.Path, "data");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Starts a server, or skips the test with the reason when PostgreSQL is not installed; with
    /// <c>FULLSTACK_REQUIRE_INTEGRATION=1</c> (CI) a missing server fails the test instead.
    /// </summary>
    public static async Task<PostgresServer> StartOrSkipAsync()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(version => Path.Combine(version, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderBy(b => b, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
        {
            const string Reason = "PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/initdb); install it with: apt-get install postgresql";
            if (Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") == "1")
            {
                throw new InvalidOperationException(Reason + " (FULLSTACK_REQUIRE_INTEGRATION=1 forbids skipping)");
            }

            Skip.If(true, Reason);
        }

        var server = new PostgresServer(bin!);
        try
        {
            await server.RunAsServerUserAsync("initdb", "-D", server._data, "-U", "postgres", "--auth=trust", "-E", "UTF8");
            await server.RunAsServerUserAsync(
                "pg_ctl", "-D", server._data, "-l", Path.Combine(server._directory.Path, "server.log"), "-w", "-t", "60",
                "-o", $"-c listen_addresses=127.0.0.1 -p {server._port} -k {server._directory.Path}", "start");
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Runs <c>psql</c> against the <c>postgres</c> database with ON_ERROR_STOP and <paramref name="arguments"/> (such as <c>-f file</c> or <c>-c sql</c>).</summary>
    public Task<ProcessResult> PsqlAsync(string workingDirectory, params string[] arguments) => PsqlOnAsync("postgres", workingDirectory, arguments);

    /// <summary>Runs <c>psql</c> as <see cref="PsqlAsync"/> does, against <paramref name="database"/>.</summary>
    public Task<ProcessResult> PsqlOnAsync(string database, string workingDirectory, params string[] arguments) =>
        ProcessRunner.RunAsync(
            Path.Combine(_bin, "psql"),
            workingDirectory,
            Timeout,
            new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", database }.Concat(arguments).ToArray());

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            try
            {
                RunAsServerUserAsync("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop").GetAwaiter().GetResult();
            }
            catch (InvalidOperationException)
            {
                // It was not running; the folder goes anyway.
            }
        }

        _directory.Dispose();
    }

    private async Task RunAsServerUserAsync(string tool, params string[] arguments)
    {
        var command = Path.Combine(_bin, tool);
        ProcessResult result;
        if (Environment.UserName == "root")
        {
            // The postgres user must own the folder it initialises and writes its socket to.
            Check(await ProcessRunner.RunAsync("chown", _directory.Path, Timeout, "-R", "postgres:postgres", _directory.Path));
            result = await ProcessRunner.RunAsync("runuser", _directory.Path, Timeout, new[] { "-u", "postgres", "--", command }.Concat(arguments).ToArray());
        }
        else
        {
            result = await ProcessRunner.RunAsync(command, _directory.Path, Timeout, arguments);
        }

        Check(result);
    }

    private static void Check(ProcessResult result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe());
        }
    }
}
