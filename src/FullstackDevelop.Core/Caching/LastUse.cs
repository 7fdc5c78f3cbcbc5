using System;
using System.IO;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// A cache file's last use, kept in its last-write time: writes and reads set it, and eviction removes the
/// files used longest ago. Last-access times would do the same, but many file systems are mounted
/// without them (noatime) or update them lazily (relatime).
/// </summary>
internal static class LastUse
{
    /// <summary>Records that <paramref name="path"/> was used at <paramref name="now"/>; best effort.</summary>
    public static void Record(string path, DateTimeOffset now)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, now.UtcDateTime);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or shared folder still serves hits; the file just ages as if unused.
        }
    }
}
