using System;
using System.Reflection;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests;

public sealed class FeatureAttributeTests
{
    [Fact]
    public void KeepsItsName()
    {
        Assert.Equal("user-authentication", new FeatureAttribute("user-authentication").Name);
    }

    [Fact]
    public void CanBeDeclaredManyTimesPerAssembly()
    {
        var usage = typeof(FeatureAttribute).GetCustomAttribute<AttributeUsageAttribute>();

        Assert.NotNull(usage);
        Assert.Equal(AttributeTargets.Assembly, usage.ValidOn);
        Assert.True(usage.AllowMultiple);
    }
}
