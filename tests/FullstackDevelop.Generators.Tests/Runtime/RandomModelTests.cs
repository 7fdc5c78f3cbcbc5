using System.Collections.Generic;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace FullstackDevelop.Generators.Tests.Runtime;

// Accepted means it runs: every random model is either rejected with an FSD error or runs (see RandomModelRun). The
// models are split across two test classes because xUnit runs classes, not the cases of one theory, in parallel.

/// <summary>The random models with an even number.</summary>
public sealed class RandomModelTestsEven(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Models => SeededRuns.RandomModels.Shard(0, 2);

    [Theory]
    [MemberData(nameof(Models))]
    public Task Random_model_is_rejected_with_an_error_or_runs(int model) => RandomModelRun.RunAsync(model, output);
}

/// <summary>The random models with an odd number.</summary>
public sealed class RandomModelTestsOdd(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Models => SeededRuns.RandomModels.Shard(1, 2);

    [Theory]
    [MemberData(nameof(Models))]
    public Task Random_model_is_rejected_with_an_error_or_runs(int model) => RandomModelRun.RunAsync(model, output);
}
