using System.Text.Json;

namespace FullstackDevelop.Build.Snapshot;

/// <summary>
/// Peeks at a snapshot's <c>schemaVersion</c>, so a snapshot from another package version is told apart
/// from a damaged one: <see cref="Core.Requirements.RequirementsJson.Read"/> rejects both alike.
/// </summary>
internal static class SnapshotSchemaVersion
{
    /// <summary>The declared schema version, or <see langword="null"/> when the text is not a JSON object with one.</summary>
    public static int? Of(string snapshotJson)
    {
        try
        {
            using var document = JsonDocument.Parse(snapshotJson);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("schemaVersion", out var version)
                && version.ValueKind == JsonValueKind.Number
                && version.TryGetInt32(out var number)
                    ? number
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
