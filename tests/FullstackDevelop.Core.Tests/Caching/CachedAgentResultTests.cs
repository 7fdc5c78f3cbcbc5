using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FullstackDevelop.Core.Caching;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching;

public sealed class CachedAgentResultTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("../outside.txt")]
    [InlineData("src/../../outside.txt")]
    [InlineData("src/./page.tsx")]
    [InlineData("src//page.tsx")]
    [InlineData("src\\page.tsx")]
    [InlineData("C:/page.tsx")]
    [InlineData("page\0.tsx")]
    public void PathsMustBeCleanRelativePaths(string path)
    {
        Assert.Throws<ArgumentException>(() => SampleResults.Result((path, "x")));
    }

    [Fact]
    public void FilesAreListedInOrdinalOrderOfPath()
    {
        var result = SampleResults.Result(("src/b.ts", "b"), ("README.md", "r"), ("src/a.ts", "a"));

        Assert.Equal(new[] { "README.md", "src/a.ts", "src/b.ts" }, result.Files.Keys.ToArray());
    }

    [Fact]
    public void OutputHashDependsOnPathsAndContentOnly()
    {
        var files = new[] { ("a.txt", "one"), ("b.txt", "two") };
        var result = SampleResults.Result("frontend-developer", files);
        var sameFilesOtherRun = new CachedAgentResult(
            "frontend-developer",
            files.Select(f => new KeyValuePair<string, byte[]>(f.Item1, Encoding.UTF8.GetBytes(f.Item2))).Reverse(),
            TimeSpan.FromMinutes(3),
            DateTimeOffset.UnixEpoch);

        Assert.Equal(result.OutputHash, sameFilesOtherRun.OutputHash);
        Assert.NotEqual(result.OutputHash, SampleResults.Result(("a.txt", "one"), ("b.txt", "TWO")).OutputHash);
        Assert.NotEqual(result.OutputHash, SampleResults.Result(("a.txt", "one"), ("c.txt", "two")).OutputHash);
        Assert.NotEqual(result.OutputHash, SampleResults.Result(("a.txt", "one")).OutputHash);
    }

    [Fact]
    public void ARepeatedPathIsRejected()
    {
        var files = new[] { new KeyValuePair<string, byte[]>("a.txt", new byte[1]), new KeyValuePair<string, byte[]>("a.txt", new byte[2]) };

        Assert.Throws<ArgumentException>(() => new CachedAgentResult("qa-engineer", files, TimeSpan.Zero, DateTimeOffset.UnixEpoch));
    }
}
