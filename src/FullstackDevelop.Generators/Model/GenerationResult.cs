using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Generators.Model;

/// <summary>A generated source file.</summary>
/// <param name="HintName">Its name in the compilation.</param>
/// <param name="Source">Its text.</param>
/// <param name="BodyStart">Where the code after the header starts.</param>
internal sealed record GeneratedFile(string HintName, string Source, int BodyStart = 0);

/// <summary>A diagnostic to report, without Roslyn objects.</summary>
/// <param name="Id">The diagnostic's ID.</param>
/// <param name="Location">The declaration it is about, in the project's source.</param>
/// <param name="Arguments">The message's arguments.</param>
/// <param name="TextLocation">Where it is in a file that is not C# source (a user template), when it has no <paramref name="Location"/>.</param>
internal sealed record DiagnosticInfo(string Id, SourceAnchor? Location, EquatableArray<string> Arguments, LocationInfo? TextLocation = null);

/// <summary>Files and diagnostics a step of the generator adds to the compilation.</summary>
/// <param name="Files">The source files.</param>
/// <param name="Diagnostics">The diagnostics.</param>
/// <param name="Backend">For the requirements step, what the backend the code templates render is built from: the valid part of the requirements, whenever a project is declared.</param>
/// <param name="AuthenticationFeature">For the requirements step, where <c>user-authentication</c> is declared, for the error when the API would be generated without it.</param>
/// <param name="Plan">For the requirements step, what the plan and snapshot files are written from, whenever a project is declared.</param>
internal sealed record GenerationResult(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics, BackendSource? Backend = null, SourceAnchor? AuthenticationFeature = null, PlanSource? Plan = null);
