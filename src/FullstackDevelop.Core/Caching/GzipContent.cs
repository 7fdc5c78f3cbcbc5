using System.IO;
using System.IO.Compression;

namespace FullstackDevelop.Core.Caching;

/// <summary>Reads a gzip-compressed blob of a known size, for the disk and the remote levels alike.</summary>
internal static class GzipContent
{
    /// <summary>
    /// The decompressed bytes of <paramref name="compressed"/>, or null when there are more or fewer than
    /// <paramref name="size"/>. Corrupt data throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static byte[]? ReadExactly(Stream compressed, int size)
    {
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        var content = new byte[size];
        var read = 0;
        while (read < size)
        {
            var count = gzip.Read(content, read, size - read);
            if (count == 0)
            {
                return null;
            }

            read += count;
        }

        // Reading one byte past the expected size, and no further, bounds the work a corrupt blob can cause.
        return gzip.ReadByte() == -1 ? content : null;
    }
}
