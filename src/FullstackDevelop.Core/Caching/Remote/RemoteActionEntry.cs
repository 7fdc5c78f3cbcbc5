using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>
/// The action entry on the server (<c>ac/&lt;key&gt;</c>): the result's metadata and files as compressed blobs, wrapped
/// with an optional HMAC-SHA256 signature over the exact bytes of the inner document. The inner document names the key,
/// so an entry copied under another key fails. It holds relative paths only, so it is valid on any machine.
/// </summary>
/// <param name="Key">The cache key.</param>
/// <param name="AgentName">The agent that produced the files.</param>
/// <param name="Duration">How long the agent ran.</param>
/// <param name="CreatedAt">When the agent produced the files.</param>
/// <param name="Files">The files, in ordinal order of path.</param>
internal sealed record RemoteActionEntry(string Key, string AgentName, TimeSpan Duration, DateTimeOffset CreatedAt, IReadOnlyList<RemoteFile> Files)
{
    // Bumped when the document changes shape; entries of another format are misses.
    private const string Format = "fullstackdevelop-remote-action/1";

    /// <summary>Why <see cref="Parse"/> refused an entry.</summary>
    public enum Rejection
    {
        /// <summary>Accepted.</summary>
        None,

        /// <summary>Not an entry of this format, or not for this key.</summary>
        Malformed,

        /// <summary>A signing key is set and the entry carries no signature.</summary>
        Unsigned,

        /// <summary>The signature does not match the content and the key.</summary>
        BadSignature,
    }

    /// <summary>The wrapped, signed (when <paramref name="signingKey"/> is set) bytes to upload.</summary>
    public byte[] ToBytes(byte[]? signingKey)
    {
        var inner = Inner();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteString("entry", inner);
            if (signingKey is not null)
            {
                writer.WriteString("hmacSha256", Sign(inner, signingKey));
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Reads an entry downloaded for <paramref name="expectedKey"/>, checking its signature when <paramref name="signingKey"/> is set.</summary>
    public static RemoteActionEntry? Parse(byte[] bytes, string expectedKey, byte[]? signingKey, out Rejection rejection)
    {
        rejection = Rejection.Malformed;
        try
        {
            using var outer = JsonDocument.Parse(bytes);
            var root = outer.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "format") != Format)
            {
                return null;
            }

            var inner = Text(root, "entry");
            if (signingKey is not null)
            {
                if (!root.TryGetProperty("hmacSha256", out var signature) || signature.ValueKind != JsonValueKind.String)
                {
                    rejection = Rejection.Unsigned;
                    return null;
                }

                if (!FixedTimeEquals(signature.GetString()!, Sign(inner, signingKey)))
                {
                    rejection = Rejection.BadSignature;
                    return null;
                }
            }

            var entry = ParseInner(inner, expectedKey);
            rejection = entry is null ? Rejection.Malformed : Rejection.None;
            return entry;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private string Inner()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("key", Key);
            writer.WriteString("agent", AgentName);
            writer.WriteNumber("durationTicks", Duration.Ticks);
            writer.WriteString("createdAt", CreatedAt);
            writer.WriteStartArray("files");
            foreach (var file in Files)
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteString("sha256", file.Hash);
                writer.WriteNumber("size", file.Size);
                writer.WriteString("blob", file.Blob);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static RemoteActionEntry? ParseInner(string inner, string expectedKey)
    {
        using var document = JsonDocument.Parse(inner);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || Text(root, "key") != expectedKey)
        {
            return null;
        }

        var files = new List<RemoteFile>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            var path = Text(file, "path");
            var hash = Text(file, "sha256");
            var blob = Text(file, "blob");
            var size = file.GetProperty("size").GetInt64();

            // Checked before anything is named after them: the server is not trusted.
            if (!CachedAgentResult.IsValidPath(path) || !paths.Add(path) || !ContentHash.IsWellFormed(hash) || !ContentHash.IsWellFormed(blob) || size is < 0 or > int.MaxValue)
            {
                return null;
            }

            files.Add(new RemoteFile(path, hash, (int)size, blob));
        }

        var agent = Text(root, "agent");
        var duration = root.GetProperty("durationTicks").GetInt64();
        if (agent.Length == 0 || duration < 0)
        {
            return null;
        }

        return new RemoteActionEntry(expectedKey, agent, TimeSpan.FromTicks(duration), root.GetProperty("createdAt").GetDateTimeOffset(), files);
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new InvalidDataException($"No string '{name}'.");

    private static string Sign(string inner, byte[] key)
    {
        using var hmac = new HMACSHA256(key);
        var mac = hmac.ComputeHash(Encoding.UTF8.GetBytes(inner));
        var hex = new StringBuilder(mac.Length * 2);
        foreach (var b in mac)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    // Constant time, so a forger learns nothing from how long a rejection takes.
    private static bool FixedTimeEquals(string first, string second)
    {
        if (first.Length != second.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < first.Length; i++)
        {
            difference |= first[i] ^ second[i];
        }

        return difference == 0;
    }
}
