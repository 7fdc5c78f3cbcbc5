using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace FullstackDevelop.Tests.Shared;

/// <summary>
/// The production frontend as deploy/frontend.Dockerfile makes it, without a Docker engine: the build stage run step by
/// step (its WORKDIR, COPY and RUN lines) on the generated files, and the final stage's nginx configuration template
/// substituted as the nginx image does and served by a real nginx.
/// </summary>
internal sealed class FrontendImage
{
    private FrontendImage(string context, string buildDirectory, IReadOnlyList<string> finalStage)
    {
        Context = context;
        BuildDirectory = buildDirectory;
        FinalStage = finalStage;
        Environment = finalStage.Where(line => line.StartsWith("ENV ", StringComparison.Ordinal))
            .SelectMany(line => Regex.Matches(line, @"([A-Z_]+)=(\S+)").Select(match => (match.Groups[1].Value, match.Groups[2].Value)))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal);
    }

    /// <summary>The build context: the output folder's files as the agents wrote them.</summary>
    public string Context { get; }

    /// <summary>The build stage's working directory after its last step; the built files are in its dist/.</summary>
    public string BuildDirectory { get; }

    /// <summary>The final stage's instructions, continuation lines joined.</summary>
    public IReadOnlyList<string> FinalStage { get; }

    /// <summary>The final stage's ENV values by name.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>
    /// Writes <paramref name="files"/> (paths relative to the output folder) to a build context in
    /// <paramref name="folder"/> and runs the build stage of their deploy/frontend.Dockerfile there.
    /// </summary>
    public static async Task<FrontendImage> BuildAsync(IEnumerable<KeyValuePair<string, string>> files, string folder)
    {
        var context = Path.Combine(folder, "context");
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(context, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, text);
        }

        var stages = Stages(await File.ReadAllTextAsync(Path.Combine(context, "deploy", "frontend.Dockerfile")));
        var build = await RunAsync(stages.Single(stage => stage.Name == "build").Instructions, context, Path.Combine(folder, "build-stage"));
        return new FrontendImage(context, build, stages.Single(stage => stage.Name == "final").Instructions);
    }

    /// <summary>
    /// Starts nginx in <paramref name="folder"/> on 127.0.0.1:<paramref name="port"/> with deploy/nginx/default.conf.template,
    /// serving the built files and forwarding /api to <paramref name="apiUpstream"/>, as the image's container would.
    /// </summary>
    public async Task<Nginx> ServeAsync(string folder, string apiUpstream, int port)
    {
        var serverBlock = Nginx.Substitute(await File.ReadAllTextAsync(Path.Combine(Context, "deploy", "nginx", "default.conf.template")), new Dictionary<string, string>
        {
            ["API_UPSTREAM"] = apiUpstream,
            ["WEB_PORT"] = "127.0.0.1:" + port,
            ["WEB_ROOT"] = Path.Combine(BuildDirectory, "dist"),
        });
        return await Nginx.StartAsync(folder, serverBlock, port);
    }

    // Runs the stage's WORKDIR, COPY and RUN instructions, with the stage's root file system in root; the working directory.
    private static async Task<string> RunAsync(IReadOnlyList<string> instructions, string context, string root)
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
                    if (run.ExitCode != 0)
                    {
                        throw new InvalidOperationException(run.Describe());
                    }

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
        if (paths[^1] != "./")
        {
            throw new InvalidOperationException("A COPY of the build stage copies to a folder other than its working directory: " + arguments);
        }

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
}
