using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>
/// Which seeded random inputs a randomized test checks: <c>{prefix}_SEED</c> (default <see cref="DefaultSeed"/>) and
/// <c>{prefix}_COUNT</c> (default <see cref="DefaultCount"/>). The same seed and number always give the same input.
/// </summary>
internal sealed class SeededRuns
{
    /// <summary>The random models of the runtime tests (<c>Runtime/</c>): generated, compiled, started and exercised.</summary>
    public static readonly SeededRuns RandomModels = new("model", "FULLSTACK_RANDOM_MODELS", 20_110, 50);

    /// <summary>The random projects of the binder's oracle test (<c>Oracle/</c>).</summary>
    public static readonly SeededRuns OracleProjects = new("project", "FULLSTACK_ORACLE", 12_010, 240);

    private readonly string _noun;
    private readonly string _prefix;

    private SeededRuns(string noun, string prefix, int defaultSeed, int defaultCount)
    {
        _noun = noun;
        _prefix = prefix;
        DefaultSeed = defaultSeed;
        DefaultCount = defaultCount;
    }

    public int DefaultSeed { get; }

    public int DefaultCount { get; }

    public int Seed => Read(_prefix + "_SEED", DefaultSeed);

    public int Count => Read(_prefix + "_COUNT", DefaultCount);

    /// <summary>The input numbers of one of <paramref name="shards"/> test classes, which xUnit runs in parallel.</summary>
    public IEnumerable<object[]> Shard(int shard, int shards) =>
        Enumerable.Range(0, Count).Where(index => index % shards == shard).Select(index => new object[] { index });

    /// <summary>The seed of input number <paramref name="index"/>.</summary>
    public int SeedOf(int index) => unchecked((Seed * 1_000_003) + (index * 7_919));

    /// <summary>How to make the same input again, for failure messages: its numbers, and the command that runs it alone.</summary>
    public string Reproduce(int index)
    {
        var seed = Seed.ToString(CultureInfo.InvariantCulture);
        var number = index.ToString(CultureInfo.InvariantCulture);
        return _prefix + "_SEED=" + seed + ", " + _noun + " " + number + " (" + _noun + " seed " + SeedOf(index).ToString(CultureInfo.InvariantCulture) + "); run it alone with"
            + " " + _prefix + "_SEED=" + seed + " " + _prefix + "_COUNT=" + Math.Max(Count, index + 1).ToString(CultureInfo.InvariantCulture)
            + " dotnet test tests/FullstackDevelop.Generators.Tests --filter 'DisplayName~" + _noun + ": " + number + "\\)'";
    }

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
