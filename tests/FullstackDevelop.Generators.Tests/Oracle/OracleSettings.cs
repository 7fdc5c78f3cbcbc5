using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FullstackDevelop.Generators.Tests.Oracle;

/// <summary>
/// Which random projects the oracle test checks: <c>FULLSTACK_ORACLE_SEED</c> (default <see cref="DefaultSeed"/>) and
/// <c>FULLSTACK_ORACLE_COUNT</c> (default <see cref="DefaultCount"/>). The same seed and project number always give the same project.
/// </summary>
internal static class OracleSettings
{
    public const int DefaultSeed = 12_010;

    public const int DefaultCount = 240;

    public static int Seed => Read("FULLSTACK_ORACLE_SEED", DefaultSeed);

    public static int Count => Read("FULLSTACK_ORACLE_COUNT", DefaultCount);

    /// <summary>The project numbers of one of <paramref name="shards"/> test classes, which xUnit runs in parallel.</summary>
    public static IEnumerable<object[]> Shard(int shard, int shards) =>
        Enumerable.Range(0, Count).Where(index => index % shards == shard).Select(index => new object[] { index });

    /// <summary>The seed of project number <paramref name="index"/>.</summary>
    public static int SeedOf(int index) => unchecked((Seed * 1_000_003) + (index * 7_919));

    /// <summary>How to make the same project again, for failure messages.</summary>
    public static string Reproduce(int index)
    {
        var seed = Seed.ToString(CultureInfo.InvariantCulture);
        var project = index.ToString(CultureInfo.InvariantCulture);
        return "FULLSTACK_ORACLE_SEED=" + seed + ", project " + project + " (project seed " + SeedOf(index).ToString(CultureInfo.InvariantCulture) + "); run it alone with"
            + " FULLSTACK_ORACLE_SEED=" + seed + " FULLSTACK_ORACLE_COUNT=" + Math.Max(Count, index + 1).ToString(CultureInfo.InvariantCulture)
            + " dotnet test tests/FullstackDevelop.Generators.Tests --filter 'DisplayName~project: " + project + "\\)'";
    }

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
