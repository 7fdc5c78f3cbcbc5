using System;
using System.Collections.Generic;
using System.Reflection.Metadata;

namespace FullstackDevelop.Build.Snapshot;

/// <summary>
/// Reads the key/value pairs of an assembly's <c>[assembly: AssemblyMetadata(key, value)]</c> attributes
/// straight from its metadata tables, without loading the assembly.
/// </summary>
internal static class AssemblyMetadataReader
{
    // ECMA-335 II.23.3: every custom attribute blob starts with this prolog.
    private const ushort BlobProlog = 0x0001;

    /// <summary>The attributes' values by key; when a key repeats, the first attribute wins.</summary>
    /// <exception cref="BadImageFormatException">The metadata is damaged.</exception>
    public static IReadOnlyDictionary<string, string?> Read(MetadataReader reader)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataConstructor(reader, attribute.Constructor))
            {
                continue;
            }

            // AssemblyMetadataAttribute has one constructor, (string key, string? value), and no
            // settable members: the blob is the prolog and two serialized strings.
            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != BlobProlog)
            {
                continue;
            }

            var key = blob.ReadSerializedString();
            var value = blob.ReadSerializedString();
            if (key is not null && !values.ContainsKey(key))
            {
                values.Add(key, value);
            }
        }

        return values;
    }

    private static bool IsAssemblyMetadataConstructor(MetadataReader reader, EntityHandle constructor)
    {
        switch (constructor.Kind)
        {
            // The usual case: the attribute type lives in another assembly (the core library).
            case HandleKind.MemberReference:
                var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                if (parent.Kind != HandleKind.TypeReference)
                {
                    return false;
                }

                var reference = reader.GetTypeReference((TypeReferenceHandle)parent);
                return IsAssemblyMetadataType(reader, reference.Namespace, reference.Name);

            // The assembly defines the attribute type itself, as a core library or a polyfill would.
            case HandleKind.MethodDefinition:
                var definition = reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
                return IsAssemblyMetadataType(reader, definition.Namespace, definition.Name);

            default:
                return false;
        }
    }

    private static bool IsAssemblyMetadataType(MetadataReader reader, StringHandle @namespace, StringHandle name) =>
        reader.StringComparer.Equals(@namespace, "System.Reflection") && reader.StringComparer.Equals(name, "AssemblyMetadataAttribute");
}
