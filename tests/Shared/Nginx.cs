using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace FullstackDevelop.Tests.Shared;

/// <summary>
/// A real nginx on 127.0.0.1 with a generated server block, set up the way the nginx image does it: the template's
/// <c>${NAME}</c> variables replaced by the environment's values (its envsubst step), the result included in the
/// <c>http</c> block. Stopped on dispose.
/// </summary>
internal sealed class Nginx : IDisposable
{
    private readonly Process _process;

    private Nginx(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The nginx executable: on the PATH, or where Debian puts it (/usr/sbin is not on every user's PATH).</summary>
    public static string? Find() => ToolPath.Find("nginx", "/usr/sbin/nginx");

    /// <summary>A free TCP port on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>What the nginx image's envsubst step makes of <paramref name="template"/>: only the given variables are replaced.</summary>
    public static string Substitute(string template, IReadOnlyDictionary<string, string> environment) =>
        Regex.Replace(template, @"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", match => environment.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);

    /// <summary>Starts nginx in <paramref name="folder"/> with <paramref name="serverBlock"/>, listening on <paramref name="port"/>.</summary>
    public static async Task<Nginx> StartAsync(string folder, string serverBlock, int port)
    {
        Directory.CreateDirectory(Path.Combine(folder, "conf.d"));
        await File.WriteAllTextAsync(Path.Combine(folder, "conf.d", "default.conf"), serverBlock);

        // The image's nginx.conf in short: what it sets around the server block, with every path in the test's folder.
        var temp = Path.Combine(folder, "temp");
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events {}
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                include {{folder}}/conf.d/*.conf;
            }
            """);
        Directory.CreateDirectory(temp);
        var start = new ProcessStartInfo(Find() ?? throw new InvalidOperationException("nginx is not installed."))
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + await process.StandardError.ReadToEndAsync() + ReadLog(folder));
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new Nginx(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("nginx did not listen on " + port + ReadLog(folder));
    }

    public void Dispose()
    {
        // The master's workers are its children: killing the master alone would leave them running.
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static string ReadLog(string folder)
    {
        var log = Path.Combine(folder, "error.log");
        return File.Exists(log) ? Environment.NewLine + string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(20)) : string.Empty;
    }
}
