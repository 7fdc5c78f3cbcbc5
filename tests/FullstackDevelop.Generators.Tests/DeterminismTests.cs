using System.Linq;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>The same requirements, declared in any order across any files, give the same bytes.</summary>
public sealed class DeterminismTests
{
    private static readonly SourceFile[] InOneFile =
    {
        new("Requirements.cs", """
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using FullstackDevelop;

            [assembly: FullstackProject("Library", ExpectedUsers = 20000, Stack = new[] { "aspnetcore", "react" })]
            [assembly: Feature("user-authentication")]
            [assembly: Requirement("ui.theme", "light")]
            [assembly: Requirement("database.engine", "sqlite")]
            [assembly: Agent("catalog-export", DependsOn = new[] { "qa-engineer", "backend-developer" }, Reads = new[] { "export.", "catalog." })]
            [assembly: Agent("nightly-report", DependsOn = new[] { "catalog-export" })]
            [assembly: AgentTemplate("catalog-export", "database-table", Output = "export/{table}.sql", PerEntity = true)]
            [assembly: AgentTemplate("nightly-report", "qa-test-plan", Output = "reports/nightly.md")]

            namespace Library.Domain
            {
                [Entity] public sealed class Member { public int Id { get; set; } [Required, MaxLength(80)] public string Name { get; set; } = ""; public List<Loan> Loans { get; set; } = new(); }
                [Entity] public sealed class Loan { public int Id { get; set; } public int MemberId { get; set; } public Member? Member { get; set; } }
            }
            """),
    };

    private static readonly SourceFile[] SplitAndReordered =
    {
        new("Domain/Loan.cs", """
            using FullstackDevelop;

            [assembly: Agent("nightly-report", DependsOn = new[] { "catalog-export" })]
            [assembly: AgentTemplate("nightly-report", "qa-test-plan", Output = "reports/nightly.md")]

            namespace Library.Domain
            {
                [Entity] public sealed class Loan { public int Id { get; set; } public int MemberId { get; set; } public Member? Member { get; set; } }
            }
            """),
        new("Features.cs", """
            [assembly: FullstackDevelop.Requirement("database.engine", "sqlite")]
            [assembly: FullstackDevelop.Agent("catalog-export", DependsOn = new[] { "backend-developer", "qa-engineer" }, Reads = new[] { "catalog.", "export." })]
            [assembly: FullstackDevelop.AgentTemplate("catalog-export", "database-table", Output = "export/{table}.sql", PerEntity = true)]
            """),
        new("Domain/Member.cs", """
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using FullstackDevelop;

            namespace Library.Domain
            {
                [Entity] public sealed class Member { public int Id { get; set; } [MaxLength(80), Required] public string Name { get; set; } = ""; public List<Loan> Loans { get; set; } = new(); }
            }
            """),
        new("Project.cs", """
            using FullstackDevelop;

            [assembly: Requirement("ui.theme", "light")]
            [assembly: Feature("user-authentication")]
            [assembly: FullstackProject("Library", Stack = new[] { "aspnetcore", "react" }, ExpectedUsers = 20000)]
            """),
    };

    [Fact]
    public void Order_and_file_split_do_not_change_the_snapshot_or_the_plan()
    {
        var single = GeneratorHarness.Run(InOneFile);
        var split = GeneratorHarness.Run(SplitAndReordered);

        Assert.Empty(single.WarningsAndErrors);
        Assert.Empty(split.WarningsAndErrors);
        Assert.Equal(SnapshotReader.Read(single.Output), SnapshotReader.Read(split.Output));
        Assert.Equal(single.RequiredSource(GenerationPipeline.PlanHintName), split.RequiredSource(GenerationPipeline.PlanHintName));
        Assert.Equal(single.RequiredSource(GenerationPipeline.SnapshotHintName), split.RequiredSource(GenerationPipeline.SnapshotHintName));
    }

    [Fact]
    public void Files_given_to_the_compiler_in_reverse_order_give_the_same_output()
    {
        var forward = GeneratorHarness.Run(SplitAndReordered);
        var reversed = GeneratorHarness.Run(SplitAndReordered.Reverse().ToArray());

        Assert.Equal(forward.RequiredSource(GenerationPipeline.PlanHintName), reversed.RequiredSource(GenerationPipeline.PlanHintName));
        Assert.Equal(SnapshotReader.Read(forward.Output), SnapshotReader.Read(reversed.Output));
    }
}
