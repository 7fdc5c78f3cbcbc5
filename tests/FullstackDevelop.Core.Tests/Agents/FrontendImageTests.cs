using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Tests.Agents.Infrastructure;
using FullstackDevelop.Core.Tests.Backend;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// The production frontend as its image makes it, without a Docker engine: the build stage of deploy/frontend.Dockerfile
/// run step by step (its WORKDIR, COPY and RUN lines) on the generated files, then the built files served by a real nginx
/// with the generated configuration, substituted as the nginx image does, in front of an upstream standing for the API.
/// </summary>
public sealed class FrontendImageTests
{
    [NginxFact]
    public async Task The_image_builds_the_frontend_and_nginx_serves_it_with_the_api_behind_it()
    {
        using var folder = new TemporaryDirectory();
        var files = AgentSamples.Render("devops-engineer", BackendSamples.Bookstore)
            .Concat(AgentSamples.Render("frontend-developer", BackendSamples.Bookstore));
        var image = await FrontendImage.BuildAsync(files, folder.Path);

        // The final stage serves what the build stage wrote to dist/ from WEB_ROOT, with the template where the image substitutes it.
        Assert.Contains($"COPY --from=build /{Path.GetFileName(image.BuildDirectory)}/dist {image.Environment["WEB_ROOT"]}", image.FinalStage);
        Assert.Contains("COPY deploy/nginx/default.conf.template /etc/nginx/templates/default.conf.template", image.FinalStage);
        Assert.Equal("8080", image.Environment["WEB_PORT"]);

        using var api = new Upstream();
        var port = Nginx.FreePort();
        using var nginx = await image.ServeAsync(folder.Combine("nginx"), "http://127.0.0.1:" + api.Port, port);
        using var client = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port) };

        var page = await client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<div id=\"root\">", html, StringComparison.Ordinal);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());

        // A route of the app, reloaded in the browser: nginx answers with the entry page, and the app routes it.
        var route = await client.GetAsync("/books/42");
        Assert.Equal(HttpStatusCode.OK, route.StatusCode);
        Assert.Equal(html, await route.Content.ReadAsStringAsync());

        var script = Regex.Match(html, "<script type=\"module\" crossorigin src=\"([^\"]+)\"").Groups[1].Value;
        var asset = await client.GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("application/javascript", asset.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/missing.js")).StatusCode);

        // /api goes to the API with its path and query as the page sent them.
        var books = await client.GetAsync("/api/books?page=2&pageSize=5");
        Assert.Equal(HttpStatusCode.OK, books.StatusCode);
        Assert.Equal("GET /api/books?page=2&pageSize=5", await books.Content.ReadAsStringAsync());
    }

    // Stands for the API: answers every request with its method, path and query.
    private sealed class Upstream : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();

        public Upstream()
        {
            Port = Nginx.FreePort();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public int Port { get; }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
            _stop.Dispose();
        }

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                var body = Encoding.UTF8.GetBytes(context.Request.HttpMethod + " " + context.Request.RawUrl);
                context.Response.StatusCode = 200;
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }
    }
}
