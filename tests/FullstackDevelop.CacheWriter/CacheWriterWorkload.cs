using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FullstackDevelop.Core.Caching;

namespace FullstackDevelop.CacheWriter;

/// <summary>
/// What the writer processes store, and how the test checks it. Every entry is stamped with its key, writer
/// and iteration, and all its files derive from the stamp, so an entry whose files came from two writes
/// (a torn entry) fails <see cref="IsWhole"/>. Some files are the same in every entry, in every entry of one
/// key, or in every entry of one key and round, so the writers also race to store the same blobs.
/// </summary>
public static class CacheWriterWorkload
{
    /// <summary>How many keys every writer writes, all of them racing on each.</summary>
    public const int SharedKeyCount = 5;

    /// <summary>How many keys each writer writes alone.</summary>
    public const int OwnKeyCount = 5;

    private const string AgentName = "cache-writer";
    private const int PageCount = 60;

    private static readonly byte[] Common = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("the same in every entry\n", 500)));

    /// <summary>The key of the shared entry <paramref name="index"/>.</summary>
    public static string SharedKey(int index) => Key("shared-" + index.ToString(CultureInfo.InvariantCulture));

    /// <summary>The key of entry <paramref name="index"/> of <paramref name="writer"/> alone.</summary>
    public static string OwnKey(int writer, int index) =>
        Key("writer-" + writer.ToString(CultureInfo.InvariantCulture) + "-" + index.ToString(CultureInfo.InvariantCulture));

    /// <summary>The entry <paramref name="writer"/> stores under <paramref name="key"/> in <paramref name="iteration"/>.</summary>
    public static CachedAgentResult Entry(string key, int writer, int iteration)
    {
        var stamp = string.Join(" ", key, writer.ToString(CultureInfo.InvariantCulture), iteration.ToString(CultureInfo.InvariantCulture));
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["stamp.txt"] = Encoding.UTF8.GetBytes(stamp),
            ["shared/common.txt"] = Common,
            ["shared/key.txt"] = Encoding.UTF8.GetBytes("written for " + key),

            // New in every round but the same for every writer: writers in step race to create this blob.
            ["shared/round.txt"] = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(key + " round " + iteration.ToString(CultureInfo.InvariantCulture) + "\n", 300))),
        };

        // Many paths to one blob: the manifest outgrows one write call, so a write that is not atomic tears it.
        for (var page = 0; page < PageCount; page++)
        {
            files["pages/page-" + page.ToString("D2", CultureInfo.InvariantCulture) + ".txt"] = files["stamp.txt"];
        }

        return new CachedAgentResult(AgentName, files, TimeSpan.FromMilliseconds(iteration), DateTimeOffset.UnixEpoch.AddSeconds(iteration));
    }

    /// <summary>True when <paramref name="result"/> is exactly one write's entry for <paramref name="key"/>.</summary>
    public static bool IsWhole(string key, CachedAgentResult result)
    {
        if (!result.Files.TryGetValue("stamp.txt", out var stamp))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(stamp).Split(' ');
        if (parts.Length != 3
            || parts[0] != key
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var writer)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var iteration))
        {
            return false;
        }

        var expected = Entry(key, writer, iteration);
        return result.OutputHash == expected.OutputHash
            && result.AgentName == expected.AgentName
            && result.Duration == expected.Duration
            && result.CreatedAt == expected.CreatedAt;
    }

    private static string Key(string agent) => new CacheKeyBuilder().Agent(agent, "1").Tool(AgentName, "1").Build();
}
