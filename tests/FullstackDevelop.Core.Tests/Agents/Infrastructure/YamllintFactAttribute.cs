using System;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Infrastructure;

/// <summary>
/// A test that needs yamllint (Debian's <c>yamllint</c>): skipped when it is missing, unless
/// <c>FULLSTACK_REQUIRE_INTEGRATION=1</c> (CI), where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class YamllintFactAttribute : FactAttribute
{
    public YamllintFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") != "1" && NodeModules.FindOnPath("yamllint") is null)
        {
            Skip = "yamllint is not on the PATH (FULLSTACK_REQUIRE_INTEGRATION=1 makes this a failure).";
        }
    }
}
