using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements.Catalog;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// Validates declarations and turns them into canonical <see cref="ProjectRequirements"/>: every
/// list sorted with ordinal comparison, duplicates and invalid declarations reported and dropped.
/// When there are errors, it also builds the valid part of the declarations, each error reported once:
/// an empty project name is replaced by the fallback name, an invalid feature, requirement or agent is
/// left out with the agents that depend on it, and an entity or property with an error is left out with
/// the navigations to it.
/// </summary>
public static class RequirementsBuilder
{
    /// <summary>Builds the canonical requirements.</summary>
    /// <param name="declarations">The declarations.</param>
    /// <param name="fallbackProjectName">The project's name in the valid part while the declared name is empty, such as the assembly's name.</param>
    public static RequirementsBuildResult Build(RequirementsDeclarations declarations, string? fallbackProjectName = null) =>
        Build(declarations, fallbackProjectName, null);

    /// <summary>
    /// What one entity declaration gives on its own. A host that keeps it while the declaration is equal passes it to
    /// <see cref="Build(RequirementsDeclarations, string?, IReadOnlyList{EntityPart}?)"/>, so an edit to one entity builds that entity's part alone.
    /// </summary>
    public static EntityPart BuildEntity(EntityDeclaration declaration) => EntityBuilder.BuildPart(declaration);

    /// <summary>Builds the canonical requirements from the entities' parts the host kept; the same result as without them.</summary>
    /// <param name="declarations">The declarations.</param>
    /// <param name="fallbackProjectName">The project's name in the valid part while the declared name is empty, such as the assembly's name.</param>
    /// <param name="entityParts">
    /// Parts from <see cref="BuildEntity"/>, in any order; a declaration without a part built from an equal declaration is built here.
    /// </param>
    public static RequirementsBuildResult Build(RequirementsDeclarations declarations, string? fallbackProjectName, IReadOnlyList<EntityPart>? entityParts)
    {
        var problems = new List<Problem>();
        if (declarations.Project is null)
        {
            var subject = FirstDeclaration(declarations);
            if (subject is not null)
            {
                problems.Add(Problem.Create(ProblemCatalog.MissingProject, subject));
            }

            return new RequirementsBuildResult(null, EquatableArray.From(problems), null);
        }

        var project = BuildProject(declarations.Project, problems);
        var features = BuildFeatures(declarations.Features, problems);
        var requirements = BuildRequirements(declarations.Requirements, CustomPrefixes(declarations), problems);
        var entities = EntityBuilder.Build(declarations.Entities, problems, entityParts);
        AuditLogNames.Check(features, declarations.Entities, entities, problems);
        var agents = BuildAgents(declarations, problems);

        var reported = EquatableArray.From(problems);
        if (!problems.Any(p => p.Descriptor.Severity == ProblemSeverity.Error))
        {
            var model = new ProjectRequirements(project, features, entities, requirements, agents);
            return new RequirementsBuildResult(model, reported, model);
        }

        var validPart = new ProjectRequirements(
            project.Name.Length == 0 && !string.IsNullOrWhiteSpace(fallbackProjectName) ? project with { Name = fallbackProjectName!.Trim() } : project,
            features,
            EntityBuilder.ValidPart(declarations.Entities, entities, problems),
            requirements,
            WithoutDependentsOfInvalid(agents, declarations.Agents));
        return new RequirementsBuildResult(null, reported, validPart);
    }

    // An agent that depends on an agent left out for an error is left out too, rather than reported as depending on an
    // unknown agent: the error is the other agent's.
    private static EquatableArray<CustomAgentInfo> WithoutDependentsOfInvalid(EquatableArray<CustomAgentInfo> agents, EquatableArray<AgentDeclaration> declarations)
    {
        var kept = agents.ToDictionary(agent => agent.Name, StringComparer.Ordinal);
        var invalid = new HashSet<string>(
            declarations.Select(d => d.Name).OfType<string>().Where(name => !kept.ContainsKey(name) && !BuiltInAgents.Contains(name)),
            StringComparer.Ordinal);
        var leftOut = kept.Values.Where(agent => agent.DependsOn.Any(invalid.Contains)).ToList();
        while (leftOut.Count > 0)
        {
            foreach (var agent in leftOut)
            {
                kept.Remove(agent.Name);
                invalid.Add(agent.Name);
            }

            leftOut = kept.Values.Where(agent => agent.DependsOn.Any(invalid.Contains)).ToList();
        }

        return EquatableArray.From(agents.Where(agent => kept.ContainsKey(agent.Name)));
    }

