namespace FullstackDevelop.Build.Output;

/// <summary>
/// The codes of the warnings <see cref="ArtifactWriter"/> returns. They continue the build integration's
/// <c>FSD1xxx</c> range, so a build log names each one.
/// </summary>
public static class ArtifactWarningCodes
{
    /// <summary>
    /// A file the task would write was edited by the user, or was never the task's: it is kept, and the new
    /// content is written beside it as <c>&lt;name&gt;.generated&lt;ext&gt;</c>.
    /// </summary>
    public const string EditedFileKept = "FSD1201";

    /// <summary>A file the task wrote before and no longer produces was edited by the user, so it is not deleted.</summary>
    public const string EditedStaleFileKept = "FSD1202";

    /// <summary>A file could not be read, written or deleted; the other files were still processed.</summary>
    public const string FileInaccessible = "FSD1203";
}
