using System.Runtime.InteropServices;
using Xunit;

namespace FullstackDevelop.Core.Tests.TestSupport;

/// <summary>The tests that run command agents write their commands for the POSIX shell that runs them on Linux and macOS.</summary>
internal static class Shell
{
    /// <summary>Skips the test on Windows, where command agents run through <c>cmd.exe</c>.</summary>
    public static void SkipOnWindows() =>
        Skip.If(RuntimeInformation.IsOSPlatform(OSPlatform.Windows), "The command is written for /bin/sh; on Windows command agents run through cmd.exe.");
}
