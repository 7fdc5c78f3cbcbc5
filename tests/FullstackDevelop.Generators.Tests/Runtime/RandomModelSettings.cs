using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FullstackDevelop.Generators.Tests.Runtime;

/// <summary>
/// Which random models a run checks: <c>FULLSTACK_RANDOM_MODELS_SEED</c> (default <see cref="DefaultSeed"/>) and
/// <c>FULLSTACK_RANDOM_MODELS_COUNT</c> (default <see cref="DefaultCount"/>). The same seed and model number always
/// give the same model, values and requests.
/// </summary>
internal static class RandomModelSettings
{
    public const int DefaultSeed = 20_110;

    public const int DefaultCount = 50;

    public static int Seed => Read("FULLSTACK_RANDOM_MODELS_SEED", DefaultSeed);

    public static int Count => Read("FULLSTACK_RANDOM_MODELS_COUNT", DefaultCount);

    /// <summary>The model numbers of one of <paramref name="shards"/> test classes, which xUnit runs in parallel.</summary>
    public static IEnumerable<object[]> Shard(int shard, int shards) =>
        Enumerable.Range(0, Count).Where(index => index % shards == shard).Select(index => new object[] { index });

    /// <summary>The seed of model number <paramref name="index"/>.</summary>
    public static int SeedOf(int index) => unchecked((Seed * 1_000_003) + (index * 7_919));

    /// <summary>How to make the same model again, for failure messages: its numbers, and the command that runs it alone.</summary>
    public static string Reproduce(int index)
    {
        var seed = Seed.ToString(CultureInfo.InvariantCulture);
        var model = index.ToString(CultureInfo.InvariantCulture);
        return "FULLSTACK_RANDOM_MODELS_SEED=" + seed + ", model " + model + " (model seed " + SeedOf(index).ToString(CultureInfo.InvariantCulture) + "); run it alone with"
            + " FULLSTACK_RANDOM_MODELS_SEED=" + seed + " FULLSTACK_RANDOM_MODELS_COUNT=" + Math.Max(Count, index + 1).ToString(CultureInfo.InvariantCulture)
            + " dotnet test tests/FullstackDevelop.Generators.Tests --filter 'DisplayName~model: " + model + "\\)'";
    }

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
