using System;
using System.Reflection;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests;

public sealed class RequirementAttributeTests
{
    [Fact]
    public void KeepsKeyAndValueApart()
    {
        var attribute = new RequirementAttribute("database.engine", "postgresql");

        Assert.Equal("database.engine", attribute.Key);
        Assert.Equal("postgresql", attribute.Value);
    }

    [Fact]
    public void CanBeDeclaredManyTimesPerAssembly()
    {
        var usage = typeof(RequirementAttribute).GetCustomAttribute<AttributeUsageAttribute>();

        Assert.NotNull(usage);
        Assert.Equal(AttributeTargets.Assembly, usage.ValidOn);
        Assert.True(usage.AllowMultiple);
    }
}
