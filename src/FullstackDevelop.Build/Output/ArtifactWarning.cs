namespace FullstackDevelop.Build.Output;

/// <summary>A file the <see cref="ArtifactWriter"/> could not bring up to date, and what the user can do about it.</summary>
/// <param name="Code">One of <see cref="ArtifactWarningCodes"/>.</param>
/// <param name="File">The file's path relative to the output folder, with '/'.</param>
/// <param name="Message">What happened to the file and how to resolve it.</param>
public sealed record ArtifactWarning(string Code, string File, string Message);
