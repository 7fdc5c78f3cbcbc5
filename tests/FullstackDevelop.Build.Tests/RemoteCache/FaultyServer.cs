using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FullstackDevelop.Build.Tests.RemoteCache;

/// <summary>How a <see cref="FaultyServer"/> misbehaves.</summary>
public enum Fault
{
    /// <summary>Every request answers 500.</summary>
    ServerError,

    /// <summary>Every request is read and never answered.</summary>
    Hang,

    /// <summary>Every request answers 200 with a Content-Length of 1000 and closes after 10 bytes.</summary>
    TruncatedBody,
}

/// <summary>
/// A cache server that fails on purpose, on a free 127.0.0.1 port: a TCP listener that reads each request's head and
/// answers it the faulty way. It counts the requests, so a test can bound what an outage costs.
/// </summary>
internal sealed class FaultyServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Fault _fault;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _requests;

    public FaultyServer(Fault fault)
    {
        _fault = fault;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/cache/";

    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _accepting.Wait();
        }
        catch (AggregateException)
        {
            // The listener stopped under the accept.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII, false, 1, leaveOpen: true);
                while (await ReadRequestAsync(reader, stream) is true)
                {
                    Interlocked.Increment(ref _requests);
                    switch (_fault)
                    {
                        case Fault.ServerError:
                            await WriteAsync(stream, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
                            break;
                        case Fault.Hang:
                            await Task.Delay(Timeout.Infinite, _stop.Token);
                            return;
                        case Fault.TruncatedBody:
                            await WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n0123456789");
                            return;
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up or the server stopped.
            }
        }
    }

    // Reads one request's head and skips its body; false when the connection closed.
    private static async Task<bool> ReadRequestAsync(StreamReader reader, NetworkStream stream)
    {
        var length = 0;
        var first = true;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length == 0)
            {
                if (first)
                {
                    continue;
                }

                var body = new char[length];
                var read = 0;
                while (read < length)
                {
                    var count = await reader.ReadAsync(body, read, length - read);
                    if (count == 0)
                    {
                        return false;
                    }

                    read += count;
                }

                return true;
            }

            first = false;
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return false;
    }

    private static Task WriteAsync(NetworkStream stream, string response)
    {
        var bytes = Encoding.ASCII.GetBytes(response);
        return stream.WriteAsync(bytes, 0, bytes.Length);
    }
}
