using System;
using System.IO;

namespace FullstackDevelop.Core.Files;

/// <summary>
/// Publishes a file whole or not at all: the content goes to a temp file beside the target, which is then
/// renamed onto it. A rename within one folder is atomic, so a reader in any process (another build, an
/// IDE, a watching dev server) sees no file, the old file or the new one, never a part.
/// </summary>
public static class AtomicFile
{
    /// <summary>The suffix of files still being written; the cache's eviction leaves them to their writer.</summary>
    public const string TempSuffix = ".tmp";

    /// <summary>Replaces or creates the file at <paramref name="path"/> with <paramref name="content"/>, creating its folder.</summary>
    /// <exception cref="IOException">The file or its folder could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file is not writable.</exception>
    public static void Write(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Write(path, stream => stream.Write(content, 0, content.Length), overwrite: true);
    }

    /// <summary>
    /// Writes the file at <paramref name="path"/>. With <paramref name="overwrite"/> false an existing file is
    /// kept and the new content dropped: for content-addressed files both are the same bytes.
    /// </summary>
    /// <returns>The bytes this call published; 0 when it kept an existing file.</returns>
    public static long Write(string path, Action<Stream> writeContent, bool overwrite)
    {
        // A unique temp name per writer, so concurrent writers of one target never share a temp file.
        var temp = path + "." + Guid.NewGuid().ToString("N") + TempSuffix;
        var renamed = false;
        try
        {
            long length;

            // No fsync: a file torn by a power cut fails verification on read and counts as a miss.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                writeContent(stream);
                length = stream.Length;
            }

            renamed = Publish(temp, path, overwrite);
            return renamed ? length : 0;
        }
        finally
        {
            if (!renamed)
            {
                DeleteQuietly(temp);
            }
        }
    }

    /// <summary>Deletes a file if it is there; a file that cannot be deleted now is left for eviction.</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process holds or removed it; either way it is not this caller's problem.
        }
    }

    private static bool Publish(string temp, string path, bool overwrite)
    {
        try
        {
            File.Move(temp, path);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another writer published first.
            if (!overwrite)
            {
                return false;
            }
        }

        // File.Replace is rename(2) on Unix and ReplaceFile on Windows: the target is swapped, never half-written.
        File.Replace(temp, path, destinationBackupFileName: null);
        return true;
    }
}
