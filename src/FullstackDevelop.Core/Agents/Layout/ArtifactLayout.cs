using System.IO;

namespace FullstackDevelop.Core.Agents.Layout;

/// <summary>
/// Where the project and the artifacts sit relative to the repository root (<c>layout</c> in the templates of agents that
/// read <c>deployment.</c> keys), so the container build, compose and CI paths are right wherever the output folder is.
/// Only relative paths, with '/': the artifacts are the same in every clone of the repository.
/// </summary>
/// <param name="ProjectFile">The project file from the repository root: <c>src/Shop/Shop.csproj</c>.</param>
/// <param name="ProjectFolder">The project's folder from the repository root: <c>src/Shop</c>, or <c>.</c> at the root.</param>
/// <param name="OutputFolder">The output folder (<c>FullstackOutputPath</c>) from the repository root: <c>src/Shop/fullstack</c>.</param>
/// <param name="DeployToRepository">The repository root from the output folder's <c>deploy/</c> folder: <c>../../../..</c>.</param>
/// <param name="WorkflowInRepository">
/// True when the CI workflow is written to the repository's own <c>.github/workflows/</c> (<c>FullstackGitHubWorkflow</c>);
/// false when it stays in the output folder.
/// </param>
public sealed record ArtifactLayout(
    string ProjectFile,
    string ProjectFolder,
    string OutputFolder,
    string DeployToRepository,
    bool WorkflowInRepository)
{
    /// <summary>The folder, in the output folder, where the deployment files go.</summary>
    public const string DeployFolder = "deploy";

    /// <summary>The layout of a project at the repository root with the default output folder <c>fullstack/</c>: what a build that passes no layout gets.</summary>
    public static ArtifactLayout AtRepositoryRoot(string projectFileName) => new(projectFileName, ".", "fullstack", "../..", false);

    /// <summary>The layout of the project file <paramref name="projectFile"/> writing to <paramref name="outputFolder"/> in the repository at <paramref name="repositoryRoot"/>, all full paths.</summary>
    /// <param name="repositoryRoot">The repository root (the folder with <c>.git</c>), or the project's folder when it is in no repository.</param>
    /// <param name="projectFile">The project file.</param>
    /// <param name="outputFolder">The output folder.</param>
    /// <param name="workflowInRepository">True when the CI workflow goes to the repository's <c>.github/workflows/</c>.</param>
    /// <param name="ignoreCase">True where the file system ignores case.</param>
    public static ArtifactLayout Of(string repositoryRoot, string projectFile, string outputFolder, bool workflowInRepository, bool ignoreCase = false) =>
        new(
            RelativePath.Between(repositoryRoot, projectFile, ignoreCase),
            RelativePath.Between(repositoryRoot, Path.GetDirectoryName(projectFile) ?? projectFile, ignoreCase),
            RelativePath.Between(repositoryRoot, outputFolder, ignoreCase),
            RelativePath.Between(outputFolder.TrimEnd('/', '\\') + "/" + DeployFolder, repositoryRoot, ignoreCase),
            workflowInRepository);
}
