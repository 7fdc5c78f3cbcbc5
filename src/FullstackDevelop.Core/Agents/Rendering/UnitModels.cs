using FullstackDevelop.Core.Agents.Layout;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Rendering;

/// <summary>
/// The variables of an agent's project-wide templates: <c>tool</c>, <c>project</c>, <c>requirements</c> (the agent's
/// slice), <c>entities</c> (empty for an agent that does not read them), <c>plan</c> (null for one that does not read the custom agents), <c>infrastructure</c>,
/// <c>locale</c> (from <c>ui.locale</c> in the slice, so <c>en-US</c> for an agent that does not read <c>ui.</c> keys), <c>upstream</c> (a custom
/// template agent's dependencies' files; empty for the built-in agents), <c>layout</c> (null for an agent that does not read <c>deployment.</c> keys)
/// and <c>objectives</c> (the service level objectives, from the <c>slo.</c> keys in the slice and the profile).
/// </summary>
/// <param name="Tool">The tool that renders the files.</param>
/// <param name="Project">The project.</param>
/// <param name="Requirements">The requirement keys the agent reads, by key.</param>
/// <param name="Entities">The entities, when the agent reads them.</param>
/// <param name="Plan">The execution plan, when the agent reads the custom agents (<c>agents.</c>); null otherwise.</param>
/// <param name="Infrastructure">The infrastructure profile.</param>
/// <param name="Locale">The frontend's locale, from <paramref name="Requirements"/>.</param>
/// <param name="Upstream">The files of the agents a custom template agent depends on, sorted by path.</param>
/// <param name="Layout">Where the project and the artifacts sit in the repository, when the agent reads <c>deployment.</c> keys; null otherwise.</param>
/// <param name="Objectives">
/// The service level objectives. Worked out from <paramref name="Requirements"/> and <paramref name="Infrastructure"/>, so
/// the unit's hash, which covers both, covers them too.
/// </param>
public sealed record ProjectUnitModel(
    GeneratorTool Tool,
    ArtifactProject Project,
    EquatableArray<ArtifactRequirement> Requirements,
    EquatableArray<ArtifactEntity> Entities,
    ArtifactPlan? Plan,
    InfrastructureProfile Infrastructure,
    ArtifactLocale Locale,
    EquatableArray<UpstreamFile> Upstream = default,
    ArtifactLayout? Layout = null,
    ServiceObjectives? Objectives = null);

/// <summary>
/// The variables of an agent's per-entity templates: <c>tool</c>, <c>project</c> and <c>entity</c>. Requirement values
/// and upstream files stay out, so a changed <c>ui.</c> key, or an upstream file that changes with every entity (the
/// OpenAPI document), re-renders project-wide files only.
/// </summary>
/// <param name="Tool">The tool that renders the files.</param>
/// <param name="Project">The project.</param>
/// <param name="Entity">The entity.</param>
public sealed record EntityUnitModel(GeneratorTool Tool, ArtifactProject Project, ArtifactEntity Entity);
