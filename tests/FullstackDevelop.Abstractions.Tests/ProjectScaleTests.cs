using Xunit;

namespace FullstackDevelop.Abstractions.Tests;

public sealed class ProjectScaleTests
{
    // The generator passes the declared value to Core's ScaleResolver as an int: 0 is automatic, 1-4 the seed's scales.
    [Theory]
    [InlineData(ProjectScale.Auto, 0)]
    [InlineData(ProjectScale.Small, 1)]
    [InlineData(ProjectScale.Medium, 2)]
    [InlineData(ProjectScale.Large, 3)]
    [InlineData(ProjectScale.Enterprise, 4)]
    public void ValuesAreTheContractWithTheScaleResolver(ProjectScale scale, int value)
    {
        Assert.Equal(value, (int)scale);
    }

    [Fact]
    public void DefaultIsAuto()
    {
        Assert.Equal(ProjectScale.Auto, default(ProjectScale));
    }
}
