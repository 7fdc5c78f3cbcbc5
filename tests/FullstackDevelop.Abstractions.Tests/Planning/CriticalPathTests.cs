using System;
using FullstackDevelop.Planning;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests.Planning;

public sealed class CriticalPathTests
{
    private static readonly string[] BuiltInPath =
    {
        "product-manager", "technical-architect", "backend-developer", "qa-engineer", "site-reliability-engineer", "development-coordinator",
    };

    [Fact]
    public void SpeedupIsTheSequentialSumOverTheLength()
    {
        var path = new CriticalPath(BuiltInPath, TimeSpan.FromMinutes(120), TimeSpan.FromMinutes(165));

        Assert.Equal(1.375, path.Speedup, 10);
    }

    [Fact]
    public void SpeedupOfASingleChainIsOne()
    {
        var path = new CriticalPath(new[] { "a", "b" }, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30));

        Assert.Equal(1d, path.Speedup, 10);
    }

    [Fact]
    public void SpeedupIsNotTheInverse()
    {
        var path = new CriticalPath(new[] { "a" }, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(40));

        Assert.Equal(4d, path.Speedup, 10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public void ZeroLengthPathHasASpeedupOfOne(int sequentialMinutes)
    {
        var path = new CriticalPath(Array.Empty<string>(), TimeSpan.Zero, TimeSpan.FromMinutes(sequentialMinutes));

        Assert.Equal(1d, path.Speedup);
        Assert.False(double.IsNaN(path.Speedup));
    }

    [Fact]
    public void ToStringJoinsTheAgentsWithArrows()
    {
        var path = new CriticalPath(BuiltInPath, TimeSpan.FromMinutes(120), TimeSpan.FromMinutes(165));

        Assert.Equal(
            "product-manager -> technical-architect -> backend-developer -> qa-engineer -> site-reliability-engineer -> development-coordinator",
            path.ToString());
    }

    [Fact]
    public void ToStringOfAnEmptyPathIsEmpty()
    {
        Assert.Equal(string.Empty, new CriticalPath(Array.Empty<string>(), TimeSpan.Zero, TimeSpan.Zero).ToString());
    }

    [Fact]
    public void KeepsItsConstructorArguments()
    {
        var path = new CriticalPath(BuiltInPath, TimeSpan.FromMinutes(120), TimeSpan.FromMinutes(165));

        Assert.Same(BuiltInPath, path.Agents);
        Assert.Equal(TimeSpan.FromMinutes(120), path.Length);
        Assert.Equal(TimeSpan.FromMinutes(165), path.SequentialSum);
    }
}
