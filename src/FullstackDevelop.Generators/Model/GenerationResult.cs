using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Generators.Model;

/// <summary>A generated source file.</summary>
internal sealed record GeneratedFile(string HintName, string Source);

/// <summary>A diagnostic to report, without Roslyn objects.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments);

/// <summary>The generator's output for one compilation.</summary>
internal sealed record GenerationResult(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);
