using System;
using System.IO;
using System.Runtime.InteropServices;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// The default disk cache folder: one per user, shared by all projects, so a result computed in one
/// checkout serves every other. <c>$XDG_CACHE_HOME/fullstackdevelop</c> or <c>~/.cache/fullstackdevelop</c>
/// on Unix, <c>%LOCALAPPDATA%\fullstackdevelop</c> on Windows.
/// </summary>
public static class UserCacheFolder
{
    /// <summary>The name of the product's folder under the user's cache folder.</summary>
    public const string Name = "fullstackdevelop";

    /// <summary>The folder for the current user on the current operating system.</summary>
    public static string Resolve() =>
        Resolve(Environment.GetEnvironmentVariable, RuntimeInformation.IsOSPlatform(OSPlatform.Windows));

    /// <summary>The folder, given the environment; the temp folder when the environment names no home.</summary>
    internal static string Resolve(Func<string, string?> environment, bool isWindows)
    {
        var parent = isWindows
            ? Absolute(environment("LOCALAPPDATA"))
            : Absolute(environment("XDG_CACHE_HOME")) ?? HomeCache(environment("HOME"));
        return Path.Combine(parent ?? Path.GetTempPath(), Name);
    }

    // The XDG spec says a relative path in its variables is invalid and must be ignored.
    private static string? Absolute(string? path) => !string.IsNullOrEmpty(path) && Path.IsPathRooted(path) ? path : null;

    private static string? HomeCache(string? home) => Absolute(home) is { } root ? Path.Combine(root, ".cache") : null;
}
