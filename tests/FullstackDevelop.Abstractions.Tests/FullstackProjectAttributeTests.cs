using System;
using System.Reflection;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests;

public sealed class FullstackProjectAttributeTests
{
    [Fact]
    public void DefaultsToAutomaticScaleWithUnknownUsersAndNoStack()
    {
        var attribute = new FullstackProjectAttribute("Bookstore");

        Assert.Equal("Bookstore", attribute.Name);
        Assert.Equal(ProjectScale.Auto, attribute.Scale);
        Assert.Equal(0, attribute.ExpectedUsers);
        Assert.Null(attribute.Stack);
    }

    [Fact]
    public void IsDeclaredOncePerAssembly()
    {
        var usage = typeof(FullstackProjectAttribute).GetCustomAttribute<AttributeUsageAttribute>();

        Assert.NotNull(usage);
        Assert.Equal(AttributeTargets.Assembly, usage.ValidOn);
        Assert.False(usage.AllowMultiple);
    }
}
