using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>The generated CI workflow turns the remote result cache on from repository secrets, read-only for pull requests.</summary>
public sealed class CiWorkflowRemoteCacheTests
{
    [Fact]
    public void The_workflow_sets_the_remote_cache_from_secrets_and_reads_only_in_pull_requests()
    {
        var text = AgentSamples.Render("devops-engineer", AgentSamples.EveryFieldType)[".github/workflows/ci.yml"];
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));

        var env = (YamlMappingNode)((YamlMappingNode)yaml.Documents.Single().RootNode).Children[new YamlScalarNode("env")];
        string Value(string name) => ((YamlScalarNode)env.Children[new YamlScalarNode(name)]).Value!;

        // GitHub gives an absent secret as an empty string, which the build task reads as "off".
        Assert.Equal("${{ secrets.FULLSTACK_REMOTE_CACHE_URL }}", Value("FULLSTACK_REMOTE_CACHE_URL"));
        Assert.Equal("${{ secrets.FULLSTACK_REMOTE_CACHE_TOKEN }}", Value("FULLSTACK_REMOTE_CACHE_TOKEN"));
        Assert.Equal("${{ secrets.FULLSTACK_REMOTE_CACHE_SIGNING_KEY }}", Value("FULLSTACK_REMOTE_CACHE_SIGNING_KEY"));
        Assert.Equal("${{ github.event_name == 'pull_request' }}", Value("FULLSTACK_REMOTE_CACHE_READ_ONLY"));
    }
}
