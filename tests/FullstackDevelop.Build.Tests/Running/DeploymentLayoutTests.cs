using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Build.Tests.Running;

/// <summary>
/// The deployment files' paths are right where the build writes them: in a repository whose project sits in
/// <c>src/Shop</c>, for the default output folder and custom ones, every build context, Dockerfile, COPY source, project
/// file and working directory resolves; and the CI workflow goes to the repository's <c>.github/workflows/</c> on request.
/// </summary>
public sealed class DeploymentLayoutTests
{
    public static TheoryData<string, bool> Layouts => new()
    {
        { "fullstack", false },
        { "fullstack", true },
        { "../ops/generated", true },
        { "build/out", false },
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Layouts))]
    public async Task Every_path_of_the_deployment_files_resolves_from_where_they_are_written(string outputPath, bool gitHubWorkflow)
    {
        using var repository = new Repository();
        var options = repository.Options(outputPath, gitHubWorkflow ? "true" : null);

        var outcome = await BuildAsync(options);

        Assert.True(outcome.Succeeded);
        var workflow = gitHubWorkflow
            ? Path.Combine(repository.Root, ".github", "workflows", "ci.yml")
            : Path.Combine(options.OutputFolder, ".github", "workflows", "ci.yml");
        Assert.True(File.Exists(workflow));
        Assert.Equal(!gitHubWorkflow, Directory.Exists(Path.Combine(options.OutputFolder, ".github")));
        Assert.Contains(workflow, outcome.FileWrites);
        Assert.Empty(DeploymentPathCheck.Problems(options.OutputFolder, repository.Root, workflow));

        // The check fails where a path is wrong: without the project file, the API's image has nothing to publish.
        File.Delete(repository.ProjectFile);
        Assert.Contains(DeploymentPathCheck.Problems(options.OutputFolder, repository.Root, workflow), problem => problem.Contains("Shop.csproj", System.StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_files_depend_on_the_layout_inside_the_repository_not_on_where_the_clone_sits()
    {
        using var here = new Repository();
        using var there = new Repository(Path.Combine("deeper", "clone"));

        await BuildAsync(here.Options("fullstack", "true"));
        await BuildAsync(there.Options("fullstack", "true"));

        var expected = FilesUnder(here.Root);
        var actual = FilesUnder(there.Root);
        Assert.Equal(expected.Select(file => file.Path), actual.Select(file => file.Path));
        Assert.All(expected.Zip(actual), pair => Assert.True(pair.First.Bytes.SequenceEqual(pair.Second.Bytes), pair.First.Path + " differs"));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_workflow_edited_at_the_repository_root_is_kept_and_the_new_one_is_not_a_workflow_github_runs()
    {
        using var repository = new Repository();
        var options = repository.Options("fullstack", "true");
        var workflow = Path.Combine(repository.Root, ".github", "workflows", "ci.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(workflow)!);
        File.WriteAllText(workflow, "name: ours\n");
        var log = new RecordingBuildLog();

        await BuildAsync(options, log);

        Assert.Equal("name: ours\n", File.ReadAllText(workflow));
        Assert.True(File.Exists(workflow + ".generated"));
        var warning = Assert.Single(log.Warnings, warning => warning.Code == ArtifactWarningCodes.EditedFileKept);
        Assert.Equal(workflow, warning.File);
        Assert.Contains("ci.yml.generated", warning.Text, System.StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Turning_the_property_off_moves_the_workflow_back_into_the_output_folder()
    {
        using var repository = new Repository();
        await BuildAsync(repository.Options("fullstack", "true"));
        var atRoot = Path.Combine(repository.Root, ".github", "workflows", "ci.yml");
        Assert.True(File.Exists(atRoot));

        var options = repository.Options("fullstack", "false");
        await BuildAsync(options);

        Assert.False(Directory.Exists(Path.Combine(repository.Root, ".github")));
        Assert.True(File.Exists(Path.Combine(options.OutputFolder, ".github", "workflows", "ci.yml")));

        // A clean then deletes what the build wrote wherever it wrote it.
        await BuildAsync(repository.Options("fullstack", "true"));
        AgentClean.Run(options.OutputFolder, options.WorkingDirectory, new RecordingBuildLog());
        Assert.False(File.Exists(atRoot));
    }

    [Theory(Timeout = 60_000)]
    [InlineData(false, "true", BuildLayout.NoRepositoryCode)]
    [InlineData(true, "yes", BuildLayout.InvalidPropertyCode)]
    public async Task A_workflow_that_cannot_go_to_the_repository_stays_in_the_output_folder_with_a_warning(bool inRepository, string value, string code)
    {
        using var repository = new Repository(gitMarker: inRepository);
        var options = repository.Options("fullstack", value);
        var log = new RecordingBuildLog();

        await BuildAsync(options, log);

        var warning = Assert.Single(log.Warnings);
        Assert.Equal((code, repository.ProjectFile), (warning.Code, warning.File));
        Assert.Contains("FullstackGitHubWorkflow", warning.Text, System.StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(options.OutputFolder, ".github", "workflows", "ci.yml")));
    }

    private static Task<AgentBuildOutcome> BuildAsync(AgentBuildOptions options, RecordingBuildLog? log = null) =>
        AgentBuild.RunAsync(options, TaskFolder.Snapshot(SampleRequirements.Shop()), new MemoryResultCache(), new ParsedTemplateCache(256), log ?? new RecordingBuildLog(), CancellationToken.None);

    private static (string Path, byte[] Bytes)[] FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes(file)))
            .Where(file => !file.Item1.StartsWith(".git/", System.StringComparison.Ordinal) && !file.Item1.Contains("/obj/", System.StringComparison.Ordinal))
            .OrderBy(file => file.Item1, System.StringComparer.Ordinal)
            .ToArray();

    // A repository (a folder with .git) whose project src/Shop/Shop.csproj uses the package.
    private sealed class Repository : System.IDisposable
    {
        private readonly TemporaryDirectory _folder = new();

        public Repository(string below = "", bool gitMarker = true)
        {
            Root = Path.Combine(_folder.Path, "clone", below);
            Directory.CreateDirectory(Path.Combine(Root, "src", "Shop"));
            if (gitMarker)
            {
                Directory.CreateDirectory(Path.Combine(Root, ".git"));
            }

            File.WriteAllText(ProjectFile, "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        }

        public string Root { get; }

        public string ProjectFile => Path.Combine(Root, "src", "Shop", "Shop.csproj");

        public AgentBuildOptions Options(string outputPath, string? gitHubWorkflow)
        {
            var project = Path.Combine(Root, "src", "Shop");
            return new AgentBuildOptions
            {
                AssemblyPath = Path.Combine(project, "obj", "Shop.dll"),
                ProjectDirectory = project,
                ProjectFile = ProjectFile,
                RootNamespace = "Shop",
                OutputFolder = Path.GetFullPath(Path.Combine(project, outputPath)),
                WorkingDirectory = Path.Combine(project, "obj", "fullstack"),
                ReportPath = Path.Combine(project, "obj", "fullstack-report.json"),
                CacheFolder = Path.Combine(_folder.Path, "cache"),
                GitHubWorkflow = gitHubWorkflow,
            };
        }

        public void Dispose() => _folder.Dispose();
    }
}
