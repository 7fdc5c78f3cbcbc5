using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>The assembly-level requirement attributes of a project, in order of file path, then position.</summary>
/// <param name="Projects">The <c>[assembly: FullstackProject]</c> attributes.</param>
/// <param name="Features">The <c>[assembly: Feature]</c> attributes.</param>
/// <param name="Requirements">The <c>[assembly: Requirement]</c> attributes.</param>
/// <param name="Agents">The <c>[assembly: Agent]</c> attributes.</param>
/// <param name="AgentTemplates">The <c>[assembly: AgentTemplate]</c> attributes.</param>
/// <param name="Diagnostics">Arguments that could not be read (FSD0023), or the failure of reading (FSD0019).</param>
internal sealed record AssemblyDeclarations(
    EquatableArray<Located<ProjectDeclaration>> Projects,
    EquatableArray<Located<FeatureDeclaration>> Features,
    EquatableArray<Located<RequirementDeclaration>> Requirements,
    EquatableArray<Located<AgentDeclaration>> Agents,
    EquatableArray<Located<AgentTemplateDeclaration>> AgentTemplates,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads the requirement attributes written as <c>[assembly: ...]</c> from every file's
/// declarations, resolving their names as the compiler would, without binding.
/// </summary>
internal static class AssemblyAttributeReader
{
    private const string Owner = "assembly";

    /// <summary>The files that declare assembly attributes: what <see cref="Read"/> reads besides the project's types.</summary>
    public static EquatableArray<FileDeclarations> FilesWithAttributes(EquatableArray<FileDeclarations> files) =>
        EquatableArray.From(files.Where(file => file.AssemblyAttributes.Count > 0).OrderBy(file => file.FilePath, StringComparer.Ordinal));

    /// <summary>Reads the attributes of <paramref name="files"/> (<see cref="FilesWithAttributes"/>), evaluating constants against <paramref name="project"/>.</summary>
    public static AssemblyDeclarations Read(EquatableArray<FileDeclarations> files, ProjectTypes project, CancellationToken cancellationToken)
    {
        try
        {
            return ReadAll(files, project, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug must not take the user's build down with an unhelpful CS8785: say what failed.
            var failure = new DiagnosticInfo(ProblemCatalog.InternalError.Id, null, EquatableArray.Of(exception.GetType().Name + ": " + exception.Message));
            return new AssemblyDeclarations(default, default, default, default, default, EquatableArray.Of(failure));
        }
    }

    private static AssemblyDeclarations ReadAll(EquatableArray<FileDeclarations> withAttributes, ProjectTypes project, CancellationToken cancellationToken)
    {
        var projects = new List<Located<ProjectDeclaration>>();
        var features = new List<Located<FeatureDeclaration>>();
        var requirements = new List<Located<RequirementDeclaration>>();
        var agents = new List<Located<AgentDeclaration>>();
        var agentTemplates = new List<Located<AgentTemplateDeclaration>>();
        var diagnostics = new List<DiagnosticInfo>();
        if (withAttributes.Count > 0)
        {
            var index = project.Index;
            var lookup = new TypeNameLookup(index, new Dictionary<string, ExternalType>());
            var arguments = new AttributeArgumentReader(new ConstantEvaluator(index, lookup), diagnostics);
            foreach (var file in withAttributes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var scope = LookupScope.ForFile(file.Usings);
                foreach (var attribute in file.AssemblyAttributes)
                {
                    string? String(int position) => arguments.Positional(attribute, position, scope, Owner) as string;
                    string? NamedString(string name) => arguments.Named(attribute, name, scope, Owner) as string;
                    int? NamedInt(string name) => arguments.Named(attribute, name, scope, Owner) as int?;
                    bool? NamedBool(string name) => arguments.Named(attribute, name, scope, Owner) as bool?;
                    EquatableArray<string> NamedStrings(string name) => arguments.Named(attribute, name, scope, Owner) is string[] values ? new EquatableArray<string>(values) : default;

                    switch (lookup.AttributeName(attribute, scope))
                    {
                        case AttributeNames.Project:
                            projects.Add(new(new ProjectDeclaration(String(0), NamedInt("Scale") ?? 0, NamedInt("ExpectedUsers") ?? 0, NamedStrings("Stack")), attribute.Location));
                            break;
                        case AttributeNames.Feature:
                            features.Add(new(new FeatureDeclaration(String(0)), attribute.Location));
                            break;
                        case AttributeNames.Requirement:
                            requirements.Add(new(new RequirementDeclaration(String(0), String(1)), attribute.Location));
                            break;
                        case AttributeNames.Agent:
                            agents.Add(new(
                                new AgentDeclaration(
                                    String(0),
                                    NamedStrings("DependsOn"),
                                    NamedStrings("Reads"),
                                    NamedString("Version"),
                                    NamedInt("EstimatedMinutes") ?? 10,
                                    NamedString("Command"),
                                    NamedStrings("Outputs")),
                                attribute.Location));
                            break;
                        case AttributeNames.AgentTemplate:
                            agentTemplates.Add(new(new AgentTemplateDeclaration(String(0), String(1), NamedString("Output"), NamedBool("PerEntity") ?? false), attribute.Location));
                            break;
                    }
                }
            }
        }

        return new AssemblyDeclarations(
            EquatableArray.From(projects),
            EquatableArray.From(features),
            EquatableArray.From(requirements),
            EquatableArray.From(agents),
            EquatableArray.From(agentTemplates),
            EquatableArray.From(diagnostics));
    }
}
