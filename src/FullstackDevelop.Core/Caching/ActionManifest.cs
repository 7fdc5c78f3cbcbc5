using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// The action entry of the disk cache (<c>ac/&lt;key&gt;</c>): a small JSON document that lists an agent
/// result's files as blob hashes and sizes, with the result's metadata and when the entry was stored.
/// </summary>
/// <param name="Key">The cache key the entry is stored under; a reader checks it against the file name.</param>
/// <param name="AgentName">The agent that produced the files.</param>
/// <param name="Duration">How long the agent ran.</param>
/// <param name="CreatedAt">When the agent produced the files.</param>
/// <param name="StoredAt">When the entry was written; its time to live counts from here.</param>
/// <param name="Files">The files, in ordinal order of path.</param>
internal sealed record ActionManifest(
    string Key,
    string AgentName,
    TimeSpan Duration,
    DateTimeOffset CreatedAt,
    DateTimeOffset StoredAt,
    IReadOnlyList<ManifestFile> Files)
{
    // Bumped when the document changes shape; entries of another format are misses.
    private const string Format = "fullstackdevelop-action/1";

    // Far above any real manifest; a larger file is not one of ours and is not parsed.
    private const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The manifest of <paramref name="result"/>, stored under <paramref name="key"/> at <paramref name="storedAt"/>.</summary>
    public static ActionManifest Of(string key, CachedAgentResult result, DateTimeOffset storedAt)
    {
        var files = new List<ManifestFile>(result.Files.Count);
        foreach (var file in result.Files)
        {
            files.Add(new ManifestFile(file.Key, result.FileHashes[file.Key], file.Value.Length));
        }

        return new ActionManifest(key, result.AgentName, result.Duration, result.CreatedAt, storedAt, files);
    }

    /// <summary>Reads the manifest in <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a well-formed manifest stored under <paramref name="expectedKey"/>.</exception>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ActionManifest Read(string path, string expectedKey)
    {
        byte[] json;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            if (file.Length > MaxBytes)
            {
                throw new InvalidDataException("The manifest is too large.");
            }

            json = new byte[file.Length];
            var read = 0;
            while (read < json.Length)
            {
                var count = file.Read(json, read, json.Length - read);
                if (count == 0)
                {
                    throw new InvalidDataException("The manifest ended early.");
                }

                read += count;
            }
        }

        return Parse(json, expectedKey);
    }

    /// <summary>The manifest as compact JSON.</summary>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteString("key", Key);
            writer.WriteString("agent", AgentName);
            writer.WriteNumber("durationTicks", Duration.Ticks);
            writer.WriteString("createdAt", CreatedAt);
            writer.WriteString("storedAt", StoredAt);
            writer.WriteStartArray("files");
            foreach (var file in Files)
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteString("sha256", file.Hash);
                writer.WriteNumber("size", file.Size);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static ActionManifest Parse(byte[] json, string expectedKey)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || String(root, "format") != Format)
        {
            throw new InvalidDataException("Not a manifest of this format.");
        }

        if (String(root, "key") != expectedKey)
        {
            throw new InvalidDataException("The manifest is stored under another key.");
        }

        var files = new List<ManifestFile>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Property(root, "files", JsonValueKind.Array).EnumerateArray())
        {
            var path = String(file, "path");
            var hash = String(file, "sha256");
            var size = Int64(file, "size");

            // Checked before any file name is built from them: a manifest may come from a shared, untrusted folder.
            if (!CachedAgentResult.IsValidPath(path) || !paths.Add(path) || !ContentHash.IsWellFormed(hash) || size is < 0 or > int.MaxValue)
            {
                throw new InvalidDataException("The manifest lists a file it cannot hold.");
            }

            files.Add(new ManifestFile(path, hash, (int)size));
        }

        var agent = String(root, "agent");
        var duration = Int64(root, "durationTicks");
        if (agent.Length == 0 || duration < 0)
        {
            throw new InvalidDataException("The manifest's metadata is invalid.");
        }

        return new ActionManifest(
            expectedKey,
            agent,
            TimeSpan.FromTicks(duration),
            Time(root, "createdAt"),
            Time(root, "storedAt"),
            files);
    }

    private static JsonElement Property(JsonElement element, string name, JsonValueKind kind)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != kind)
        {
            throw new InvalidDataException($"The manifest has no {kind} '{name}'.");
        }

        return value;
    }

    private static string String(JsonElement element, string name) => Property(element, name, JsonValueKind.String).GetString()!;

    private static DateTimeOffset Time(JsonElement element, string name) =>
        Property(element, name, JsonValueKind.String).TryGetDateTimeOffset(out var value) ? value : throw new InvalidDataException($"'{name}' is not a time.");

    private static long Int64(JsonElement element, string name) =>
        Property(element, name, JsonValueKind.Number).TryGetInt64(out var value) ? value : throw new InvalidDataException($"'{name}' is not an integer.");
}
