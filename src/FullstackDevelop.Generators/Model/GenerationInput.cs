using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Generators.Model;

/// <summary>Everything the generator read from one compilation, in a canonical order, with each entity's part built on its own (<see cref="RequirementsBuilder.BuildEntity"/>).</summary>
internal sealed record GenerationInput(
    Located<ProjectDeclaration>? Project,
    EquatableArray<Located<FeatureDeclaration>> Features,
    EquatableArray<Located<RequirementDeclaration>> Requirements,
    EquatableArray<Located<AgentDeclaration>> Agents,
    EquatableArray<EntityModel> Entities,
    EquatableArray<DiagnosticInfo> ReadDiagnostics,
    string Namespace,
    EquatableArray<EntityPart> EntityParts = default,
    EquatableArray<Located<AgentTemplateDeclaration>> AgentTemplates = default,
    EquatableArray<string> TemplateNames = default);
