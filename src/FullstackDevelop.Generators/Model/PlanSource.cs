using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Generators.Model;

/// <summary>What the plan and snapshot files are written from, once the snapshot's hash is known.</summary>
/// <param name="Plan">The plan, its <see cref="ExecutionPlan.RequirementsHash"/> empty until the snapshot is hashed.</param>
/// <param name="Namespace">The namespace of the plan's class.</param>
/// <param name="Snapshot">The requirements the snapshot is written from, or null when none is written (there are errors).</param>
internal sealed record PlanSource(ExecutionPlan Plan, string Namespace, ProjectRequirements? Snapshot);
