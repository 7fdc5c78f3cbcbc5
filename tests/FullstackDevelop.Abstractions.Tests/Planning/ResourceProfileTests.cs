using FullstackDevelop.Planning;
using Xunit;

namespace FullstackDevelop.Abstractions.Tests.Planning;

public sealed class ResourceProfileTests
{
    [Fact]
    public void KeepsItsConstructorArguments()
    {
        var profile = new ResourceProfile(ProjectScale.Large, 8, 2048, 2.0, 16384);

        Assert.Equal(ProjectScale.Large, profile.Scale);
        Assert.Equal(8, profile.MaxConcurrentAgents);
        Assert.Equal(2048, profile.MemoryPerAgentMegabytes);
        Assert.Equal(2.0, profile.CpuPerAgent);
        Assert.Equal(16384, profile.TotalProjectMemoryMegabytes);
    }
}
