using System;
using System.Security.Cryptography;
using System.Text;
using FullstackDevelop.Core.Requirements;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

public sealed class RequirementsHashTests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void IsTheLowerCaseHexSha256(string text, string expected)
    {
        Assert.Equal(expected, RequirementsHash.Compute(text));
    }

    [Fact]
    public void HashesTheUtf8Bytes()
    {
        const string Text = "{\"name\":\"Café ☕\"}";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));

        Assert.Equal(expected, RequirementsHash.Compute(Text));
    }

    [Fact]
    public void DifferentSnapshotsHashDifferently()
    {
        Assert.NotEqual(RequirementsHash.Compute("{\"a\":1}"), RequirementsHash.Compute("{\"a\":2}"));
    }

    [Fact]
    public void HashesPiecesAsTheirConcatenation()
    {
        // A large piece too, past the hasher's first buffer.
        var text = "{\"name\":\"Café ☕ 📚\"," + new string('x', 5000) + "}";
        for (var first = 0; first <= text.Length; first += 7)
        {
            for (var second = first; second <= text.Length; second += 1013)
            {
                if (!char.IsLowSurrogate(text, Math.Min(first, text.Length - 1)) && !char.IsLowSurrogate(text, Math.Min(second, text.Length - 1)))
                {
                    var pieces = new[] { text.Substring(0, first), text.Substring(first, second - first), text.Substring(second) };
                    Assert.Equal(RequirementsHash.Compute(text), RequirementsHash.Compute(pieces));
                }
            }
        }
    }
}
