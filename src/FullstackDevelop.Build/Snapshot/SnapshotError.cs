namespace FullstackDevelop.Build.Snapshot;

/// <summary>Why the requirements snapshot could not be read, and how to fix it.</summary>
/// <param name="Code">One of <see cref="SnapshotErrorCodes"/>.</param>
/// <param name="Message">What went wrong with which file, and what the user can do about it.</param>
public sealed record SnapshotError(string Code, string Message);
