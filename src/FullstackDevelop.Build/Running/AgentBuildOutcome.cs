using System.Collections.Generic;
using FullstackDevelop.Core.Agents.Running;

namespace FullstackDevelop.Build.Running;

/// <summary>How a build of the agents ended.</summary>
/// <param name="Succeeded">False when an error was logged: the build fails.</param>
/// <param name="FileWrites">Every file the build wrote or keeps (artifacts, state, report), full paths, for MSBuild's clean.</param>
/// <param name="Result">The agents' run, when it got that far.</param>
public sealed record AgentBuildOutcome(bool Succeeded, IReadOnlyList<string> FileWrites, ArtifactBuildResult? Result);
