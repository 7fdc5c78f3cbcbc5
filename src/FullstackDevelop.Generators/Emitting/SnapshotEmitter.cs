using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Generators.Emitting;

/// <summary>
/// Emits the canonical requirements snapshot into the assembly's metadata, where the build task reads
/// it with System.Reflection.Metadata: the only contract between the generator and the task.
/// </summary>
internal static class SnapshotEmitter
{
    public static string Emit(string snapshotJson, string hash) => GeneratedHeader.Start()
        .Line("[assembly: global::System.Reflection.AssemblyMetadata(" + CSharpLiteral.String(SnapshotMetadataKeys.Snapshot) + ", " + CSharpLiteral.String(snapshotJson) + ")]")
        .Line("[assembly: global::System.Reflection.AssemblyMetadata(" + CSharpLiteral.String(SnapshotMetadataKeys.Hash) + ", " + CSharpLiteral.String(hash) + ")]")
        .ToString();
}
