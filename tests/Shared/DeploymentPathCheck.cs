using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FullstackDevelop.Tests.Shared;

/// <summary>
/// The structural check of the deployment files, without a Docker engine: every build context, Dockerfile, COPY source,
/// project file and working directory that compose.yaml, the Dockerfiles and the CI workflow name resolves, the way
/// Docker Compose, BuildKit and GitHub Actions resolve it, to a file or folder that exists.
/// </summary>
internal static class DeploymentPathCheck
{
    /// <summary>Every path that does not resolve, as "file: what", for the output folder and the workflow written by a build.</summary>
    /// <param name="outputFolder">The output folder.</param>
    /// <param name="repositoryRoot">Where GitHub checks the repository out: the workflow's paths start there.</param>
    /// <param name="workflowFile">The CI workflow the build wrote.</param>
    public static IReadOnlyList<string> Problems(string outputFolder, string repositoryRoot, string workflowFile)
    {
        var problems = new List<string>();
        var deploy = Path.Combine(outputFolder, "deploy");
        var compose = Root(Path.Combine(deploy, "compose.yaml"));
        var services = (YamlMappingNode)compose["services"];
        foreach (var service in services.Children)
        {
            if (((YamlMappingNode)service.Value).Children.TryGetValue(new YamlScalarNode("build"), out var build))
            {
                // Compose reads the context from the compose file's folder and the Dockerfile from the context.
                var context = Path.GetFullPath(Path.Combine(deploy, Scalar(build, "context")));
                var dockerfile = Path.GetFullPath(Path.Combine(context, Scalar(build, "dockerfile")));
                var where = "compose.yaml services." + service.Key;
                if (!Directory.Exists(context))
                {
                    problems.Add($"{where}: build context {context} is not a folder");
                    continue;
                }

                if (!File.Exists(dockerfile))
                {
                    problems.Add($"{where}: Dockerfile {dockerfile} does not exist");
                    continue;
                }

                var arguments = ((YamlMappingNode)build).Children.TryGetValue(new YamlScalarNode("args"), out var args)
                    ? ((YamlMappingNode)args).Children.ToDictionary(pair => pair.Key.ToString(), pair => ComposeDefault(pair.Value.ToString()))
                    : new Dictionary<string, string>();
                problems.AddRange(DockerfileProblems(dockerfile, context, arguments).Select(problem => where + ": " + problem));
            }
        }

        problems.AddRange(WorkflowProblems(workflowFile, repositoryRoot));
        return problems;
    }

