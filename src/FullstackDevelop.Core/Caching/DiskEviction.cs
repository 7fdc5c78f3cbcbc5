using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Files;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// Keeps the disk cache within its size: removes files unused for longer than the time to live, then, when the
/// rest is over the cap, the least recently used files. Files are evicted one by one, as bazel-remote does: an
/// entry whose blob went is a miss on read, never a wrong result.
/// </summary>
internal static class DiskEviction
{
    /// <summary>Evicts from <paramref name="folders"/>.</summary>
    /// <param name="folders">The folders of the cache (action entries first).</param>
    /// <param name="unusedSince">Files last used before this time are expired: whatever referenced them expired too.</param>
    /// <param name="maxBytes">The cap: eviction by age starts only above it.</param>
    /// <param name="targetBytes">The size eviction by age goes down to, below the cap so the next writes do not evict again at once.</param>
    /// <param name="cancellationToken">Stops the eviction between files.</param>
    /// <returns>The bytes left in the folders.</returns>
    public static long Run(IReadOnlyList<string> folders, DateTimeOffset unusedSince, long maxBytes, long targetBytes, CancellationToken cancellationToken)
    {
        var candidates = new List<(FileInfo File, int Rank)>();
        long total = 0;
        for (var rank = 0; rank < folders.Count; rank++)
        {
            if (!Directory.Exists(folders[rank]))
            {
                continue;
            }

            foreach (var file in new DirectoryInfo(folders[rank]).EnumerateFiles())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (file.LastWriteTimeUtc < unusedSince.UtcDateTime)
                {
                    // Also the temp files of writers that crashed before publishing.
                    AtomicFile.DeleteQuietly(file.FullName);
                    continue;
                }

                total += file.Length;
                if (!file.Name.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal))
                {
                    candidates.Add((file, rank));
                }
            }
        }

        if (total <= maxBytes)
        {
            return total;
        }

        // At equal age an entry goes before its blobs, so no manifest is left pointing at evicted blobs.
        foreach (var (file, _) in candidates.OrderBy(c => c.File.LastWriteTimeUtc).ThenBy(c => c.Rank).ThenBy(c => c.File.Name, StringComparer.Ordinal))
        {
            if (total <= targetBytes)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            AtomicFile.DeleteQuietly(file.FullName);
            total -= file.Length;
        }

        return total;
    }
}
