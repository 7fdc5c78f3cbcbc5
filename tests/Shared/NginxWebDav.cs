using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
namespace FullstackDevelop.Tests.Shared;

/// <summary>
/// A real nginx serving WebDAV (<c>PUT</c>, <c>GET</c>, <c>HEAD</c>) on a free 127.0.0.1 port, as a team would run it for
/// the remote cache: its configuration, files, pid and temp folders in a temp folder, one process in the foreground,
/// stopped on dispose. Every request is in its access log, which the tests count.
/// </summary>
internal sealed class NginxWebDav : IDisposable
{
    private readonly TemporaryDirectory _folder = new();
    private readonly Process _process;

    private NginxWebDav(string nginx)
    {
        Port = FreePort();
        Directory.CreateDirectory(DataFolder);
        foreach (var temp in new[] { "body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            Directory.CreateDirectory(_folder.Combine("temp", temp));
        }

        var config = _folder.Combine("nginx.conf");
        File.WriteAllText(config, $$"""
            daemon off;
            master_process off;
            pid {{_folder.Combine("nginx.pid")}};
            error_log {{_folder.Combine("error.log")}} warn;
            events { worker_connections 256; }
            http {
                client_body_temp_path {{_folder.Combine("temp", "body")}};
                proxy_temp_path {{_folder.Combine("temp", "proxy")}};
                fastcgi_temp_path {{_folder.Combine("temp", "fastcgi")}};
                uwsgi_temp_path {{_folder.Combine("temp", "uwsgi")}};
                scgi_temp_path {{_folder.Combine("temp", "scgi")}};
                log_format requests '$request_method $uri $status';
                access_log {{AccessLog}} requests;
                server {
                    listen 127.0.0.1:{{Port}};
                    root {{DataFolder}};
                    client_max_body_size 0;
                    location / {
                        dav_methods PUT DELETE MKCOL;
                        create_full_put_path on;
                        dav_access user:rw group:r all:r;
                    }
                }
            }
            """);
        _process = Process.Start(new ProcessStartInfo(nginx)
        {
            ArgumentList = { "-p", _folder.Path, "-c", config, "-e", _folder.Combine("error.log") },
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        WaitUntilListening();
    }

    /// <summary>The cache's base URL.</summary>
    public string Url => $"http://127.0.0.1:{Port}/cache/";

    /// <summary>Where nginx keeps the cache's files: <c>ac/</c> and <c>cas/</c>.</summary>
    public string CacheFolder => Path.Combine(DataFolder, "cache");

    private int Port { get; }

    private string DataFolder => _folder.Combine("data");

    private string AccessLog => _folder.Combine("access.log");

    /// <summary>The nginx binary, or null when nginx is not installed.</summary>
    public static string? Binary { get; } = new[] { "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    /// <summary>A running server; nginx must be installed (<see cref="Binary"/>).</summary>
    public static NginxWebDav Start() => new(Binary ?? throw new InvalidOperationException("nginx is not installed (apt-get install nginx)."));

    /// <summary>The requests served so far, as "METHOD /path status".</summary>
    public IReadOnlyList<string> Requests()
    {
        using var stream = new FileStream(AccessLog, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The files under <c>ac/</c> or <c>cas/</c>.</summary>
    public IReadOnlyList<string> Files(string level)
    {
        var folder = Path.Combine(CacheFolder, level);
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
        _folder.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + _process.StandardError.ReadToEnd() + File.ReadAllText(_folder.Combine("error.log")));
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException("nginx did not listen on 127.0.0.1:" + Port);
    }
}
