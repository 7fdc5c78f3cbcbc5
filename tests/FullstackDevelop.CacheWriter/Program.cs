using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using FullstackDevelop.CacheWriter;
using FullstackDevelop.Core.Caching;

// Usage: FullstackDevelop.CacheWriter <cache-root> <writer> <iterations> <signal-folder>
// Writes the shared keys and its own keys into the cache many times, reading the shared keys back while the
// other writers replace them. Exit code 0: every write was taken and every read found a whole entry.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: FullstackDevelop.CacheWriter <cache-root> <writer> <iterations> <signal-folder>");
    return 64;
}

var root = args[0];
var writer = int.Parse(args[1], CultureInfo.InvariantCulture);
var iterations = int.Parse(args[2], CultureInfo.InvariantCulture);
var signals = args[3];

// All writers start together: each says it is ready, then waits for the test's start signal.
File.WriteAllText(Path.Combine(signals, "ready-" + args[1]), string.Empty);
var waited = Stopwatch.StartNew();
while (!File.Exists(Path.Combine(signals, "start")))
{
    if (waited.Elapsed > TimeSpan.FromSeconds(30))
    {
        Console.Error.WriteLine($"writer {writer}: no start signal");
        return 3;
    }

    Thread.Sleep(2);
}

var cache = new DiskResultCache(root);
for (var i = 0; i < iterations; i++)
{
    var shared = CacheWriterWorkload.SharedKey(i % CacheWriterWorkload.SharedKeyCount);
    var own = CacheWriterWorkload.OwnKey(writer, i % CacheWriterWorkload.OwnKeyCount);
    if (!cache.Put(shared, CacheWriterWorkload.Entry(shared, writer, i)) || !cache.Put(own, CacheWriterWorkload.Entry(own, writer, i)))
    {
        Console.Error.WriteLine($"writer {writer}: write {i} was skipped");
        return 1;
    }

    // This writer wrote every shared key once the first round is done, and nothing evicts in this test:
    // from then on a miss means a reader caught an entry half-written.
    var probe = CacheWriterWorkload.SharedKey((i + 1) % CacheWriterWorkload.SharedKeyCount);
    var read = cache.Get(probe);
    if (read is null ? i >= CacheWriterWorkload.SharedKeyCount : !CacheWriterWorkload.IsWhole(probe, read))
    {
        Console.Error.WriteLine($"writer {writer}: read of {probe} in write {i} was " + (read is null ? "a miss" : "a torn entry"));
        return 2;
    }
}

return 0;
