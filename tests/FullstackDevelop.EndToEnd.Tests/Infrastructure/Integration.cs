using System;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Whether tests that need a real server may skip when it is missing: locally they skip with the
/// reason; in CI (<c>FULLSTACK_REQUIRE_INTEGRATION=1</c>) a missing server is a failure.
/// </summary>
internal static class Integration
{
    public static bool Required => Environment.GetEnvironmentVariable("FULLSTACK_REQUIRE_INTEGRATION") == "1";

    public static void SkipUnless(bool available, string reason)
    {
        if (!available && Required)
        {
            throw new InvalidOperationException(reason + " (FULLSTACK_REQUIRE_INTEGRATION=1 forbids skipping)");
        }

        Skip.IfNot(available, reason);
    }
}
