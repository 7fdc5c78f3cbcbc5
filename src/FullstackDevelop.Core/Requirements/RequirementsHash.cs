using System.Collections.Generic;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Requirements;

/// <summary>The content hash of a requirements snapshot.</summary>
public static class RequirementsHash
{
    /// <summary>The SHA-256 of the snapshot's UTF-8 bytes, as lower-case hex.</summary>
    public static string Compute(string snapshotJson) => ContentHash.Of(snapshotJson);

    /// <summary>The same hash of a snapshot given piece by piece (<see cref="SnapshotEnvelope.Pieces"/>), without assembling it.</summary>
    public static string Compute(IEnumerable<string> snapshotPieces) => ContentHash.Of(snapshotPieces);
}
