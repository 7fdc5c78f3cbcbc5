using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FullstackDevelop.Core.Tests.Caching.Remote;

/// <summary>
/// An in-process cache server speaking the bazel-remote HTTP layout (GET, HEAD, PUT of <c>ac/</c> and <c>cas/</c>) over
/// a dictionary, recording every request; it can answer 500, hang until cancelled, or break connections instead.
/// </summary>
internal sealed class FakeCacheServer : HttpMessageHandler
{
    public static readonly Uri BaseAddress = new("http://cache.test/root/");

    private readonly ConcurrentQueue<string> _requests = new();

    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>What the server does instead of serving; null to serve.</summary>
    public string? Failure { get; set; }

    /// <summary>Methods the failure applies to; null for all.</summary>
    public HashSet<string>? FailingMethods { get; set; }

    public IReadOnlyList<string> Requests => _requests.ToArray();

    /// <summary>The distinct Authorization headers received.</summary>
    public HashSet<string> Authorizations { get; } = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = BaseAddress.MakeRelativeUri(request.RequestUri!).ToString();
        _requests.Enqueue(request.Method.Method + " " + path);
        if (request.Headers.Authorization is { } authorization)
        {
            lock (Authorizations)
            {
                Authorizations.Add(authorization.ToString());
            }
        }

        if (Failure is { } failure && (FailingMethods is null || FailingMethods.Contains(request.Method.Method)))
        {
            switch (failure)
            {
                case "500":
                    return new HttpResponseMessage(HttpStatusCode.InternalServerError);
                case "hang":
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    break;
                default:
                    throw new HttpRequestException("Connection refused");
            }
        }

        if (request.Method == HttpMethod.Put)
        {
            Files[path] = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.Created);
        }

        if (!Files.TryGetValue(path, out var body))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(request.Method == HttpMethod.Head ? [] : body) };
    }
}
