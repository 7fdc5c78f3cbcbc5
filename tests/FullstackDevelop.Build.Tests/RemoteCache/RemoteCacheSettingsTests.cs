using System;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FullstackDevelop.Build.Tasks;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Build.Tests.RemoteCache;

/// <summary>How the remote cache's settings reach the build: the package's targets, the task, the environment.</summary>
[Collection(nameof(EnvironmentVariables))]
public sealed class RemoteCacheSettingsTests : IDisposable
{
    private static readonly string[] Variables = ["FULLSTACK_REMOTE_CACHE_URL", "FULLSTACK_REMOTE_CACHE_READ_ONLY", "FULLSTACK_REMOTE_CACHE_TOKEN", "FULLSTACK_REMOTE_CACHE_SIGNING_KEY"];

    public void Dispose()
    {
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void The_targets_pass_the_remote_cache_properties_to_parameters_the_task_has()
    {
        var targets = XDocument.Load(RepositoryPaths.Combine("build", "FullstackDevelop.targets"));
        var task = targets.Descendants().Single(element => element.Name.LocalName == nameof(RunFullstackAgents));

        Assert.Equal("$(FullstackRemoteCacheUrl)", task.Attribute("RemoteCacheUrl")?.Value);
        Assert.Equal("$(FullstackRemoteCacheReadOnly)", task.Attribute("RemoteCacheReadOnly")?.Value);

        // MSBuild fails a build whose task element names a parameter the task lacks.
        var parameters = typeof(RunFullstackAgents).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite).Select(property => property.Name).ToHashSet();
        Assert.All(task.Attributes().Where(attribute => attribute.Name.LocalName != "Condition"), attribute => Assert.Contains(attribute.Name.LocalName, parameters));
    }

    [Fact]
    public void An_empty_property_falls_back_to_the_environment_and_secrets_come_from_it_only()
    {
        Environment.SetEnvironmentVariable("FULLSTACK_REMOTE_CACHE_URL", "https://cache.example.com/");
        Environment.SetEnvironmentVariable("FULLSTACK_REMOTE_CACHE_READ_ONLY", "true");
        Environment.SetEnvironmentVariable("FULLSTACK_REMOTE_CACHE_TOKEN", "t0ken");
        Environment.SetEnvironmentVariable("FULLSTACK_REMOTE_CACHE_SIGNING_KEY", "k3y");

        var fromEnvironment = new RunFullstackAgents().ReadOptions();
        var fromProperties = new RunFullstackAgents { RemoteCacheUrl = "http://127.0.0.1:9090/", RemoteCacheReadOnly = "false" }.ReadOptions();

        Assert.Equal(("https://cache.example.com/", "true", "t0ken", "k3y"), (fromEnvironment.RemoteCacheUrl, fromEnvironment.RemoteCacheReadOnly, fromEnvironment.RemoteCacheToken, fromEnvironment.RemoteCacheSigningKey));
        Assert.Equal(("http://127.0.0.1:9090/", "false"), (fromProperties.RemoteCacheUrl, fromProperties.RemoteCacheReadOnly));
        Assert.DoesNotContain("t0ken", fromEnvironment.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("k3y", fromEnvironment.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>Tests that set process environment variables, run one at a time.</summary>
[CollectionDefinition(nameof(EnvironmentVariables), DisableParallelization = true)]
public sealed class EnvironmentVariables;
