using System.Collections.Generic;
using System.IO;
using FullstackDevelop.Core.Caching;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching;

public sealed class UserCacheFolderTests
{
    private static readonly string Home = Path.Combine(Path.GetTempPath(), "home", "ada");

    [Fact]
    public void OnUnixXdgCacheHomeWins()
    {
        var xdg = Path.Combine(Path.GetTempPath(), "xdg-cache");

        Assert.Equal(Path.Combine(xdg, "fullstackdevelop"), Resolve(isWindows: false, ("XDG_CACHE_HOME", xdg), ("HOME", Home)));
    }

    [Fact]
    public void OnUnixWithoutXdgCacheHomeTheFolderIsUnderDotCache()
    {
        Assert.Equal(Path.Combine(Home, ".cache", "fullstackdevelop"), Resolve(isWindows: false, ("HOME", Home)));
    }

    [Fact]
    public void ARelativeXdgCacheHomeIsIgnoredAsTheSpecSays()
    {
        Assert.Equal(Path.Combine(Home, ".cache", "fullstackdevelop"), Resolve(isWindows: false, ("XDG_CACHE_HOME", "relative/cache"), ("HOME", Home)));
    }

    [Fact]
    public void OnWindowsTheFolderIsUnderLocalAppData()
    {
        var local = Path.Combine(Path.GetTempPath(), "AppData", "Local");

        Assert.Equal(Path.Combine(local, "fullstackdevelop"), Resolve(isWindows: true, ("LOCALAPPDATA", local), ("XDG_CACHE_HOME", Home)));
    }

    [Fact]
    public void WithoutAHomeTheFolderIsUnderTheTempFolder()
    {
        Assert.Equal(Path.Combine(Path.GetTempPath(), "fullstackdevelop"), Resolve(isWindows: false));
    }

    private static string Resolve(bool isWindows, params (string Name, string Value)[] variables)
    {
        var environment = new Dictionary<string, string>();
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return UserCacheFolder.Resolve(name => environment.GetValueOrDefault(name), isWindows);
    }
}
