using System.Collections.Generic;
using System.Linq;
using System.Text;
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

        // Sized once: the literal is most of a megabyte at 500 entities, and growing the builder would copy it again and again.
        var length = header.Length + escaped.Prefix.Length + escaped.Suffix.Length + entities.Sum(entity => entity.Literal.Length + 1) + 512;
        var text = new StringBuilder(header, length)
            .Append("[assembly: global::System.Reflection.AssemblyMetadata(").Append(CSharpLiteral.String(SnapshotMetadataKeys.Snapshot)).Append(", \"");

        // The separator, a comma, is its own escape.
        foreach (var piece in escaped.Pieces(entities.Select(entity => entity.Literal).ToList()))
        {
            text.Append(piece);
        }

        return text.Append("\")]\n")
            .Append("[assembly: global::System.Reflection.AssemblyMetadata(").Append(CSharpLiteral.String(SnapshotMetadataKeys.Hash)).Append(", ").Append(CSharpLiteral.String(hash)).Append(")]\n")
            .ToString();
    }
}
