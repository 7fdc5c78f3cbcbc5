using System;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>The README's first command: run the sample and read the plan it prints.</summary>
public sealed class SampleTests
{
    [Fact]
    public async Task Sample_prints_the_seeds_six_groups_with_its_custom_agent_after_the_backend()
    {
        var run = await ProcessRunner.DotnetAsync(RepositoryPaths.Root, null, "run", "--project", "samples/Bookstore/Bookstore.csproj", "--", "--plan");

        Assert.True(run.ExitCode == 0, run.Describe());
        var expected = """
            Parallel groups:
              1. product-manager (15 min)
              2. technical-architect (20 min)
              3. backend-developer, devops-engineer, frontend-developer (25 min)
              4. qa-engineer, search-indexer (30 min)
              5. site-reliability-engineer (20 min)
              6. development-coordinator (10 min)

            Critical path: product-manager -> technical-architect -> backend-developer -> qa-engineer -> site-reliability-engineer -> development-coordinator
              120 min vs 180 min sequential (1.50x)

            Resource profile: Medium, 5 concurrent agents, 1024 MB and 1.0 CPU per agent, 8192 MB in total

            Patterns:
              authentication: frequency 7, potential High, saves 2-4 hours
              crud-operations: frequency 7, potential VeryHigh, saves 10.5 hours
            """;
        Assert.Contains(expected.ReplaceLineEndings("\n"), run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
