using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using Xunit;

namespace FullstackDevelop.Core.Tests.Planning;

public sealed class ResourceProfilesTests
{
    [Theory]
    [InlineData(ProjectScale.Small, 3, 512, 0.5, 2048)]
    [InlineData(ProjectScale.Medium, 5, 1024, 1.0, 8192)]
    [InlineData(ProjectScale.Large, 8, 2048, 2.0, 16384)]
    [InlineData(ProjectScale.Enterprise, 12, 4096, 4.0, 32768)]
    public void MatchTheSeedsTable(ProjectScale scale, int agents, int memory, double cpu, int total)
    {
        Assert.Equal(new ResourceProfile(scale, agents, memory, cpu, total), ResourceProfiles.For(scale));
    }

    [Fact]
    public void AnUnknownScaleGetsTheSmallProfile()
    {
        Assert.Equal(ResourceProfiles.For(ProjectScale.Small), ResourceProfiles.For((ProjectScale)0));
    }
}