    private static ProblemSubject? FirstDeclaration(RequirementsDeclarations declarations)
    {
        if (declarations.Features.Count > 0)
        {
            return ProblemSubject.At(DeclarationKind.Feature, 0);
        }

        if (declarations.Requirements.Count > 0)
        {
            return ProblemSubject.At(DeclarationKind.Requirement, 0);
        }

        if (declarations.Agents.Count > 0)
        {
            return ProblemSubject.At(DeclarationKind.Agent, 0);
        }

        return declarations.Entities.Count > 0 ? ProblemSubject.At(DeclarationKind.Entity, 0) : null;
    }

    private static ProjectInfo BuildProject(ProjectDeclaration declaration, List<Problem> problems)
    {
        var subject = ProblemSubject.At(DeclarationKind.Project, 0);
        var name = declaration.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            problems.Add(Problem.Create(ProblemCatalog.EmptyProjectName, subject));
        }

        var expectedUsers = declaration.ExpectedUsers;
        if (expectedUsers < 0)
        {
            problems.Add(Problem.Create(ProblemCatalog.NegativeExpectedUsers, subject, expectedUsers.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            expectedUsers = 0;
        }

        var (scale, source) = ScaleResolver.Resolve(declaration.Scale, expectedUsers);
        var stack = declaration.Stack.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToArray();
        return new ProjectInfo(name, scale, source, expectedUsers, new EquatableArray<string>(stack));
    }

    private static EquatableArray<string> BuildFeatures(EquatableArray<FeatureDeclaration> declarations, List<Problem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < declarations.Count; i++)
        {
            var name = declarations[i].Name;
            var subject = ProblemSubject.At(DeclarationKind.Feature, i);
            if (!NameRules.IsKebabCase(name))
            {
                problems.Add(Problem.Create(ProblemCatalog.InvalidFeatureName, subject, name ?? string.Empty));
            }
            else if (!seen.Add(name!))
            {
                problems.Add(Problem.Create(ProblemCatalog.DuplicateFeature, subject, name!));
            }
            else if (CatalogProblems.OfFeature(name!, subject) is { } unknown)
            {
                problems.Add(unknown);
            }
        }

        return Sorted(seen);
    }

    // An alias is stored under its key's canonical name, so templates, the delta analysis and the snapshot see one key.
    private static EquatableArray<RequirementEntry> BuildRequirements(EquatableArray<RequirementDeclaration> declarations, IReadOnlyList<string> customPrefixes, List<Problem> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var declaredAs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < declarations.Count; i++)
        {
            var key = declarations[i].Key;
            var subject = ProblemSubject.At(DeclarationKind.Requirement, i);
            if (!NameRules.IsRequirementKey(key))
            {
                problems.Add(Problem.Create(ProblemCatalog.InvalidRequirementKey, subject, key ?? string.Empty));
                continue;
            }

            var canonical = RequirementKeyCatalog.Canonical(key!);
            if (values.TryGetValue(canonical, out var existing))
            {
                var shown = declaredAs[canonical] == key ? key! : key + "' (the same key as '" + declaredAs[canonical];
                problems.Add(Problem.Create(ProblemCatalog.DuplicateRequirementKey, subject, shown, existing));
                continue;
            }

            var value = declarations[i].Value ?? string.Empty;
            values.Add(canonical, value);
            declaredAs.Add(canonical, key!);
            if (CatalogProblems.OfRequirement(key!, value, customPrefixes, subject) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return EquatableArray.From(values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new RequirementEntry(pair.Key, pair.Value)));
    }

    private static List<string> CustomPrefixes(RequirementsDeclarations declarations) =>
        declarations.Agents.SelectMany(agent => agent.Reads).Where(NameRules.IsKeyPrefix).Select(prefix => prefix!).ToList();

