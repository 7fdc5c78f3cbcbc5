namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>One file of a <see cref="RemoteActionEntry"/>.</summary>
/// <param name="Path">Its relative path.</param>
/// <param name="Hash">The SHA-256 of its content, the name of its blob in the disk cache.</param>
/// <param name="Size">Its size uncompressed, in bytes.</param>
/// <param name="Blob">The SHA-256 of its gzip-compressed content: the name of its blob on the server (<c>cas/&lt;blob&gt;</c>).</param>
internal sealed record RemoteFile(string Path, string Hash, int Size, string Blob);
