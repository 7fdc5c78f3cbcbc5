using FullstackDevelop.Core.Agents.Layout;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>Everything agent templates may see of a project; each agent's units take the parts its inputs allow.</summary>
/// <param name="Project">The project.</param>
/// <param name="Entities">The entities, by name.</param>
/// <param name="Requirements">Every requirement key and value, by key.</param>
/// <param name="Plan">The execution plan.</param>
/// <param name="Infrastructure">The infrastructure profile of the project's scale.</param>
/// <param name="Layout">Where the project and the artifacts sit in the repository.</param>
public sealed record ArtifactModel(
    ArtifactProject Project,
    EquatableArray<ArtifactEntity> Entities,
    EquatableArray<ArtifactRequirement> Requirements,
    ArtifactPlan Plan,
    InfrastructureProfile Infrastructure,
    ArtifactLayout Layout);
