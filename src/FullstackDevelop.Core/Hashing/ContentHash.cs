using System.Collections.Generic;
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

    /// <summary>
    /// The SHA-256 of the UTF-8 bytes of the pieces' concatenation, as lower-case hex: the same as <see cref="Of(string)"/>
    /// of the concatenated text, without building it. A piece must not end inside a surrogate pair.
    /// </summary>
    public static string Of(IEnumerable<string> pieces)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1024];
        foreach (var piece in pieces)
        {
            var length = Encoding.UTF8.GetMaxByteCount(piece.Length);
            if (length > buffer.Length)
            {
                buffer = new byte[length];
            }

            sha.AppendData(buffer, 0, Encoding.UTF8.GetBytes(piece, 0, piece.Length, buffer, 0));
        }

        return Hex(sha.GetHashAndReset());
    }

    /// <summary>The SHA-256 of <paramref name="data"/>, as lower-case hex.</summary>
    public static string Of(byte[] data)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(data));
    }

    private static string Hex(byte[] hash)
    {
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
