using FullstackDevelop.Core.Requirements;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

public sealed class ScaleResolverTests
{
    [Theory]
    [InlineData(1, 0, ProjectScale.Small)]
    [InlineData(1, 500_000, ProjectScale.Small)]
    [InlineData(2, 0, ProjectScale.Medium)]
    [InlineData(3, 10, ProjectScale.Large)]
    [InlineData(4, 10, ProjectScale.Enterprise)]
    public void DeclaredScaleWinsOverExpectedUsers(int declared, int users, ProjectScale expected)
    {
        var (scale, source) = ScaleResolver.Resolve(declared, users);

        Assert.Equal(expected, scale);
        Assert.Equal(ScaleSource.Declared, source);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void NoDeclarationAndNoPositiveUsersDefaultsToSmall(int users)
    {
        var (scale, source) = ScaleResolver.Resolve(0, users);

        Assert.Equal(ProjectScale.Small, scale);
        Assert.Equal(ScaleSource.Default, source);
    }

    [Theory]
    [InlineData(1, ProjectScale.Small)]
    [InlineData(100, ProjectScale.Small)]
    [InlineData(999, ProjectScale.Small)]
    [InlineData(1_000, ProjectScale.Medium)]
    [InlineData(9_999, ProjectScale.Medium)]
    [InlineData(10_000, ProjectScale.Large)]
    [InlineData(99_999, ProjectScale.Large)]
    [InlineData(100_000, ProjectScale.Enterprise)]
    [InlineData(int.MaxValue, ProjectScale.Enterprise)]
    public void ExpectedUsersPickTheScaleAtTheSeedBoundaries(int users, ProjectScale expected)
    {
        var (scale, source) = ScaleResolver.Resolve(0, users);

        Assert.Equal(expected, scale);
        Assert.Equal(ScaleSource.ExpectedUsers, source);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(99)]
    public void ADeclaredValueOutsideTheScalesIsTreatedAsAutomatic(int declared)
    {
        Assert.Equal((ProjectScale.Medium, ScaleSource.ExpectedUsers), ScaleResolver.Resolve(declared, 5_000));
        Assert.Equal((ProjectScale.Small, ScaleSource.Default), ScaleResolver.Resolve(declared, 0));
    }
}
