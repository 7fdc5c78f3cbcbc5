using System;
using System.Reflection;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests;

public sealed class EntityAttributeTests
{
    [Fact]
    public void TableDefaultsToNull()
    {
        Assert.Null(new EntityAttribute().Table);
    }

    [Fact]
    public void MarksClassesOnceAndIsNotInherited()
    {
        var usage = typeof(EntityAttribute).GetCustomAttribute<AttributeUsageAttribute>();

        Assert.NotNull(usage);
        Assert.Equal(AttributeTargets.Class, usage.ValidOn);
        Assert.False(usage.AllowMultiple);
        Assert.False(usage.Inherited);
    }
}
