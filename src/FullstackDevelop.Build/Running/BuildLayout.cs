using System;
using System.IO;
using FullstackDevelop.Core.Agents.Layout;

namespace FullstackDevelop.Build.Running;

/// <summary>
/// Where a build's project and artifacts sit in the repository (<see cref="ArtifactLayout"/>), and where the CI workflow
/// goes: the repository's <c>.github/workflows/</c> when <c>FullstackGitHubWorkflow</c> is true, otherwise the output folder.
/// </summary>
/// <param name="Layout">The relative paths the deployment files use.</param>
/// <param name="GitHubRoot">The folder that receives the artifacts under <c>.github/</c>: the repository root; null when they stay in the output folder.</param>
internal sealed record BuildLayout(ArtifactLayout Layout, string? GitHubRoot)
{
    /// <summary>The warning for <c>FullstackGitHubWorkflow</c> set to true in a project that is in no Git repository.</summary>
    public const string NoRepositoryCode = "FSD1207";

    /// <summary>The warning for a <c>FullstackGitHubWorkflow</c> value that is neither true nor false.</summary>
    public const string InvalidPropertyCode = "FSD1208";

    private static readonly bool IgnoreCase = Path.DirectorySeparatorChar == '\\';

    /// <summary>The layout of the build <paramref name="options"/> describe; each problem is logged at the project file.</summary>
    public static BuildLayout Read(AgentBuildOptions options, IBuildLog log)
    {
        var projectDirectory = Path.GetFullPath(options.ProjectDirectory);
        var repository = RepositoryRoot.Find(projectDirectory);
        var wanted = WantsGitHubWorkflow(options, log);
        if (wanted && repository is null)
        {
            log.LogWarning(
                NoRepositoryCode,
                options.ProjectFile,
                $"FullstackGitHubWorkflow is true, but no folder from '{projectDirectory}' up holds a .git, so the CI workflow stays in the output folder, where GitHub does not read it. Build the project inside its Git repository (run `git init` at the repository root), or set FullstackGitHubWorkflow to false.");
        }

        // The project file's name is the project's, not the root namespace's, when MSBuild says which file it is.
        var projectFile = options.ProjectFile is { Length: > 0 } file
            ? Path.GetFullPath(file)
            : Path.Combine(projectDirectory, options.RootNamespace + ".csproj");
        var root = repository ?? projectDirectory;
        var layout = ArtifactLayout.Of(root, projectFile, Path.GetFullPath(options.OutputFolder), wanted && repository is not null, IgnoreCase);
        return new BuildLayout(layout, layout.WorkflowInRepository ? root : null);
    }

    private static bool WantsGitHubWorkflow(AgentBuildOptions options, IBuildLog log)
    {
        var value = options.GitHubWorkflow?.Trim() ?? string.Empty;
        if (value.Length == 0 || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        log.LogWarning(InvalidPropertyCode, options.ProjectFile, $"FullstackGitHubWorkflow is '{value}', which is neither true nor false, so the CI workflow stays in the output folder. Set it to true to write the workflow to the repository's .github/workflows/, or to false.");
        return false;
    }
}
