using System.IO;
using System.Linq;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Generators.Diagnostics;
using FullstackDevelop.Tests.Shared;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>The compiler diagnostics, Core's catalog, the release tracking file and the docs agree.</summary>
public sealed class DiagnosticCatalogTests
{
    [Fact]
    public void Each_compiler_diagnostic_matches_its_problem_in_the_catalog()
    {
        Assert.Equal(ProblemCatalog.All.Select(p => p.Id), DiagnosticDescriptors.All.Select(d => d.Id));
        foreach (var (problem, descriptor) in ProblemCatalog.All.Zip(DiagnosticDescriptors.All))
        {
            Assert.Equal(problem.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(problem.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(problem.HelpLink, descriptor.HelpLinkUri);
            var expected = problem.Severity switch
            {
                ProblemSeverity.Error => DiagnosticSeverity.Error,
                ProblemSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
            Assert.Equal(expected, descriptor.DefaultSeverity);
        }
    }

    [Fact]
    public void Every_diagnostic_is_documented_and_release_tracked()
    {
        var docs = File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics.md"));
        var releases = File.ReadAllText(RepositoryPaths.Combine("src", "FullstackDevelop.Generators", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(RepositoryPaths.Combine("src", "FullstackDevelop.Generators", "AnalyzerReleases.Shipped.md"));

        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains("<a id=\"" + descriptor.Id.ToLowerInvariant() + "\"></a>", docs, System.StringComparison.Ordinal);
            Assert.Contains(descriptor.Id + " | FullstackDevelop | " + descriptor.DefaultSeverity + " |", releases, System.StringComparison.Ordinal);
        }
    }
}
