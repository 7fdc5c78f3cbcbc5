using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FullstackDevelop.Core.Hashing;

/// <summary>Content hashes: the same text always gives the same key, on every machine.</summary>
public static class ContentHash
{
    /// <summary>The SHA-256 of the text's UTF-8 bytes, as lower-case hex.</summary>
    public static string Of(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
