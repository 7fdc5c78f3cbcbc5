namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// The keys of the two <c>AssemblyMetadata</c> attributes that carry the requirements snapshot in a
/// compiled assembly: the one contract between the generator, which writes them, and the build task,
/// which reads them.
/// </summary>
public static class SnapshotMetadataKeys
{
    /// <summary>The key whose value is the canonical snapshot JSON (<see cref="RequirementsJson"/>).</summary>
    public const string Snapshot = "FullstackDevelop.Requirements";

    /// <summary>The key whose value is the snapshot's hash (<see cref="RequirementsHash"/>).</summary>
    public const string Hash = "FullstackDevelop.RequirementsHash";
}
