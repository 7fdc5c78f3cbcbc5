using System.Security.Cryptography;
using System.Text;

namespace FullstackDevelop.Core.Hashing;

/// <summary>Content hashes: the same content always gives the same key, on every machine.</summary>
public static class ContentHash
{
    /// <summary>The length of a hash in hex characters.</summary>
    public const int Length = 64;

    /// <summary>The SHA-256 of the text's UTF-8 bytes, as lower-case hex.</summary>
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>The SHA-256 of <paramref name="data"/>, as lower-case hex.</summary>
    public static string Of(byte[] data)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(data);
        var hex = new char[hash.Length * 2];
        for (var i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = Digit(hash[i] >> 4);
            hex[(2 * i) + 1] = Digit(hash[i] & 0xF);
        }

        return new string(hex);
    }

    /// <summary>True when <paramref name="value"/> is 64 lower-case hex digits, the shape of a hash; safe as a file name too.</summary>
    public static bool IsWellFormed(string? value)
    {
        if (value is null || value.Length != Length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    private static char Digit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
