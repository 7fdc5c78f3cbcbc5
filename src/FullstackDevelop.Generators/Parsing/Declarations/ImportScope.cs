using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Generators.Parsing.Declarations;

/// <summary>
/// One level of name lookup around a declaration: a namespace and the using directives written
/// at that level. A type's scopes go from the innermost namespace out to the file (namespace "").
/// </summary>
/// <param name="Namespace">The namespace whose types are in scope at this level, "" for the global namespace.</param>
/// <param name="Imports">The namespaces imported by <c>using</c> directives at this level.</param>
/// <param name="Aliases">The <c>using Alias = Target;</c> directives at this level.</param>
/// <param name="StaticImports">The types named by <c>using static</c> directives at this level, whose nested types are in scope.</param>
internal sealed record ImportScope(string Namespace, EquatableArray<string> Imports, EquatableArray<UsingAlias> Aliases, EquatableArray<string> StaticImports = default);

/// <summary>A using alias: <c>using Alias = Target;</c>.</summary>
internal sealed record UsingAlias(string Alias, TypeReference Target);
