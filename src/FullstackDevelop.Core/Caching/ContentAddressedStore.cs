using System;
using System.IO;
using System.IO.Compression;
using FullstackDevelop.Core.Files;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// The blobs of the disk cache (<c>cas/&lt;sha256&gt;</c>): each named by the SHA-256 of its uncompressed
/// content, stored gzip-compressed, stored once however many entries share it, and verified on every read.
/// </summary>
internal sealed class ContentAddressedStore
{
    private readonly string _folder;

    /// <summary>A store in <paramref name="folder"/>; the folder is created on the first write.</summary>
    public ContentAddressedStore(string folder)
    {
        _folder = folder;
    }

    /// <summary>The file of the blob with <paramref name="hash"/>.</summary>
    public string PathOf(string hash) => Path.Combine(_folder, hash);

    /// <summary>Stores <paramref name="content"/> under its <paramref name="hash"/> unless a blob with that hash is there already.</summary>
    /// <returns>The bytes added to the folder.</returns>
    public long Store(string hash, byte[] content, DateTimeOffset now)
    {
        var path = PathOf(hash);
        long written = 0;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(_folder);

            // Fastest: agent outputs are text that compresses well at any level, and the build waits for the write.
            written = AtomicFile.Write(path, stream =>
            {
                using var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
                gzip.Write(content, 0, content.Length);
            }, overwrite: false);
        }

        LastUse.Record(path, now);
        return written;
    }

    /// <summary>
    /// The content of the blob with <paramref name="hash"/> and <paramref name="size"/> uncompressed bytes, or
    /// null when it is missing or fails verification; a blob that fails is deleted so the next write replaces it,
    /// and <paramref name="damaged"/> says so.
    /// </summary>
    public byte[]? Read(string hash, int size, out bool damaged)
    {
        damaged = false;
        var path = PathOf(hash);
        if (!File.Exists(path))
        {
            return null;
        }

        byte[]? content;
        try
        {
            content = Decompress(path, size);
        }
        catch (InvalidDataException)
        {
            content = null;
        }

        if (content is null || ContentHash.Of(content) != hash)
        {
            damaged = true;
            AtomicFile.DeleteQuietly(path);
            return null;
        }

        return content;
    }

    /// <summary>The decompressed bytes, or null when there are more or fewer than <paramref name="size"/>.</summary>
    private static byte[]? Decompress(string path, int size)
    {
        // FileShare.Delete lets eviction and writers in other processes go on while this reader holds the file.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return GzipContent.ReadExactly(file, size);
    }
}
