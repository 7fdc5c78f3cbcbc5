using System;
using System.Text;
using FullstackDevelop.Core.Caching.Remote;
using Xunit;

namespace FullstackDevelop.Core.Tests.Caching.Remote;

public sealed class RemoteCacheAddressTests
{
    [Fact]
    public void User_info_becomes_basic_authentication_and_never_shows()
    {
        var address = RemoteCacheAddress.Parse("https://ci:p%40ss@cache.example.com/team", token: null, out var problem)!;

        Assert.Null(problem);
        Assert.Equal(new Uri("https://cache.example.com/team/"), address.BaseAddress);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ci:p@ss")), address.Authorization);
        Assert.Equal("https://***@cache.example.com/team", address.Display);
        Assert.DoesNotContain("p%40ss", address.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_is_a_bearer_and_wins_over_user_info()
    {
        var address = RemoteCacheAddress.Parse("http://u:p@127.0.0.1:9090/", "  tok3n ", out _)!;

        Assert.Equal("Bearer tok3n", address.Authorization);
        Assert.DoesNotContain("tok3n", address.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cache.example.com")]
    [InlineData("ftp://cache.example.com/")]
    [InlineData("https://u:secret@cache.example.com/?x=1")]
    public void A_URL_that_is_not_a_cache_base_URL_is_a_problem_that_quotes_no_secret(string url)
    {
        Assert.Null(RemoteCacheAddress.Parse(url, null, out var problem));

        Assert.NotNull(problem);
        Assert.DoesNotContain("secret", problem, StringComparison.Ordinal);
    }
}
