using System.IO;

namespace FullstackDevelop.Build.Running;

/// <summary>The root of the Git repository a project is in: the nearest folder, from the project's up, that holds <c>.git</c>.</summary>
internal static class RepositoryRoot
{
    /// <summary>The repository root above (or at) <paramref name="projectDirectory"/>; null when the project is in no repository.</summary>
    public static string? Find(string projectDirectory)
    {
        // .git is a folder in a clone and a file in a worktree or a submodule.
        for (var folder = new DirectoryInfo(Path.GetFullPath(projectDirectory)); folder is not null; folder = folder.Parent)
        {
            var marker = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