    private static EquatableArray<CustomAgentInfo> BuildAgents(RequirementsDeclarations all, List<Problem> problems)
    {
        var declarations = all.Agents;
        var templateDeclarations = all.AgentTemplates;
        var agents = new Dictionary<string, CustomAgentInfo>(StringComparer.Ordinal);
        var invalidTemplates = new HashSet<string>(StringComparer.Ordinal);
        var templates = TemplateAgentRules.Check(declarations, templateDeclarations, all.ProjectTemplates, problems, invalidTemplates);
        for (var i = 0; i < declarations.Count; i++)
        {
            var declaration = declarations[i];
            var subject = ProblemSubject.At(DeclarationKind.Agent, i);
            var name = declaration.Name;
            if (!NameRules.IsKebabCase(name))
            {
                problems.Add(Problem.Create(ProblemCatalog.InvalidAgentName, subject, name ?? string.Empty));
                continue;
            }

            if (BuiltInAgents.Contains(name!))
            {
                problems.Add(Problem.Create(ProblemCatalog.DuplicateAgent, subject, name!, "a built-in agent"));
                continue;
            }

            if (agents.ContainsKey(name!))
            {
                problems.Add(Problem.Create(ProblemCatalog.DuplicateAgent, subject, name!, "declared by another [assembly: Agent]"));
                continue;
            }

            var valid = ValidateAgent(declaration, name!, subject, problems);
            var workProblem = valid ? TemplateAgentRules.WorkProblem(declaration, templateDeclarations.Any(template => template.Agent == name)) : null;
            if (workProblem is not null)
            {
                problems.Add(Problem.Create(ProblemCatalog.InvalidTemplateAgent, subject, name!, workProblem));
            }

            if (valid && workProblem is null && !invalidTemplates.Contains(name!))
            {
                agents.Add(name!, new CustomAgentInfo(
                    name!,
                    Sorted(declaration.DependsOn),
                    Sorted(declaration.Reads),
                    string.IsNullOrWhiteSpace(declaration.Version) ? "1.0.0" : declaration.Version!.Trim(),
                    declaration.EstimatedMinutes,
                    string.IsNullOrWhiteSpace(declaration.Command) ? null : declaration.Command,
                    Sorted(declaration.Outputs),
                    templates.TryGetValue(name!, out var agentTemplates) ? agentTemplates : default));
            }
        }

        return EquatableArray.From(agents.Values.OrderBy(agent => agent.Name, StringComparer.Ordinal));
    }

    private static bool ValidateAgent(AgentDeclaration declaration, string name, ProblemSubject subject, List<Problem> problems)
    {
        var before = problems.Count;
        foreach (var prefix in declaration.Reads)
        {
            if (!NameRules.IsKeyPrefix(prefix))
            {
                problems.Add(Problem.Create(ProblemCatalog.InvalidReadsPrefix, subject, name, prefix ?? string.Empty));
            }
        }

        if (declaration.EstimatedMinutes <= 0)
        {
            problems.Add(Problem.Create(ProblemCatalog.InvalidEstimate, subject, name, declaration.EstimatedMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var commandProblem = DescribeCommandProblem(declaration);
        if (commandProblem is not null)
        {
            problems.Add(Problem.Create(ProblemCatalog.InvalidAgentCommand, subject, name, commandProblem));
        }

        return problems.Count == before;
    }

    private static string? DescribeCommandProblem(AgentDeclaration declaration)
    {
        var hasCommand = !string.IsNullOrWhiteSpace(declaration.Command);
        if (hasCommand && declaration.Outputs.Count == 0)
        {
            return "sets Command but no Outputs";
        }

        if (!hasCommand && declaration.Outputs.Count > 0)
        {
            return "sets Outputs but no Command";
        }

        foreach (var output in declaration.Outputs)
        {
            if (!OutputPaths.IsRelativeInside(output))
            {
                return "has the output '" + output + "', which is not a relative path inside the output folder";
            }
        }

        return null;
    }

    private static EquatableArray<string> Sorted(IEnumerable<string> items) =>
        EquatableArray.From(items.Where(item => item is not null).Distinct(StringComparer.Ordinal).OrderBy(item => item, StringComparer.Ordinal));
}
