using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Tests.Caching;

/// <summary>Keys, results and file locations the cache tests share.</summary>
internal static class SampleResults
{
    public static readonly DateTimeOffset CreatedAt = new(2025, 5, 31, 8, 30, 0, TimeSpan.FromHours(2));

    public static string Key(string seed) => ContentHash.Of("key:" + seed);

    public static CachedAgentResult Result(params (string Path, string Text)[] files) =>
        Result("frontend-developer", files);

    public static CachedAgentResult Result(string agent, params (string Path, string Text)[] files) => new(
        agent,
        files.Select(file => new KeyValuePair<string, byte[]>(file.Path, Encoding.UTF8.GetBytes(file.Text))),
        TimeSpan.FromMilliseconds(1234.5),
        CreatedAt);

    /// <summary>A result whose one file does not compress, so its size on disk is predictable.</summary>
    public static CachedAgentResult Incompressible(int seed, int size)
    {
        var content = new byte[size];
        new Random(seed).NextBytes(content);
        return new CachedAgentResult("devops-engineer", new Dictionary<string, byte[]> { ["blob.bin"] = content }, TimeSpan.Zero, CreatedAt);
    }

    public static string Text(CachedAgentResult result, string path) => Encoding.UTF8.GetString(result.Files[path]);

    public static string BlobPath(string root, string text) => BlobPath(root, Encoding.UTF8.GetBytes(text));

    public static string BlobPath(string root, byte[] content) =>
        Path.Combine(root, "cas", Convert.ToHexStringLower(SHA256.HashData(content)));

    public static string EntryPath(string root, string key) => Path.Combine(root, "ac", key);
}
