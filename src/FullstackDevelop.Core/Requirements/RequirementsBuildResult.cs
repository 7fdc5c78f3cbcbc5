using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements;

/// <summary>The canonical requirements built from declarations, and the problems found on the way.</summary>
/// <param name="Requirements">The requirements, or <see langword="null"/> when there is no project or an error was found.</param>
/// <param name="Problems">Every problem, in the order of the declarations.</param>
public sealed record RequirementsBuildResult(ProjectRequirements? Requirements, EquatableArray<Problem> Problems);
