using System;
using System.Collections.Generic;
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
        var context = folder.Combine("context");
        var files = AgentSamples.Render("devops-engineer", BackendSamples.Bookstore)
            .Concat(AgentSamples.Render("frontend-developer", BackendSamples.Bookstore));
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(context, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, text);
        }

        var stages = Stages(await File.ReadAllTextAsync(Path.Combine(context, "deploy", "frontend.Dockerfile")));
        var build = stages.Single(stage => stage.Name == "build");
        var root = folder.Combine("build-stage");
        var workdir = await RunBuildStageAsync(build.Instructions, context, root);

        // The final stage serves what the build stage wrote to dist/ from WEB_ROOT, with the template where the image substitutes it.
        var final = stages.Single(stage => stage.Name == "final");
        var environment = final.Instructions.Where(line => line.StartsWith("ENV ", StringComparison.Ordinal))
            .SelectMany(line => Regex.Matches(line, @"([A-Z_]+)=(\S+)").Select(match => (match.Groups[1].Value, match.Groups[2].Value)))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2);
        Assert.Contains($"COPY --from=build /{Path.GetFileName(workdir)}/dist {environment["WEB_ROOT"]}", final.Instructions);
        Assert.Contains("COPY deploy/nginx/default.conf.template /etc/nginx/templates/default.conf.template", final.Instructions);
        Assert.Equal("8080", environment["WEB_PORT"]);

        using var api = new Upstream();
        var port = Nginx.FreePort();
        var serverBlock = Nginx.Substitute(await File.ReadAllTextAsync(Path.Combine(context, "deploy", "nginx", "default.conf.template")), new Dictionary<string, string>
        {
            ["API_UPSTREAM"] = "http://127.0.0.1:" + api.Port,
            ["WEB_PORT"] = "127.0.0.1:" + port,
            ["WEB_ROOT"] = Path.Combine(workdir, "dist"),
        });
        using var nginx = await Nginx.StartAsync(folder.Combine("nginx"), serverBlock, port);
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

    // Runs the stage's WORKDIR, COPY and RUN instructions, with the stage's root file system in root; the working directory.
    private static async Task<string> RunBuildStageAsync(IReadOnlyList<string> instructions, string context, string root)
    {
        var workdir = root;
        foreach (var instruction in instructions)
        {
            var (command, arguments) = (instruction.Split(' ')[0], instruction[(instruction.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            switch (command)
            {
                case "WORKDIR":
                    workdir = Path.Combine(root, arguments.TrimStart('/'));
                    Directory.CreateDirectory(workdir);
                    break;
                case "COPY":
                    Copy(arguments, context, workdir);
                    break;
                case "RUN":
                    var run = await ProcessRunner.RunAsync("/bin/sh", workdir, TimeSpan.FromMinutes(10), "-c", arguments);
                    Assert.True(run.ExitCode == 0, run.Describe());
                    break;
            }
        }

        return workdir;
    }

    // COPY [--exclude=<name>]... <source>... <destination>, the destination being the working directory.
    private static void Copy(string arguments, string context, string workdir)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var excluded = words.Where(word => word.StartsWith("--exclude=", StringComparison.Ordinal)).Select(word => word["--exclude=".Length..]).ToHashSet(StringComparer.Ordinal);
        var paths = words.Where(word => !word.StartsWith("--", StringComparison.Ordinal)).ToList();
        Assert.Equal("./", paths[^1]);
        foreach (var source in paths.Take(paths.Count - 1))
        {
            var folder = Path.Combine(context, Path.GetDirectoryName(source.TrimEnd('/')) ?? string.Empty);
            var pattern = new Regex("^" + Regex.Escape(Path.GetFileName(source.TrimEnd('/'))).Replace(@"\*", ".*", StringComparison.Ordinal) + "$");
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(entry => pattern.IsMatch(Path.GetFileName(entry))))
            {
                // A folder's contents are copied, not the folder.
                var files = Directory.Exists(entry) ? Directory.EnumerateFiles(entry, "*", SearchOption.AllDirectories).Select(file => (file, Path.GetRelativePath(entry, file))) : new[] { (entry, Path.GetFileName(entry)) };
                foreach (var (file, relative) in files.Where(file => !excluded.Contains(file.Item2.Split(Path.DirectorySeparatorChar)[0])))
                {
                    var target = Path.Combine(workdir, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target, overwrite: true);
                }
            }
        }
    }

    // The Dockerfile's stages by name, each with its instructions (continuation lines joined, comments dropped).
    private static List<(string Name, List<string> Instructions)> Stages(string dockerfile)
    {
        var stages = new List<(string Name, List<string> Instructions)>();
        var pending = string.Empty;
        foreach (var line in dockerfile.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            pending += line.EndsWith('\\') ? line[..^1] : line;
            if (line.EndsWith('\\'))
            {
                continue;
            }

            var instruction = Regex.Replace(pending, @"\s+", " ");
            pending = string.Empty;
            if (instruction.StartsWith("FROM ", StringComparison.Ordinal))
            {
                stages.Add((instruction.Split(' ')[^1], new List<string>()));
            }
            else if (stages.Count > 0)
            {
                stages[^1].Instructions.Add(instruction);
            }
        }

        return stages;
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
