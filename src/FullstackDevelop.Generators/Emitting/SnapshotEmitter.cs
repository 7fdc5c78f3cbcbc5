namespace FullstackDevelop.Generators.Emitting;

/// <summary>
/// Emits the canonical requirements snapshot into the assembly's metadata, where the build task reads
/// it with System.Reflection.Metadata: the only contract between the generator and the task.
/// </summary>
internal static class SnapshotEmitter
{
    public const string SnapshotKey = "FullstackDevelop.Requirements";
    public const string HashKey = "FullstackDevelop.RequirementsHash";

    public static string Emit(string snapshotJson, string hash) => GeneratedHeader.Start()
        .Line("[assembly: global::System.Reflection.AssemblyMetadata(" + CSharpLiteral.String(SnapshotKey) + ", " + CSharpLiteral.String(snapshotJson) + ")]")
        .Line("[assembly: global::System.Reflection.AssemblyMetadata(" + CSharpLiteral.String(HashKey) + ", " + CSharpLiteral.String(hash) + ")]")
        .ToString();
}
