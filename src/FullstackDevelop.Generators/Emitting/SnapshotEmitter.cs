using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Model;

namespace FullstackDevelop.Generators.Emitting;

/// <summary>
/// Emits the canonical requirements snapshot into the assembly's metadata, where the build task reads
/// it with System.Reflection.Metadata: the only contract between the generator and the task.
/// </summary>
internal static class SnapshotEmitter
{
    /// <summary>
    /// The snapshot's file, its literal assembled from each entity's escaped JSON (kept from the last run for the entities
    /// that did not change) between the escaped envelope: escaping is character by character, so this is the literal of
    /// the whole snapshot.
    /// </summary>
    public static string Emit(SnapshotEnvelope envelope, IReadOnlyList<SnapshotFragment> entities, string hash)
    {
        var escaped = new SnapshotEnvelope(CSharpLiteral.Escape(envelope.Prefix), CSharpLiteral.Escape(envelope.Suffix));
        var header = GeneratedHeader.Start().ToString();

        const string metadata = "[assembly: global::System.Reflection.AssemblyMetadata(";
        var key = CSharpLiteral.String(SnapshotMetadataKeys.Snapshot);
        var hashLine = metadata + CSharpLiteral.String(SnapshotMetadataKeys.Hash) + ", " + CSharpLiteral.String(hash) + ")]\n";
        var pieces = escaped.Pieces(entities.Select(entity => entity.Literal).ToList()).ToList();
        var length = header.Length + metadata.Length + key.Length + 3 + pieces.Sum(piece => piece.Length) + 4 + hashLine.Length;

        // The literal is most of a megabyte at 500 entities: built once, in a pooled buffer.
        using var text = new LargeSourceBuilder(length);
        text.Append(header).Append(metadata).Append(key).Append(", \"");

        // The separator, a comma, is its own escape.
        foreach (var piece in pieces)
        {
            text.Append(piece);
        }

        return text.Append("\")]\n").Append(hashLine).ToString();
    }
}
