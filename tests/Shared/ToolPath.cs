using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace FullstackDevelop.Tests.Shared;

/// <summary>Finds the executables the tests drive (node, npm, nginx, chromium) as a shell would.</summary>
internal static class ToolPath
{
    /// <summary>
    /// <paramref name="tool"/> on the PATH, or else the first of <paramref name="usualPaths"/> that exists (Debian puts
    /// some tools in /usr/sbin, which is not on every user's PATH); null when it is not installed.
    /// </summary>
    public static string? Find(string tool, params string[] usualPaths)
    {
        var names = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new[] { tool + ".cmd", tool + ".exe", tool } : new[] { tool };
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.SelectMany(directory => names.Select(name => Path.Combine(directory, name))).Concat(usualPaths).FirstOrDefault(File.Exists);
    }
}
