using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Generators.Emitting;
using FullstackDevelop.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FullstackDevelop.Generators;

/// <summary>
/// Renders the C# backend from the backend model through the template catalog, the user's
/// <c>.scriban</c> files over the built-in ones. Templates are parsed through the process-wide
/// cache, so renders after the first parse nothing unless a template's text changed.
/// </summary>
internal static class BackendStage
{
    private static readonly GeneratorTool Tool = new(GeneratedHeader.Tool, GeneratedHeader.Version);

    public static GenerationResult RenderEntity(BackendEntity entity, BackendSettings? settings, BackendPackages packages, EquatableArray<TemplateSource> userTemplates, RenderLimits limits, CancellationToken cancellationToken)
    {
        if (settings is null)
        {
            return Empty;
        }

        return Guard(() => ToResult(Renderer(userTemplates, limits).RenderEntity(settings, packages, entity, cancellationToken), userTemplates), cancellationToken);
    }

    public static GenerationResult RenderProject(ProjectRenderInput? input, BackendPackages packages, EquatableArray<TemplateSource> userTemplates, RenderLimits limits, CancellationToken cancellationToken)
    {
        if (input is null)
        {
            return Empty;
        }

        return Guard(
            () =>
            {
                var renderer = Renderer(userTemplates, limits);
                var rendered = input.Model is null ? renderer.RenderProject(input.View!, packages, cancellationToken) : renderer.RenderProject(input.Model, packages, cancellationToken);
                return ToResult(rendered, userTemplates);
            },
            cancellationToken);
    }

    /// <summary>
    /// What the referenced packages leave out. An API generated without the authentication the project declares would let
    /// anyone in: that is an error, not a note. A missing package is worth a warning in a web project with entities, whose
    /// API it leaves out; a project without ASP.NET Core gets the plan and the agents' artifacts only, by design.
    /// </summary>
    /// <param name="settings">The backend's settings; null when the requirements are not valid.</param>
    /// <param name="hasEntities">True when the project declares entities.</param>
    /// <param name="packages">The packages the project references.</param>
    /// <param name="authenticationFeature">Where <c>user-authentication</c> is declared.</param>
    public static GenerationResult PackageProblems(BackendSettings? settings, bool hasEntities, BackendPackages packages, SourceAnchor? authenticationFeature)
    {
        if (settings is null)
        {
            return Empty;
        }

        var problems = new List<DiagnosticInfo>();
        var anonymousApi = settings.RequiresAuthorization && packages.HasApi && !packages.JwtBearer;
        if (anonymousApi)
        {
            problems.Add(new DiagnosticInfo(ProblemCatalog.AuthenticationWithoutJwtBearer.Id, authenticationFeature, EquatableArray.Of((packages.AspNetCoreVersion ?? "10.0") + ".*")));
        }

        if (packages.AspNetCore && hasEntities)
        {
            problems.AddRange(MissingPackages(settings, packages).Where(d => !anonymousApi || d.Arguments[1] != BackendPackages.JwtBearerAssembly));
        }

        return new GenerationResult(default, EquatableArray.From(problems));
    }

    /// <summary>
    /// A warning for each render limit property the backend could not use (its default renders instead), without a
    /// location: an MSBuild property has no place in the source.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> LimitProblems(RenderLimitSettings settings) =>
        EquatableArray.From(settings.Invalid.Select(invalid => new DiagnosticInfo(ProblemCatalog.InvalidRenderLimit.Id, null, invalid.Arguments)));

    public static TemplateSource ReadUserTemplate(AdditionalText file, CancellationToken cancellationToken) =>
        new(TemplateCatalog.NameOf(file.Path), file.GetText(cancellationToken)?.ToString() ?? string.Empty, file.Path, IsBuiltIn: false);

    private static GenerationResult Empty { get; } = new(default, default);

    private static BackendRenderer Renderer(EquatableArray<TemplateSource> userTemplates, RenderLimits limits) =>
        new(new TemplateRenderer(TemplateCatalog.BuiltIn.With(userTemplates), ParsedTemplateCache.Shared, limits), Tool);

    private static GenerationResult ToResult(RenderedFiles rendered, EquatableArray<TemplateSource> userTemplates)
    {
        var files = rendered.Files.Select(file => new GeneratedFile(file.FileName, file.Text, file.BodyStart));
        var problems = rendered.Problems.Select(problem => ToDiagnostic(problem, userTemplates));
        return new GenerationResult(EquatableArray.From(files), EquatableArray.From(problems));
    }

    private static IEnumerable<DiagnosticInfo> MissingPackages(BackendSettings settings, BackendPackages packages) =>
        BackendRenderer.Unavailable(settings, packages)
            .GroupBy(pair => pair.Missing[0])
            .Select(group => new DiagnosticInfo(
                ProblemCatalog.MissingPackage.Id,
                null,
                EquatableArray.Of(
                    Capitalize(string.Join(", ", group.Select(pair => pair.Artifact.Description).Distinct())),
                    group.Key,
                    BackendPackages.HowToAdd(group.Key))));

    private static DiagnosticInfo ToDiagnostic(TemplateProblem problem, EquatableArray<TemplateSource> userTemplates)
    {
        var location = Locate(problem, userTemplates);
        return problem.IsParseError
            ? new DiagnosticInfo(ProblemCatalog.TemplateParseError.Id, null, EquatableArray.Of(problem.TemplateName, problem.Message), location)
            : new DiagnosticInfo(
                ProblemCatalog.TemplateRenderError.Id,
                null,
                EquatableArray.Of(problem.TemplateName, problem.Subject is null ? "the project" : "entity '" + problem.Subject + "'", problem.Message),
                location);
    }

    // A problem in a user's template points into the .scriban file; a built-in template has no file to point at.
    private static LocationInfo? Locate(TemplateProblem problem, EquatableArray<TemplateSource> userTemplates)
    {
        var source = userTemplates.FirstOrDefault(template => template.Path == problem.Path);
        if (source is null || problem.Line < 1)
        {
            return null;
        }

        var text = SourceText.From(source.Text);
        var line = Math.Min(problem.Line - 1, text.Lines.Count - 1);
        var position = new LinePosition(line, Math.Max(0, problem.Column - 1));
        var offset = Math.Min(text.Lines[line].Start + position.Character, text.Lines[line].End);
        return new LocationInfo(source.Path, new TextSpan(offset, 0), new LinePositionSpan(position, position));
    }

    private static GenerationResult Guard(Func<GenerationResult> render, CancellationToken cancellationToken)
    {
        try
        {
            return render();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = new DiagnosticInfo(ProblemCatalog.InternalError.Id, null, EquatableArray.Of(exception.GetType().Name + ": " + exception.Message));
            return new GenerationResult(default, EquatableArray.Of(failure));
        }
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
