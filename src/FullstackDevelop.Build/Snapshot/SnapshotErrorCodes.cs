namespace FullstackDevelop.Build.Snapshot;

/// <summary>
/// The codes of the problems <see cref="RequirementsSnapshotReader"/> reports. They continue the
/// build integration's <c>FSD1xxx</c> range, so a build log names each one.
/// </summary>
public static class SnapshotErrorCodes
{
    /// <summary>The compiled assembly is not at the given path: the compiler did not write it, or something moved or deleted it.</summary>
    public const string AssemblyNotFound = "FSD1101";

    /// <summary>The file is not a .NET assembly: not a PE file, a native binary, a module without a manifest, or damaged.</summary>
    public const string NotAnAssembly = "FSD1102";

    /// <summary>
    /// The assembly carries no requirements snapshot (or only half of it): the FullstackDevelop generator did not run,
    /// the project declares no <c>[assembly: FullstackProject]</c>, or the generator reported errors and emitted nothing.
    /// </summary>
    public const string SnapshotMissing = "FSD1103";

    /// <summary>The snapshot's text does not have the hash stored beside it: the assembly was altered after it was compiled.</summary>
    public const string HashMismatch = "FSD1104";

    /// <summary>The snapshot has a schema version this build task does not read: the generator and the task come from different package versions.</summary>
    public const string UnsupportedSchemaVersion = "FSD1105";

    /// <summary>The snapshot's hash matches, but its text is not a requirements snapshot of its declared version.</summary>
    public const string InvalidSnapshot = "FSD1106";

    /// <summary>The assembly exists but could not be read: another process holds it locked, or access is denied.</summary>
    public const string AssemblyUnreadable = "FSD1107";
}
