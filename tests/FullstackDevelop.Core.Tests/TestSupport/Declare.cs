using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Tests.TestSupport;

/// <summary>Builds the declarations a host would read from the user's attributes.</summary>
internal static class Declare
{
    public const string Namespace = "Shop.Domain.";

    public static RequirementsDeclarations Declarations(
        ProjectDeclaration? project,
        IEnumerable<FeatureDeclaration>? features = null,
        IEnumerable<RequirementDeclaration>? requirements = null,
        IEnumerable<AgentDeclaration>? agents = null,
        IEnumerable<EntityDeclaration>? entities = null,
        IEnumerable<AgentTemplateDeclaration>? agentTemplates = null) =>
        new(
            project,
            EquatableArray.From(features),
            EquatableArray.From(requirements),
            EquatableArray.From(agents),
            EquatableArray.From(entities),
            EquatableArray.From(agentTemplates ?? TemplatesFor(agents)));

    /// <summary>
    /// A project template for each agent that sets neither a command nor outputs, so that agents declared for other
    /// checks are valid template agents (FSD0041); pass <c>agentTemplates</c> to declare them yourself.
    /// </summary>
    public static IEnumerable<AgentTemplateDeclaration> TemplatesFor(IEnumerable<AgentDeclaration>? agents) =>
        (agents ?? Enumerable.Empty<AgentDeclaration>())
            .Where(agent => string.IsNullOrWhiteSpace(agent.Command) && agent.Outputs.Count == 0 && agent.Name is not null && !BuiltInAgents.Contains(agent.Name))
            .Select(agent => AgentTemplate(agent.Name!, "agent-notes", "custom/" + agent.Name + ".md"))
            .Distinct();

    /// <summary>An <c>[assembly: AgentTemplate]</c>.</summary>
    public static AgentTemplateDeclaration AgentTemplate(string? agent, string? template, string? output, bool perEntity = false) =>
        new(agent, template, output, perEntity);

    public static ProjectDeclaration Project(string? name = "Shop", int scale = 0, int expectedUsers = 0) =>
        new(name, scale, expectedUsers, EquatableArray.Of("aspnetcore", "react", "postgresql"));

    public static FeatureDeclaration[] Features(params string?[] names)
    {
        var features = new FeatureDeclaration[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            features[i] = new FeatureDeclaration(names[i]);
        }

        return features;
    }

    public static RequirementDeclaration Requirement(string? key, string? value) => new(key, value);

    /// <summary>A template agent; use a <c>with</c> expression to set reads, a command or outputs.</summary>
    public static AgentDeclaration Agent(string? name, int minutes = 10, params string[] dependsOn) =>
        new(name, EquatableArray.Of(dependsOn), default, "1.0.0", minutes, null, default);

    public static EntityDeclaration Entity(string name, params PropertyDeclaration[] properties) =>
        new(name, Namespace + name, null, EquatableArray.Of(properties));

    public static PropertyDeclaration Scalar(string name, string clrType, bool nullable = false) =>
        new(name, clrType, nullable, false, null, default);

    public static PropertyDeclaration Id(string name = "Id") => Scalar(name, "System.Int32");

    public static PropertyDeclaration Text(string name, bool nullable = false) => Scalar(name, "System.String", nullable);

    public static PropertyDeclaration EnumOf(string name, params string[] members) =>
        new(name, Namespace + name, false, false, null, EquatableArray.Of(members));

    public static PropertyDeclaration Reference(string name, string target, bool nullable = false, string? foreignKey = null) =>
        new(name, Namespace + target, nullable, false, target, default, foreignKey is null ? default : EquatableArray.Of(Annotate.ForeignKey(foreignKey)));

    public static PropertyDeclaration Collection(string name, string target) =>
        new(name, Namespace + target, false, true, target, default);
}
