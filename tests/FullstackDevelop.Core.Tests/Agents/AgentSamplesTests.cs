using System.Linq;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class AgentSamplesTests
{
    public static TheoryData<string> Agents => new(BuiltInAgents.All.Select(agent => agent.Name));

    [Theory]
    [MemberData(nameof(Agents))]
    public void Every_built_in_agent_writes_files_for_the_samples(string agent)
    {
        Assert.NotEmpty(AgentSamples.Render(agent, BackendSamples.Bookstore));
        Assert.NotEmpty(AgentSamples.Render(agent, AgentSamples.EveryFieldType));
        Assert.NotEmpty(AgentSamples.Render(agent, BackendSamples.Keys));
    }

    [Fact]
    public void Every_artifact_template_is_in_the_built_in_catalog()
    {
        var names = FullstackDevelop.Core.Templates.TemplateCatalog.BuiltIn.Names;
        Assert.All(BuiltInAgentArtifacts.All, artifact => Assert.Contains(artifact.Template, names));
        Assert.Equal(BuiltInAgents.All.Select(agent => agent.Name), BuiltInAgentArtifacts.All.Select(artifact => artifact.Agent).Distinct());
    }
}
