using System;
using System.Globalization;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>
/// Which random build sequence the differential test runs: <c>FULLSTACK_DIFFERENTIAL_SEED</c> (default
/// <see cref="DefaultSeed"/>) and <c>FULLSTACK_DIFFERENTIAL_STEPS</c> (default <see cref="DefaultSteps"/>). The same
/// seed always gives the same steps, so a failure is reproduced by its seed alone.
/// </summary>
internal static class DifferentialSettings
{
    public const int DefaultSeed = 12_013;

    public const int DefaultSteps = 200;

    public static int Seed => Read("FULLSTACK_DIFFERENTIAL_SEED", DefaultSeed);

    public static int Steps => Read("FULLSTACK_DIFFERENTIAL_STEPS", DefaultSteps);

    /// <summary>How to run the failing sequence again, for failure messages.</summary>
    public static string Reproduce(int seed, int step) =>
        "seed " + seed.ToString(CultureInfo.InvariantCulture) + ", step " + step.ToString(CultureInfo.InvariantCulture)
        + "; run it again with FULLSTACK_DIFFERENTIAL_SEED=" + seed.ToString(CultureInfo.InvariantCulture)
        + " FULLSTACK_DIFFERENTIAL_STEPS=" + (step + 1).ToString(CultureInfo.InvariantCulture)
        + " dotnet test tests/FullstackDevelop.Build.Tests --filter FullyQualifiedName~Differential";

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
