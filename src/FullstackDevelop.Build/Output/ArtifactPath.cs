using System.IO;

namespace FullstackDevelop.Build.Output;

/// <summary>The artifacts' relative paths: which are allowed, where they land, and where a new version goes beside an edited file.</summary>
internal static class ArtifactPath
{
    private const string GeneratedMarker = ".generated";

    private const string GitHubFolder = ".github/";

    private const string WorkflowsFolder = ".github/workflows/";

    // IndexOfAny, not Contains: string.Contains(char) is missing on .NET Framework.
    private static readonly char[] Backslash = { '\\' };

    /// <summary>
    /// True when <paramref name="relativePath"/> names a file inside the output folder in the one normal form:
    /// not rooted, segments separated by '/', none empty, <c>.</c> or <c>..</c>, no backslash (a separator on
    /// Windows only, so the same path would mean different files on different machines).
    /// </summary>
    public static bool IsValid(string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.IndexOfAny(Backslash) >= 0 || Path.IsPathRooted(relativePath))
        {
            return false;
        }

        foreach (var segment in relativePath.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The full path of a valid <paramref name="relativePath"/>: under <paramref name="gitHubRoot"/> when one is given and
    /// the path is under <c>.github/</c> (the CI workflow, written where GitHub reads it), otherwise under <paramref name="outputFolder"/>.
    /// </summary>
    public static string Resolve(string outputFolder, string relativePath, string? gitHubRoot = null) =>
        Path.Combine(
            gitHubRoot is not null && relativePath.StartsWith(GitHubFolder, System.StringComparison.Ordinal) ? gitHubRoot : outputFolder,
            relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Where the new version of an edited file goes: <c>.generated</c> inserted before the last extension, so the
    /// sibling keeps its type for editors and tools (<c>openapi.json</c> -> <c>openapi.generated.json</c>), or
    /// appended when the name has no extension (<c>Dockerfile</c> -> <c>Dockerfile.generated</c>,
    /// <c>.env</c> -> <c>.env.generated</c>). A GitHub workflow's new version gets the marker appended
    /// (<c>ci.yml.generated</c>): GitHub runs every <c>.yml</c> file of <c>.github/workflows/</c>, and must not run both.
    /// </summary>
    public static string GeneratedSibling(string relativePath)
    {
        var nameStart = relativePath.LastIndexOf('/') + 1;
        var extensionStart = relativePath.LastIndexOf('.');

        // A dot that starts the name, as in ".env", begins no extension.
        return extensionStart <= nameStart || relativePath.StartsWith(WorkflowsFolder, System.StringComparison.Ordinal)
            ? relativePath + GeneratedMarker
            : relativePath.Insert(extensionStart, GeneratedMarker);
    }
}
