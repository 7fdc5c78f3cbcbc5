using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Agents;

/// <summary>The files a custom template agent writes: one per <c>[assembly: AgentTemplate]</c> it has.</summary>
public static class CustomAgentArtifacts
{
    /// <summary>The artifacts of <paramref name="agent"/>'s templates, in the order of their outputs.</summary>
    public static IReadOnlyList<AgentArtifact> Of(AgentDefinition agent) =>
        agent.Templates
            .Select(template => new AgentArtifact(agent.Name, template.Template, template.Output, template.PerEntity ? ArtifactScope.Entity : ArtifactScope.Project))
            .ToList();
}
