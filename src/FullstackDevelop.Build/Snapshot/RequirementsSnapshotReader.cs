using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Build.Snapshot;

/// <summary>
/// Reads the requirements snapshot the FullstackDevelop generator compiled into an assembly, from its
/// metadata with System.Reflection.Metadata: the assembly is never loaded, so the build holds no lock
/// on it and runs no code from it.
/// </summary>
public static class RequirementsSnapshotReader
{
    private const string SnapshotKey = SnapshotMetadataKeys.Snapshot;
    private const string HashKey = SnapshotMetadataKeys.Hash;

    /// <summary>Reads the snapshot of the assembly at <paramref name="assemblyPath"/>; every problem is an error value, never an exception.</summary>
    /// <param name="assemblyPath">The compiled assembly, such as <c>obj/Debug/net10.0/App.dll</c>.</param>
    public static SnapshotReadResult Read(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            return NotFound(assemblyPath);
        }

        IReadOnlyDictionary<string, string?> metadata;
        try
        {
            // FileShare.ReadWrite | Delete: reading must never stop the compiler or a clean from replacing the file.
            using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return NotAnAssembly(assemblyPath, "it is a native binary without .NET metadata");
            }

            var reader = pe.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                return NotAnAssembly(assemblyPath, "it is a module without an assembly manifest");
            }

            metadata = AssemblyMetadataReader.Read(reader);
        }
        catch (BadImageFormatException exception)
        {
            return NotAnAssembly(assemblyPath, exception.Message);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted between the check and the open.
            return NotFound(assemblyPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return SnapshotReadResult.Failure(
                SnapshotErrorCodes.AssemblyUnreadable,
                $"The compiled assembly '{assemblyPath}' could not be read: {exception.Message} Close the program that holds it (a running copy of the app, a debugger, an antivirus scan) and build again.");
        }

        return FromMetadata(assemblyPath, metadata);
    }

    private static SnapshotReadResult FromMetadata(string assemblyPath, IReadOnlyDictionary<string, string?> metadata)
    {
        metadata.TryGetValue(SnapshotKey, out var json);
        metadata.TryGetValue(HashKey, out var hash);
        if (json is null || hash is null)
        {
            var missing = json is null && hash is null ? SnapshotKey + ", " + HashKey : json is null ? SnapshotKey : HashKey;
            return SnapshotReadResult.Failure(
                SnapshotErrorCodes.SnapshotMissing,
                $"The compiled assembly '{assemblyPath}' has no requirements snapshot (assembly metadata missing: {missing}). The FullstackDevelop source generator writes it: declare [assembly: FullstackProject(\"MyApp\")], fix any FSD0xxx errors it reports, and check that the FullstackDevelop package's analyzer is not disabled.");
        }

        var actual = RequirementsHash.Compute(json);
        if (!string.Equals(actual, hash, StringComparison.Ordinal))
        {
            return SnapshotReadResult.Failure(
                SnapshotErrorCodes.HashMismatch,
                $"The requirements snapshot in '{assemblyPath}' does not match its hash (stored {hash}, computed {actual}): the assembly was changed after the FullstackDevelop generator compiled it. Rebuild the project from clean (dotnet build --no-incremental) and check that no post-compile step rewrites the assembly's '{SnapshotKey}' metadata.");
        }

        var version = RequirementsJson.SchemaVersionOf(json);
        if (version is null)
        {
            return Invalid(assemblyPath, "it has no schemaVersion");
        }

        if (version != ProjectRequirements.SchemaVersion)
        {
            return SnapshotReadResult.Failure(
                SnapshotErrorCodes.UnsupportedSchemaVersion,
                $"The requirements snapshot in '{assemblyPath}' has schema version {version}, but this FullstackDevelop build task reads version {ProjectRequirements.SchemaVersion}: the generator and the build task come from different FullstackDevelop package versions. Reference one version of the package, restore, and rebuild the project.");
        }

        try
        {
            return SnapshotReadResult.Success(new RequirementsSnapshot(json, hash, RequirementsJson.Read(json)));
        }
        catch (FormatException exception)
        {
            return Invalid(assemblyPath, exception.Message);
        }
    }

    private static SnapshotReadResult NotFound(string assemblyPath) => SnapshotReadResult.Failure(
        SnapshotErrorCodes.AssemblyNotFound,
        $"The compiled assembly '{assemblyPath}' does not exist, so its requirements snapshot cannot be read. FullstackDevelop runs after the compiler: build the project again, and check that no other target moves or deletes the assembly before it.");

    private static SnapshotReadResult NotAnAssembly(string assemblyPath, string reason) => SnapshotReadResult.Failure(
        SnapshotErrorCodes.NotAnAssembly,
        $"'{assemblyPath}' is not a .NET assembly ({reason}), so it has no requirements snapshot. The file is damaged or is not the compiler's output: rebuild the project from clean (dotnet build --no-incremental).");

    private static SnapshotReadResult Invalid(string assemblyPath, string reason) => SnapshotReadResult.Failure(
        SnapshotErrorCodes.InvalidSnapshot,
        $"The requirements snapshot in '{assemblyPath}' is not valid ({reason}). Rebuild the project from clean (dotnet build --no-incremental); if this persists, report it to FullstackDevelop with the snapshot attached.");
}
