using System.IO;
using System.IO.Compression;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>
/// A file's content as the server keeps it: gzip-compressed (so it stays compressed on the wire), named by the SHA-256
/// of the compressed bytes, as bazel-remote checks on upload; a download is verified against both hashes.
/// </summary>
internal static class RemoteBlob
{
    /// <summary>The compressed bytes of <paramref name="content"/>.</summary>
    public static byte[] Compress(byte[] content)
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content, 0, content.Length);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The content of a downloaded blob, or null unless the compressed bytes hash to <paramref name="blob"/> and
    /// decompress to exactly <paramref name="size"/> bytes hashing to <paramref name="hash"/>.
    /// </summary>
    public static byte[]? Verify(byte[] compressed, string blob, string hash, int size)
    {
        if (ContentHash.Of(compressed) != blob)
        {
            return null;
        }

        try
        {
            var content = GzipContent.ReadExactly(new MemoryStream(compressed), size);
            return content is not null && ContentHash.Of(content) == hash ? content : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
