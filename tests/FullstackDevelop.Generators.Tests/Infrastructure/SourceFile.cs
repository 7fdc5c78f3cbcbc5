namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>A C# file of a test compilation.</summary>
internal sealed record SourceFile(string Path, string Text);
