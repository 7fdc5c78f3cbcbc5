using System.Globalization;
using FullstackDevelop.Planning;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests.Planning;

public sealed class DetectedPatternTests
{
    // de-DE writes 10.5 as "10,5"; where ICU is missing (invariant globalization), an equivalent culture stands in.
    private static CultureInfo German()
    {
        try
        {
            return CultureInfo.GetCultureInfo("de-DE");
        }
        catch (CultureNotFoundException)
        {
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NumberDecimalSeparator = ",";
            culture.NumberFormat.NumberGroupSeparator = ".";
            return culture;
        }
    }

    [Theory]
    [InlineData(2, 4, "2-4 hours")]
    [InlineData(6, 6, "6 hours")]
    [InlineData(10.5, 10.5, "10.5 hours")]
    [InlineData(1.5, 4.5, "1.5-4.5 hours")]
    [InlineData(0, 0, "0 hours")]
    public void EstimatedTimeSavingsIsARangeOrASingleValue(double minimum, double maximum, string expected)
    {
        var pattern = new DetectedPattern("crud-operations", 7, OptimizationPotential.VeryHigh, minimum, maximum);

        Assert.Equal(expected, pattern.EstimatedTimeSavings);
    }

    [Fact]
    public void EstimatedTimeSavingsUsesInvariantCultureUnderGerman()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = German();
            Assert.Equal("10,5", 10.5.ToString("0.#", CultureInfo.CurrentCulture));

            var crud = new DetectedPattern("crud-operations", 7, OptimizationPotential.VeryHigh, 10.5, 10.5);
            Assert.Equal("10.5 hours", crud.EstimatedTimeSavings);
            Assert.Equal("crud-operations x7 (10.5 hours)", crud.ToString());
            Assert.Equal("1.5-4.5 hours", new DetectedPattern("authentication", 1, OptimizationPotential.High, 1.5, 4.5).EstimatedTimeSavings);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void EstimatedTimeSavingsRoundsToOneDecimal()
    {
        Assert.Equal("3.3 hours", new DetectedPattern("x", 1, OptimizationPotential.Medium, 10d / 3, 10d / 3).EstimatedTimeSavings);
    }

    [Fact]
    public void ToStringShowsTypeFrequencyAndSavings()
    {
        var pattern = new DetectedPattern("authentication", 4, OptimizationPotential.High, 2, 4);

        Assert.Equal("authentication x4 (2-4 hours)", pattern.ToString());
    }

    [Fact]
    public void KeepsItsConstructorArguments()
    {
        var pattern = new DetectedPattern("crud-operations", 5, OptimizationPotential.VeryHigh, 7.5, 8);

        Assert.Equal("crud-operations", pattern.Type);
        Assert.Equal(5, pattern.Frequency);
        Assert.Equal(OptimizationPotential.VeryHigh, pattern.Potential);
        Assert.Equal(7.5, pattern.MinimumHoursSaved);
        Assert.Equal(8, pattern.MaximumHoursSaved);
    }
}
