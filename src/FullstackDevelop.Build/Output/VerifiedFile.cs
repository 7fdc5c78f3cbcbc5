using FullstackDevelop.Core.Files;

namespace FullstackDevelop.Build.Output;

/// <summary>A file in the output folder whose content this build knows, with the stamp it had when that was known.</summary>
/// <param name="Hash">The content hash of the file's bytes.</param>
/// <param name="Stamp">The file's stamp, taken before its bytes were read (or, for a file trusted by its stamp, the stamp that vouched for it).</param>
public readonly record struct VerifiedFile(string Hash, FileStamp Stamp);
