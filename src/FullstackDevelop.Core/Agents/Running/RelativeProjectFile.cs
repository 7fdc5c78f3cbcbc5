using FullstackDevelop.Core.Agents.Layout;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// The app's project file as artifacts under the output folder refer to it: a relative path with '/' separators, so
/// that the generated files work wherever the repository is cloned (an absolute path would name the build machine).
/// </summary>
public static class RelativeProjectFile
{
    /// <summary>The path of the project file in the default layout (the output folder <c>fullstack/</c> in the project directory), for hosts that do not know it.</summary>
    public static string Default(string rootNamespace) => "../" + rootNamespace + ".csproj";

    /// <summary>
    /// The path of <paramref name="projectFile"/> relative to <paramref name="outputFolder"/> (both absolute), or null
    /// when they have no common root (another drive), where no relative path exists.
    /// </summary>
    /// <param name="outputFolder">The output folder.</param>
    /// <param name="projectFile">The app's project file.</param>
    /// <param name="ignoreCase">True where the file system ignores case.</param>
    public static string? Of(string outputFolder, string projectFile, bool ignoreCase = false) => RelativePath.TryBetween(outputFolder, projectFile, ignoreCase);
}
