using System.Security.Cryptography;
using System.Text;

namespace FullstackDevelop.Core.Requirements;

/// <summary>The content hash of a requirements snapshot.</summary>
public static class RequirementsHash
{
    /// <summary>The SHA-256 of the snapshot's UTF-8 bytes, as lower-case hex.</summary>
    public static string Compute(string snapshotJson)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(snapshotJson));
        var text = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
