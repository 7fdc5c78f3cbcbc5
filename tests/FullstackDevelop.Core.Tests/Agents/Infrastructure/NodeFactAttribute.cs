using System;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Infrastructure;

/// <summary>
/// A test that needs Node.js and npm: skipped when either is missing, unless <c>FULLSTACK_REQUIRE_INTEGRATION=1</c>
/// (CI), where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") != "1"
            && (NodeModules.FindOnPath("node") is null || NodeModules.FindOnPath("npm") is null))
        {
            Skip = "Node.js and npm are not on the PATH (FULLSTACK_REQUIRE_INTEGRATION=1 makes this a failure).";
        }
    }
}
