namespace FullstackDevelop.Core.Caching;

/// <summary>One file of an <see cref="ActionManifest"/>.</summary>
/// <param name="Path">Its relative path.</param>
/// <param name="Hash">The SHA-256 of its content: the name of its blob.</param>
/// <param name="Size">Its size uncompressed, in bytes.</param>
internal sealed record ManifestFile(string Path, string Hash, int Size);
