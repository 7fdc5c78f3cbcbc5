using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FullstackDevelop.Generators.Tests.Differential;

/// <summary>
/// Which edit sequences the differential test runs: <c>FULLSTACK_GENERATOR_DIFF_SEED</c> (default <see cref="DefaultSeed"/>) and
/// <c>FULLSTACK_GENERATOR_DIFF_STEPS</c> (default <see cref="DefaultSteps"/>, split over <see cref="Sequences"/> sequences).
/// </summary>
internal static class DifferentialSettings
{
    public const int DefaultSeed = 12_020;

    public const int DefaultSteps = 240;

    public const int Sequences = 4;

    public static int Seed => Read("FULLSTACK_GENERATOR_DIFF_SEED", DefaultSeed);

    /// <summary>The steps of each sequence.</summary>
    public static int StepsPerSequence => Math.Max(1, Read("FULLSTACK_GENERATOR_DIFF_STEPS", DefaultSteps) / Sequences);

    /// <summary>The sequence numbers of one of <paramref name="shards"/> test classes, which xUnit runs in parallel.</summary>
    public static IEnumerable<object[]> Shard(int shard, int shards) =>
        Enumerable.Range(0, Sequences).Where(index => index % shards == shard).Select(index => new object[] { index });

    public static int SeedOf(int sequence) => unchecked((Seed * 1_000_003) + (sequence * 7_919));

    public static string Reproduce(int sequence, int step) =>
        "FULLSTACK_GENERATOR_DIFF_SEED=" + Seed.ToString(CultureInfo.InvariantCulture) + ", sequence " + sequence.ToString(CultureInfo.InvariantCulture)
        + ", step " + step.ToString(CultureInfo.InvariantCulture) + " (FULLSTACK_GENERATOR_DIFF_STEPS=" + (StepsPerSequence * Sequences).ToString(CultureInfo.InvariantCulture) + ")";

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
