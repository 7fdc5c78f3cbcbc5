using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements;

/// <summary>The canonical requirements built from declarations, and the problems found on the way.</summary>
/// <param name="Requirements">The requirements, or <see langword="null"/> when there is no project or an error was found: the only model a snapshot is written from.</param>
/// <param name="Problems">Every problem, in the order of the declarations.</param>
/// <param name="ValidPart">
/// What is valid in the declarations, for the code the user's program calls while an error is being fixed: every
/// declaration with an error left out, and what depends on it (see <see cref="RequirementsBuilder"/>). Equal to
/// <paramref name="Requirements"/> when there is no error; <see langword="null"/> only when there is no project.
/// </param>
public sealed record RequirementsBuildResult(ProjectRequirements? Requirements, EquatableArray<Problem> Problems, ProjectRequirements? ValidPart);
