using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.Backend;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>Renders the built-in agents' artifacts for sample projects, as the build task does, without a cache.</summary>
internal static class AgentSamples
{
    public static readonly GeneratorTool Tool = new("FullstackDevelop", "1.0.0-test");

    /// <summary>One entity with a field of every type, optional and required, an enum, and a reference.</summary>
    public static ProjectRequirements EveryFieldType { get; } = new(
        new ProjectInfo("Every Type", ProjectScale.Medium, ScaleSource.Declared, 1_000, EquatableArray.Of("aspnetcore", "react", "postgresql")),
        EquatableArray.Of("user-authentication"),
        EquatableArray.Of(
            BackendSamples.Entity("Owner", new[] { BackendSamples.Key("Id", "guid"), BackendSamples.Field("Name", "string", maxLength: 80) }),
            new EntityInfo(
                "Sample",
                "Samples",
                EquatableArray.From(new[] { BackendSamples.Key("Id", "int64") }
                    .Concat(FieldType.Names.Select(type => BackendSamples.Field("Required" + Pascal(type), type)))
                    .Concat(FieldType.Names.Select(type => BackendSamples.Field("Optional" + Pascal(type), type, required: false)))
                    .Append(new FieldInfo("Status", FieldType.Enum, false, true, null, EquatableArray.Of("Draft", "Published", "Archived"), "Keys.Domain.Status"))
                    .Append(new FieldInfo("OwnerId", "guid", false, false, null, default))),
                EquatableArray.Of(new RelationInfo("Owner", "Owner", RelationKind.ManyToOne, "OwnerId", false)),
                "Keys.Domain.Sample")),
        EquatableArray.Of(new RequirementEntry("ui.theme", "dark"), new RequirementEntry("ui.primary-color", "#3355ff")),
        default);

    public static ArtifactModel Model(ProjectRequirements requirements)
    {
        var plan = ExecutionPlanner.Plan(requirements).Plan ?? throw new InvalidOperationException("The sample does not plan.");
        return ArtifactModelBuilder.Build(requirements, plan, BackendSamples.Build(requirements).Settings.Prefix);
    }

    /// <summary>The files of the built-in <paramref name="agent"/> for <paramref name="requirements"/>, by path; fails on any template problem.</summary>
    public static IReadOnlyDictionary<string, string> Render(string agent, ProjectRequirements requirements, TemplateCatalog? catalog = null)
    {
        var model = Model(requirements);
        var definition = BuiltInAgents.All.Single(candidate => candidate.Name == agent);
        var renderer = new AgentUnitRenderer(new TemplateRenderer(catalog ?? TemplateCatalog.BuiltIn, new ParsedTemplateCache(64), RenderLimits.Default));
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in AgentUnits.For(definition, BuiltInAgentArtifacts.Of(agent), model, Tool))
        {
            var render = renderer.Render(unit, CancellationToken.None);
            if (!render.Succeeded)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, render.Problems.Select(problem => problem.ToString())));
            }

            foreach (var file in render.Files)
            {
                files.Add(file.Path, file.Text);
            }
        }

        return files;
    }

    private static string Pascal(string type) => char.ToUpperInvariant(type[0]) + type.Substring(1);
}
