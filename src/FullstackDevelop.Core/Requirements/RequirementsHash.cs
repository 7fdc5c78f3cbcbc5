using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Requirements;

/// <summary>The content hash of a requirements snapshot.</summary>
public static class RequirementsHash
{
    /// <summary>The SHA-256 of the snapshot's UTF-8 bytes, as lower-case hex.</summary>
    public static string Compute(string snapshotJson) => ContentHash.Of(snapshotJson);
}
