using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Backend;

/// <summary>
/// Renders the backend's artifacts, within render limits grown with the model each render reads: the per-entity ones for one entity at a time (so a host can
/// cache each entity's files on their own), the project ones from the whole model. An artifact is
/// skipped when the project does not need it or lacks a package it compiles against, and when its
/// template renders nothing but white space: how a template says an entity or a project needs no such file
/// (the shared CRUD resource of an entity with a composite key, the UTC conversions of a model without dates).
/// Each file starts with the <c>csharp-header</c> template.
/// </summary>
public sealed class BackendRenderer
{
    // Written once at the top of every file: the auto-generated comment and the nullable context.
    private const string HeaderTemplate = "csharp-header";

    private readonly TemplateRenderer _templates;
    private readonly GeneratorTool _tool;

    /// <summary>Creates a renderer that renders with <paramref name="templates"/> and signs files as <paramref name="tool"/>.</summary>
    public BackendRenderer(TemplateRenderer templates, GeneratorTool tool)
    {
        _templates = templates;
        _tool = tool;
    }

    /// <summary>The per-entity files of <paramref name="entity"/>.</summary>
    public RenderedFiles RenderEntity(BackendSettings settings, BackendPackages packages, BackendEntity entity, CancellationToken cancellationToken) =>
        Render(ArtifactScope.Entity, settings, packages, new EntityTemplateModel(_tool, settings, packages, entity), entity.Name, BackendModelSize.Of(entity), cancellationToken);

    /// <summary>The project-wide files of <paramref name="model"/>.</summary>
    public RenderedFiles RenderProject(BackendModel model, BackendPackages packages, CancellationToken cancellationToken) =>
        Render(ArtifactScope.Project, model.Settings, packages, new ProjectTemplateModel<BackendEntity>(_tool, model.Settings, packages, model.Entities, model.EnumTypes, model.FieldTypes), null, BackendModelSize.Of(model), cancellationToken);

    /// <summary>
    /// The project-wide files rendered from <paramref name="view"/>: with the built-in project-level templates, the files
    /// <see cref="RenderProject(BackendModel, BackendPackages, CancellationToken)"/> renders from the model it is a view of.
    /// </summary>
    public RenderedFiles RenderProject(BackendProjectView view, BackendPackages packages, CancellationToken cancellationToken) =>
        Render(ArtifactScope.Project, view.Settings, packages, new ProjectTemplateModel<BackendEntityView>(_tool, view.Settings, packages, view.Entities, view.EnumTypes, view.FieldTypes), null, BackendModelSize.Of(view), cancellationToken);

    /// <summary>The artifacts the project needs but cannot have for want of a package, with the packages they need.</summary>
    public static IEnumerable<(BackendArtifact Artifact, EquatableArray<string> Missing)> Unavailable(BackendSettings settings, BackendPackages packages) =>
        BackendArtifacts.All
            .Where(artifact => artifact.AppliesTo(settings))
            .Select(artifact => (artifact, artifact.MissingFrom(packages)))
            .Where(pair => pair.Item2.Count > 0);

    private RenderedFiles Render(ArtifactScope scope, BackendSettings settings, BackendPackages packages, object model, string? entityName, ModelSize size, CancellationToken cancellationToken)
    {
        var parts = new List<(string FileName, string Text)>();
        var problems = new List<TemplateProblem>();
        foreach (var artifact in BackendArtifacts.All)
        {
            if (artifact.Scope != scope || !artifact.AppliesTo(settings) || artifact.MissingFrom(packages).Count > 0)
            {
                continue;
            }

            var result = _templates.Render(artifact.Template, model, entityName, size, cancellationToken);
            if (result.Output is null)
            {
                problems.AddRange(result.Problems);
                continue;
            }

            if (!string.IsNullOrWhiteSpace(result.Output))
            {
                parts.Add((string.Format(CultureInfo.InvariantCulture, artifact.FileName, entityName, settings.Prefix), result.Output.Trim('\r', '\n')));
            }
        }

        if (parts.Count == 0)
        {
            return new RenderedFiles(default, EquatableArray.From(problems));
        }

        var header = _templates.Render(HeaderTemplate, model, entityName, size, cancellationToken);
        problems.AddRange(header.Problems);
        var prefix = string.IsNullOrWhiteSpace(header.Output) ? string.Empty : header.Output!.Trim('\r', '\n') + "\n\n";
        var files = parts
            .GroupBy(part => part.FileName, System.StringComparer.Ordinal)
            .Select(file => new RenderedFile(file.Key, prefix + string.Join("\n\n", file.Select(part => part.Text)) + "\n", prefix.Length));
        return new RenderedFiles(EquatableArray.From(files), EquatableArray.From(problems));
    }

    // The variables templates see: tool, project, packages, and entity, or entities, enum_types and field_types
    // (BackendModel.EnumTypes and FieldTypes).
    private sealed record EntityTemplateModel(GeneratorTool Tool, BackendSettings Project, BackendPackages Packages, BackendEntity Entity);

    private sealed record ProjectTemplateModel<TEntity>(GeneratorTool Tool, BackendSettings Project, BackendPackages Packages, EquatableArray<TEntity> Entities, EquatableArray<string> EnumTypes, EquatableArray<string> FieldTypes);
}