    /// <summary>The problems of one Dockerfile built from <paramref name="context"/>: COPY sources of the build stages and project file arguments.</summary>
    public static IReadOnlyList<string> DockerfileProblems(string dockerfile, string context, IReadOnlyDictionary<string, string> buildArguments)
    {
        var problems = new List<string>();
        foreach (var instruction in Instructions(File.ReadAllText(dockerfile)))
        {
            if (instruction.StartsWith("ARG ", StringComparison.Ordinal) && instruction.Contains('=', StringComparison.Ordinal))
            {
                var (name, value) = (instruction[4..instruction.IndexOf('=', StringComparison.Ordinal)], instruction[(instruction.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                value = buildArguments.TryGetValue(name, out var passed) ? passed : value;
                if (name == "PROJECT" && (!value.EndsWith(".csproj", StringComparison.Ordinal) || !File.Exists(Path.Combine(context, value))))
                {
                    problems.Add($"ARG {name}: {value} is not a project file in the context {context}");
                }
            }

            if (!instruction.StartsWith("COPY ", StringComparison.Ordinal) || instruction.Contains("--from=", StringComparison.Ordinal))
            {
                continue;
            }

            var sources = CopySources(instruction[5..]);
            var matched = false;
            foreach (var source in sources)
            {
                var found = Matches(context, source);
                matched |= found;

                // BuildKit lets a wildcard match nothing, as long as the instruction copies something.
                if (!found && !source.Contains('*', StringComparison.Ordinal))
                {
                    problems.Add($"{Path.GetFileName(dockerfile)}: COPY source {source} is not in the context {context}");
                }
            }

            if (!matched)
            {
                problems.Add($"{Path.GetFileName(dockerfile)}: `{instruction}` copies nothing from the context {context}");
            }
        }

        return problems;
    }

    private static IEnumerable<string> WorkflowProblems(string workflowFile, string repositoryRoot)
    {
        var jobs = (YamlMappingNode)Root(workflowFile)["jobs"];
        foreach (var job in jobs.Children)
        {
            var jobNode = (YamlMappingNode)job.Value;
            var folder = repositoryRoot;
            if (jobNode.Children.TryGetValue(new YamlScalarNode("defaults"), out var defaults))
            {
                var directory = Scalar(defaults, "run", "working-directory");
                folder = Path.GetFullPath(Path.Combine(repositoryRoot, directory));
                if (!Directory.Exists(folder))
                {
                    yield return $"workflow jobs.{job.Key}: working-directory {directory} is not a folder of the repository";
                }
            }

            foreach (var step in ((YamlSequenceNode)jobNode["steps"]).Cast<YamlMappingNode>())
            {
                if (step.Children.TryGetValue(new YamlScalarNode("run"), out var run))
                {
                    // Project files the commands name, relative to the step's folder.
                    foreach (Match project in Regex.Matches(run.ToString(), @"[^\s""']+\.csproj"))
                    {
                        if (!File.Exists(Path.Combine(folder, project.Value)))
                        {
                            yield return $"workflow jobs.{job.Key}: {project.Value} is not a project file of the repository";
                        }
                    }
                }

                if (step.Children.TryGetValue(new YamlScalarNode("with"), out var with) && ((YamlMappingNode)with).Children.TryGetValue(new YamlScalarNode("file"), out var file))
                {
                    var context = Path.GetFullPath(Path.Combine(repositoryRoot, Scalar(with, "context")));
                    var dockerfile = Path.GetFullPath(Path.Combine(repositoryRoot, file.ToString()));
                    if (!File.Exists(dockerfile) || !Directory.Exists(context))
                    {
                        yield return $"workflow jobs.{job.Key}: {file} or its context {context} does not exist";
                        continue;
                    }

                    var arguments = ((YamlMappingNode)with).Children.TryGetValue(new YamlScalarNode("build-args"), out var args)
                        ? args.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim())
                        : new Dictionary<string, string>();
                    foreach (var problem in DockerfileProblems(dockerfile, context, arguments))
                    {
                        yield return $"workflow jobs.{job.Key}: {problem}";
                    }
                }
            }
        }
    }

    // A source is a path or a pattern relative to the context; '**' matches any number of folders.
    private static bool Matches(string context, string source)
    {
        var trimmed = source.TrimEnd('/');
        if (trimmed is "." or "")
        {
            return Directory.Exists(context);
        }

        if (!trimmed.Contains('*', StringComparison.Ordinal))
        {
            var path = Path.Combine(context, trimmed);
            return File.Exists(path) || Directory.Exists(path);
        }

        var pattern = new Regex("^" + Regex.Escape(trimmed).Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");
        return Directory.EnumerateFiles(context, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(context, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Any(file => pattern.IsMatch(file));
    }

    // The sources of a COPY: its flags dropped, then every word but the last (the destination), in either form.
    private static List<string> CopySources(string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(word => word.StartsWith("--", StringComparison.Ordinal)).ToList();
        var rest = string.Join(' ', words);
        var parts = rest.StartsWith('[')
            ? Regex.Matches(rest, "\"([^\"]*)\"").Select(match => match.Groups[1].Value).ToList()
            : words;
        return parts.Take(parts.Count - 1).ToList();
    }

    // The instructions of a Dockerfile, with continuation lines joined and comments dropped.
    private static IEnumerable<string> Instructions(string text)
    {
        var current = string.Empty;
        foreach (var line in text.Split('\n').Select(line => line.Trim()))
        {
            if (line.StartsWith('#') || (line.Length == 0 && current.Length == 0))
            {
                continue;
            }

            current += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (!line.EndsWith('\\'))
            {
                yield return current;
                current = string.Empty;
            }
        }
    }

    // "${API_PROJECT:-src/Shop.csproj}" is the default when the variable is unset.
    private static string ComposeDefault(string value)
    {
        var match = Regex.Match(value, @"^\$\{[A-Z_]+:-(.*)\}$");
        return match.Success ? match.Groups[1].Value : value;
    }

    private static YamlMappingNode Root(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node)[key];
        }

        return node.ToString();
    }
}
