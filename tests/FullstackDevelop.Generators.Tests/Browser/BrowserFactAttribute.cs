using System;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Browser;

/// <summary>
/// A test that drives Debian's headless <c>chromium</c> through the production frontend, which Node.js and npm build
/// and nginx serves: skipped when one of them is missing, unless <c>FULLSTACK_REQUIRE_INTEGRATION=1</c> (CI), where it
/// runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") != "1"
            && (HeadlessChromium.Find() is null || Nginx.Find() is null || ToolPath.Find("node") is null || ToolPath.Find("npm") is null))
        {
            Skip = "chromium, nginx, Node.js or npm is not installed (apt-get install chromium nginx nodejs npm; FULLSTACK_REQUIRE_INTEGRATION=1 makes this a failure).";
        }
    }
}
