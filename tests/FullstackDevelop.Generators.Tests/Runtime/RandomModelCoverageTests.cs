using System.Globalization;
using System.Linq;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Generators.Tests.Runtime.Generation;
using Xunit;
using Xunit.Abstractions;

namespace FullstackDevelop.Generators.Tests.Runtime;

/// <summary>The random models of a run reach every type, attribute, key and relation of the documented subset.</summary>
public sealed class RandomModelCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void The_random_models_cover_the_documented_subset()
    {
        var count = SeededRuns.RandomModels.Count;
        var features = Enumerable.Range(0, count)
            .Select(index => ModelFeatures.Of(RandomModelGenerator.Generate(index, SeededRuns.RandomModels.SeedOf(index))))
            .SelectMany(set => set)
            .GroupBy(feature => feature)
            .ToDictionary(group => group.Key, group => group.Count());

        output.WriteLine("Models that declare each feature, of " + count.ToString(CultureInfo.InvariantCulture) + " (FULLSTACK_RANDOM_MODELS_SEED=" + SeededRuns.RandomModels.Seed.ToString(CultureInfo.InvariantCulture) + "):");
        foreach (var (feature, models) in features.OrderBy(pair => pair.Key, System.StringComparer.Ordinal))
        {
            output.WriteLine(models.ToString(CultureInfo.InvariantCulture).PadLeft(4) + "  " + feature);
        }

        // Another seed, or fewer models, may well miss a rare feature; the default run must not.
        if (count >= SeededRuns.RandomModels.DefaultCount && SeededRuns.RandomModels.Seed == SeededRuns.RandomModels.DefaultSeed)
        {
            var missing = ModelFeatures.Required.Where(feature => !features.ContainsKey(feature)).ToList();
            Assert.True(missing.Count == 0, "No random model declares: " + string.Join(", ", missing));
        }
    }
}
