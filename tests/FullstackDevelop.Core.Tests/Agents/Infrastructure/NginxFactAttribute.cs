using System;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Infrastructure;

/// <summary>
/// A test that needs nginx (Debian's <c>nginx</c>), Node.js and npm: skipped when one is missing, unless
/// <c>FULLSTACK_REQUIRE_INTEGRATION=1</c> (CI), where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") != "1"
            && (Nginx.Find() is null || NodeModules.FindOnPath("node") is null || NodeModules.FindOnPath("npm") is null))
        {
            Skip = "nginx, Node.js or npm is not installed (FULLSTACK_REQUIRE_INTEGRATION=1 makes this a failure).";
        }
    }
}
