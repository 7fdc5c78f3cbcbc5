using System;
using Xunit;

namespace FullstackDevelop.Build.Tests.RemoteCache;

/// <summary>
/// Whether a test that needs a real server may skip when it is missing: locally it skips with the reason; in CI
/// (<c>FULLSTACK_REQUIRE_INTEGRATION=1</c>) a missing server is a failure.
/// </summary>
internal static class RemoteIntegration
{
    public static void SkipUnless(bool available, string reason)
    {
        if (!available && Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") == "1")
        {
            throw new InvalidOperationException(reason + " (FULLSTACK_REQUIRE_INTEGRATION=1 forbids skipping)");
        }

        Skip.IfNot(available, reason);
    }
}
