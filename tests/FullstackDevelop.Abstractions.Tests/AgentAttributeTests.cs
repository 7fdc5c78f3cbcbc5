using System;
using System.Reflection;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests;

public sealed class AgentAttributeTests
{
    [Fact]
    public void DefaultsToATemplateAgentOfTenMinutesAtVersionOne()
    {
        var attribute = new AgentAttribute("search-indexer");

        Assert.Equal("search-indexer", attribute.Name);
        Assert.Equal("1.0.0", attribute.Version);
        Assert.Equal(10, attribute.EstimatedMinutes);
        Assert.Null(attribute.DependsOn);
        Assert.Null(attribute.Reads);
        Assert.Null(attribute.Command);
        Assert.Null(attribute.Outputs);
    }

    [Fact]
    public void CanBeDeclaredManyTimesPerAssembly()
    {
        var usage = typeof(AgentAttribute).GetCustomAttribute<AttributeUsageAttribute>();

        Assert.NotNull(usage);
        Assert.Equal(AttributeTargets.Assembly, usage.ValidOn);
        Assert.True(usage.AllowMultiple);
    }
}
