using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// The rules of custom template agents (FSD0041): every custom agent renders templates or runs a command, not both and
/// not neither; every <c>[assembly: AgentTemplate]</c> names a custom agent, a template, and an output inside the output
/// folder that no other agent writes, naming the entity exactly when it is rendered per entity.
/// </summary>
public static class TemplateAgentRules
{
    private const string Placeholders = "{entity}, {entity-kebab} or {table}";

    private static readonly string[] EntityPlaceholders = { "{entity}", "{entity-kebab}", "{table}" };

    private static readonly Regex Placeholder = new(@"\{[^{}]*\}", RegexOptions.CultureInvariant);

    /// <summary>The catalog name of the template a declaration names: a path's file name without <c>.scriban</c>, or the name as written.</summary>
    public static string TemplateName(string template)
    {
        var name = template.Trim();
        var separator = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        name = separator >= 0 ? name.Substring(separator + 1) : name;
        return name.EndsWith(".scriban", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - ".scriban".Length) : name;
    }

    /// <summary>
    /// Checks the template declarations against the agents and returns the valid templates of each custom agent, sorted
    /// by output. The agent of a template with a problem is named in <paramref name="invalid"/>.
    /// </summary>
    internal static Dictionary<string, EquatableArray<CustomAgentTemplate>> Check(
        EquatableArray<AgentDeclaration> agents,
        EquatableArray<AgentTemplateDeclaration> templates,
        EquatableArray<string>? projectTemplates,
        List<Problem> problems,
        ISet<string> invalid)
    {
        var known = projectTemplates is { } names ? new HashSet<string>(names, StringComparer.Ordinal) : null;
        var custom = new HashSet<string>(agents.Select(agent => agent.Name).OfType<string>().Where(name => !BuiltInAgents.Contains(name)), StringComparer.Ordinal);
        var writers = Writers(agents);
        var valid = new Dictionary<string, List<CustomAgentTemplate>>(StringComparer.Ordinal);
        for (var i = 0; i < templates.Count; i++)
        {
            var declaration = templates[i];
            var agent = declaration.Agent ?? string.Empty;
            var problem = custom.Contains(agent) ? Describe(declaration, writers) ?? Missing(declaration, known) : UnknownAgent(agent);
            if (problem is not null)
            {
                problems.Add(Problem.Create(ProblemCatalog.InvalidTemplateAgent, ProblemSubject.At(DeclarationKind.AgentTemplate, i), agent, problem));
                invalid.Add(agent);
                continue;
            }

            var output = declaration.Output!.Trim().Replace('\\', '/');
            writers[Normalized(output)] = "the custom agent '" + agent + "'";
            if (!valid.TryGetValue(agent, out var list))
            {
                valid[agent] = list = new List<CustomAgentTemplate>();
            }

            list.Add(new CustomAgentTemplate(TemplateName(declaration.Template!), output, declaration.PerEntity));
        }

        return valid.ToDictionary(
            pair => pair.Key,
            pair => EquatableArray.From(pair.Value.OrderBy(template => template.Output, StringComparer.Ordinal)),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// What is wrong with how <paramref name="agent"/>, otherwise valid, does its work: templates and a command both, or
    /// neither; null when it has one of them. <paramref name="hasTemplates"/> counts its invalid templates too, which
    /// are reported on their own.
    /// </summary>
    internal static string? WorkProblem(AgentDeclaration agent, bool hasTemplates)
    {
        var hasCommand = !string.IsNullOrWhiteSpace(agent.Command);
        if (hasTemplates && hasCommand)
        {
            return "sets Command and has [assembly: AgentTemplate] templates: a custom agent either renders templates or runs a command, so remove the Command or the templates";
        }

        return !hasTemplates && !hasCommand && agent.Outputs.Count == 0
            ? "has neither a template nor a command, so it would write nothing: give it a template with [assembly: AgentTemplate(\"" + agent.Name
                + "\", \"my-template\", Output = \"path/in/output.txt\")] and add my-template.scriban to the project, or set Command and Outputs"
            : null;
    }

    // A template neither the project nor the built-in catalog has: the build could only fail on it.
    private static string? Missing(AgentTemplateDeclaration declaration, HashSet<string>? known)
    {
        var name = TemplateName(declaration.Template!);
        return known is null || known.Contains(name) || TemplateCatalog.BuiltIn.TryGet(name, out _)
            ? null
            : "renders the template '" + name + "', which is not in the project: add " + name
                + ".scriban to the project (every .scriban file under it is a template), or name one of its templates by its file name without .scriban";
    }

    private static string UnknownAgent(string agent) => BuiltInAgents.Contains(agent)
        ? "is a built-in agent, which takes no [assembly: AgentTemplate]: to change one of its files, add a template with that file's built-in template name to the project"
        : "is named by an [assembly: AgentTemplate] but is not declared: add [assembly: Agent(\"" + agent + "\")], or name a declared custom agent";

    private static string? Describe(AgentTemplateDeclaration declaration, Dictionary<string, string> writers)
    {
        if (string.IsNullOrWhiteSpace(declaration.Template))
        {
            return "has an [assembly: AgentTemplate] without a template: name one of the project's .scriban files, without the extension";
        }

        var output = declaration.Output?.Trim().Replace('\\', '/');
        if (string.IsNullOrEmpty(output))
        {
            return "has the template '" + declaration.Template + "' without an Output: set Output to the path of the file it renders, relative to the output folder";
        }

        if (!OutputPaths.IsRelativeInside(output))
        {
            return "writes '" + output + "', which is not inside the output folder: use a relative path without '..', '.', a drive or a leading '/'";
        }

        var placeholders = Placeholder.Matches(output!).Cast<Match>().Select(match => match.Value).ToList();
        if (placeholders.FirstOrDefault(placeholder => !EntityPlaceholders.Contains(placeholder)) is { } unknown)
        {
            return "writes '" + output + "', whose placeholder '" + unknown + "' is unknown: use " + Placeholders;
        }

        if (declaration.PerEntity && placeholders.Count == 0)
        {
            return "renders '" + declaration.Template + "' per entity to '" + output + "', which names no entity, so every entity would write the same file: put " + Placeholders + " in Output";
        }

        if (!declaration.PerEntity && placeholders.Count > 0)
        {
            return "renders '" + declaration.Template + "' once for the project to '" + output + "', which has an entity placeholder: set PerEntity = true, or remove the placeholder";
        }

        return writers.TryGetValue(Normalized(output!), out var writer)
            ? "writes '" + output + "', which " + writer + " writes too: choose another Output"
            : null;
    }

    // Who writes each output already: the built-in agents' files, then the command agents' outputs.
    private static Dictionary<string, string> Writers(EquatableArray<AgentDeclaration> agents)
    {
        var writers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var artifact in BuiltInAgentArtifacts.All)
        {
            writers[Normalized(artifact.Path)] = "the built-in agent '" + artifact.Agent + "'";
        }

        foreach (var agent in agents.Where(agent => agent.Name is not null))
        {
            foreach (var output in agent.Outputs.Where(output => !string.IsNullOrWhiteSpace(output)))
            {
                writers[Normalized(output.Trim().Replace('\\', '/'))] = "the custom agent '" + agent.Name + "'";
            }
        }

        return writers;
    }

    // Two per-entity paths that differ only in which placeholder names the entity write the same files for most entities.
    private static string Normalized(string path) => Placeholder.Replace(path, "{entity}");
}
