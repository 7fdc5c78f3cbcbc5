using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Generators.Parsing.Declarations;

/// <summary>
/// What the generator reads from one syntax tree: its assembly attributes, its type declarations
/// and its global using directives. Equal for two versions of a file that differ only in what discovery ignores (method
/// bodies, fields, comments), so an edit there re-runs nothing downstream.
/// </summary>
/// <param name="FilePath">The file's path.</param>
/// <param name="Types">Every type declared in the file, nested ones included.</param>
/// <param name="GlobalUsings">The file's <c>global using</c> directives, which apply to every file.</param>
/// <param name="Usings">The file's other top-level using directives.</param>
/// <param name="AssemblyAttributes">The file's <c>[assembly: ...]</c> attributes, in order.</param>
/// <param name="Failure">Set when reading the file failed: the exception, reported as FSD0019.</param>
internal sealed record FileDeclarations(
    string FilePath,
    EquatableArray<SourceType> Types,
    ImportScope GlobalUsings,
    ImportScope Usings,
    EquatableArray<SourceAttribute> AssemblyAttributes,
    string? Failure = null);
