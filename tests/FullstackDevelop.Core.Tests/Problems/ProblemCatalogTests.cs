using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Problems;
using Xunit;

namespace FullstackDevelop.Core.Tests.Problems;

public sealed class ProblemCatalogTests
{
    // A warning says a declaration (or a render limit property) is ignored; Info would be invisible in dotnet build, so no problem is Info.
    private static readonly string[] ExpectedWarnings = { "FSD0004", "FSD0008", "FSD0014", "FSD0022", "FSD0023", "FSD0025", "FSD0027", "FSD0029", "FSD0030", "FSD0032", "FSD0037", "FSD0038", "FSD0039", "FSD0040" };

    [Fact]
    public void IdsAreConsecutiveFromFsd0001InListOrder()
    {
        var ids = ProblemCatalog.All.Select(descriptor => descriptor.Id).ToList();
        var expected = Enumerable.Range(1, ids.Count).Select(n => "FSD" + n.ToString("0000", CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void OnlyIgnoredDeclarationsAreWarningsAndNothingIsInfo()
    {
        var warnings = ProblemCatalog.All.Where(descriptor => descriptor.Severity == ProblemSeverity.Warning).Select(descriptor => descriptor.Id);

        Assert.Equal(ExpectedWarnings, warnings);
        Assert.DoesNotContain(ProblemCatalog.All, descriptor => descriptor.Severity == ProblemSeverity.Info);
    }

    [Fact]
    public void EveryMessageUsesConsecutivePlaceholdersFromZero()
    {
        foreach (var descriptor in ProblemCatalog.All)
        {
            var placeholders = Regex.Matches(descriptor.MessageFormat, @"\{(\d+)\}")
                .Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
                .Distinct()
                .OrderBy(n => n)
                .ToList();

            Assert.Equal(Enumerable.Range(0, placeholders.Count), placeholders);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title), descriptor.Id);
        }
    }

    [Fact]
    public void HelpLinkPointsAtTheLowerCaseAnchor()
    {
        Assert.Equal(
            "https://github.com/fullstackdevelop/fullstackdevelop/blob/main/docs/diagnostics.md#fsd0013",
            ProblemCatalog.AgentDependencyCycle.HelpLink);
    }
}
