using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Generators.Diagnostics;
using FullstackDevelop.Generators.Emitting;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Parsing.Declarations;
using FullstackDevelop.Generators.Parsing.Resolution;
using FullstackDevelop.Generators.Parsing.Symbols;
using FullstackDevelop.Generators.Parsing.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FullstackDevelop.Generators;

/// <summary>
/// Turns the requirement attributes of a project into its typed agent execution plan
/// (<c>FullstackPlan</c>) and embeds the canonical requirements snapshot in the assembly.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FullstackGenerator : IIncrementalGenerator
{
    private const string FallbackNamespace = "FullstackDevelop.Generated";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var readings = FileReadings(context);
        var files = readings
            .Select(static (reading, _) => reading.Declarations)
            .WithTrackingName(TrackingNames.FileDeclarations)
            .Collect()
            .Select(static (all, _) => EquatableArray.From(all.OrderBy(file => file.FilePath, StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.AllFileDeclarations);
        var locations = readings
            .Select(static (reading, _) => reading.Locations)
            .WithTrackingName(TrackingNames.FileLocations)
            .Collect()
            .Select(static (all, _) => EquatableArray.From(all.OrderBy(file => file.FilePath, StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.AllFileLocations);
        var project = files
            .Select(static (files, _) => ProjectTypes.From(files))
            .WithTrackingName(TrackingNames.ProjectTypes);

        // The attributes' constants are read through the project's types, which an edit to an entity's properties leaves
        // equal: that edit reads no attribute again.
        var assemblyDeclarations = files
            .Select(static (files, _) => AssemblyAttributeReader.FilesWithAttributes(files))
            .WithTrackingName(TrackingNames.AssemblyAttributeFiles)
            .Combine(project)
            .Select(static (input, cancellationToken) => AssemblyAttributeReader.Read(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.AssemblyDeclarations);
        var (entities, entityParts) = DiscoverEntities(context, files, project);

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) ? value : null)
            .WithTrackingName(TrackingNames.RootNamespace);
        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName)
            .WithTrackingName(TrackingNames.AssemblyName);
        var @namespace = rootNamespace.Combine(assemblyName)
            .Select(static (names, _) => ToNamespace(names.Left) ?? ToNamespace(names.Right) ?? FallbackNamespace)
            .WithTrackingName(TrackingNames.Namespace);

        // The names of the project's templates, which [assembly: AgentTemplate] attributes must name. Only the names are
        // read, so editing a template's text leaves the requirements step cached.
        var templateNames = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".scriban", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, _) => TemplateCatalog.NameOf(file.Path))
            .Collect()
            .Select(static (all, _) => EquatableArray.From(all.Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.UserTemplateNames);

        var input = assemblyDeclarations.Combine(entities).Combine(@namespace).Combine(entityParts).Combine(templateNames)
            .Select(static (all, _) =>
            {
                var ((((assembly, discovered), ns), parts), names) = all;
                return new GenerationInput(
                    assembly.Projects.Count > 0 ? assembly.Projects[0] : null,
                    assembly.Features,
                    assembly.Requirements,
                    assembly.Agents,
                    discovered.Entities,
                    EquatableArray.From(assembly.Diagnostics.Concat(discovered.Diagnostics)),
                    ns,
                    parts,
                    assembly.AgentTemplates,
                    names);
            })
            .WithTrackingName(TrackingNames.Input);

        var result = input
            .Select(static (input, _) => GenerationPipeline.Run(input))
            .WithTrackingName(TrackingNames.Result);

        // Diagnostics are an output of their own: only they read the locations, which change whenever text moves.
        context.RegisterSourceOutput(RequirementsFiles(result), static (output, files) => Emit(output, files));
        context.RegisterSourceOutput(
            result.Select(static (result, _) => result.Diagnostics).Combine(locations),
            static (output, input) => Report(output, input.Left, input.Right));
        InitializeBackend(context, result, locations);
    }

    // The plan and the snapshot. Each entity's JSON is written on its own, so an entity's edit writes that entity's JSON
    // alone; the snapshot is assembled and hashed from the pieces.
    private static IncrementalValueProvider<GenerationResult> RequirementsFiles(IncrementalValueProvider<GenerationResult> result)
    {
        var plan = result
            .Select(static (result, _) => result.Plan)
            .WithTrackingName(TrackingNames.Plan);
        var envelope = plan
            .Select(static (plan, _) => plan?.Snapshot is null ? null : RequirementsJson.WriteEnvelope(plan.Snapshot))
            .WithTrackingName(TrackingNames.SnapshotEnvelope);
        return plan
            .SelectMany(static (plan, _) => plan?.Snapshot is null ? ImmutableArray<EntityInfo>.Empty : plan.Snapshot.Entities.ToImmutableArray())
            .WithTrackingName(TrackingNames.SnapshotEntities)
            .Select(static (entity, _) => SnapshotFragment.Of(entity))
            .WithTrackingName(TrackingNames.SnapshotFragments)
            .Collect()
            .Combine(envelope)
            .Combine(plan)
            .Select(static (input, _) => Generators.RequirementsFiles.Emit(input.Right, input.Left.Right, input.Left.Left))
            .WithTrackingName(TrackingNames.RequirementsFiles);
    }

    // Declarations are read from syntax, file by file, cached by syntax tree: an edit re-reads only
    // its own file, and when that file's declarations are unchanged nothing downstream runs. They hold
    // anchors, not positions, so an edit that only moves text leaves them equal.
    // (ForAttributeWithMetadataName would bind every attribute again on every edit.)
    private static IncrementalValuesProvider<FileReading> FileReadings(IncrementalGeneratorInitializationContext context) =>
        context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .WithTrackingName(TrackingNames.SyntaxTrees)
            .Select(static (tree, cancellationToken) => DeclarationCollector.Collect(tree, cancellationToken))
            .WithTrackingName(TrackingNames.FileReadings);

    // Binding is left to the one step that reads names the source does not declare from the references.
    private static (IncrementalValueProvider<EntityDiscoveryResult> Entities, IncrementalValueProvider<EquatableArray<EntityPart>> Parts) DiscoverEntities(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<EquatableArray<FileDeclarations>> files,
        IncrementalValueProvider<ProjectTypes> project)
    {
        var annotations = context.CompilationProvider
            .Select(static (compilation, _) => compilation.Options.NullableContextOptions is NullableContextOptions.Enable or NullableContextOptions.Annotations)
            .WithTrackingName(TrackingNames.NullableAnnotations);
        var readContext = project.Combine(annotations);

        // Each class is resolved on its own against the rest of the project, so an edit to one entity resolves that entity
        // only. The first resolution reads from the project's source alone and names what it did not find. Only when the
        // references declare some of those names is a type resolved again with them; usually it is already the answer.
        var fromSource = files
            .SelectMany(static (files, _) => EntityResolver.Candidates(files))
            .WithTrackingName(TrackingNames.TypeDeclarations)
            .Combine(readContext)
            .Select(static (input, cancellationToken) => EntityResolver.Resolve(input.Left, input.Right.Left, input.Right.Right, default, cancellationToken))
            .WithTrackingName(TrackingNames.SourceEntities);
        var external = fromSource
            .Collect()
            .Select(static (all, _) => EquatableArray.From(all.SelectMany(type => type.WantedExternalTypes).Distinct().OrderBy(name => name, StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.WantedExternalTypes)
            .Combine(context.CompilationProvider)
            .Select(static (input, cancellationToken) => ExternalTypeReader.Read(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ExternalTypes);
        var resolved = fromSource
            .Combine(external)
            .Combine(readContext)
            .Select(static (input, cancellationToken) =>
            {
                var ((sourceOnly, externalTypes), (types, annotationsEnabled)) = input;
                return externalTypes.Count == 0 || sourceOnly.WantedExternalTypes.Count == 0
                    ? sourceOnly
                    : EntityResolver.Resolve(sourceOnly.Type, types, annotationsEnabled, externalTypes, cancellationToken);
            })
            .WithTrackingName(TrackingNames.ResolvedEntities);
        var entities = resolved
            .Collect()
            .Combine(project)
            .Select(static (input, _) => EntityResolver.Combine(input.Left, input.Right))
            .WithTrackingName(TrackingNames.AllEntities);

        // What each entity gives on its own is built with it, so adding a property builds that entity's part alone; the
        // requirements step builds the rest across entities from the parts.
        var parts = resolved
            .Select(static (resolution, _) => resolution.Entity is null ? null : GenerationPipeline.BuildEntityPart(resolution.Entity.Declaration))
            .WithTrackingName(TrackingNames.EntityParts)
            .Collect()
            .Select(static (all, _) => EquatableArray.From(all.OfType<EntityPart>()))
            .WithTrackingName(TrackingNames.AllEntityParts);
        return (entities, parts);
    }

    // The C# backend: rendered per entity (so one entity's edit re-renders only its code), written
    // to a few files (EntityFileGroups says why), and once for the project, from the user's
    // templates over the built-in ones.
    private static void InitializeBackend(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<GenerationResult> result,
        IncrementalValueProvider<EquatableArray<FileLocations>> locations)
    {
        var backend = result
            .Select(static (result, _) => result.Backend)
            .WithTrackingName(TrackingNames.Backend);
        var settings = backend
            .Select(static (backend, _) => backend is null ? null : BackendModelBuilder.SettingsOf(backend.Requirements, backend.Namespace))
            .WithTrackingName(TrackingNames.BackendSettings);

        // Each entity is built on its own, so an entity whose input is equal to the last run's is not built again.
        var entities = backend
            .SelectMany(static (backend, _) => backend is null ? ImmutableArray<BackendEntityInput>.Empty : BackendModelBuilder.EntityInputs(backend.Requirements, backend.Namespace).ToImmutableArray())
            .WithTrackingName(TrackingNames.BackendEntityInputs)
            .Select(static (input, _) => BackendModelBuilder.BuildEntity(input))
            .WithTrackingName(TrackingNames.BackendEntities);
        var model = entities
            .Collect()
            .Combine(settings)
            .Select(static (input, _) => input.Right is null ? null : new BackendModel(input.Right, EquatableArray.From(input.Left)))
            .WithTrackingName(TrackingNames.BackendModel);

        // Referenced assembly names, not symbols: cheap to read, and equal after any edit that
        // does not change the project's references, so this step stays cached.
        var packages = context.CompilationProvider
            .Select(static (compilation, _) =>
            {
                var names = compilation.ReferencedAssemblyNames.ToList();
                var aspNetCore = names.FirstOrDefault(name => name.Name == BackendPackages.AspNetCoreAssembly)?.Version;
                return BackendPackages.From(new HashSet<string>(names.Select(name => name.Name), StringComparer.Ordinal)) with
                {
                    AspNetCoreVersion = aspNetCore is null ? null : aspNetCore.Major + "." + aspNetCore.Minor,
                };
            })
            .WithTrackingName(TrackingNames.Packages);

        var templates = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".scriban", StringComparison.OrdinalIgnoreCase))
            .Select(BackendStage.ReadUserTemplate)
            .WithTrackingName(TrackingNames.UserTemplates)
            .Collect()
            // Only a template that replaces a built-in one changes the backend, with the templates it may include; the
            // .scriban files of a project that replaces none (those of its custom agents) leave the backend as without them.
            .Select(static (all, _) => all.Any(template => TemplateCatalog.BuiltIn.Describe(template.Name) is not null)
                ? EquatableArray.From(all.OrderBy(t => t.Path, StringComparer.Ordinal))
                : default)
            .WithTrackingName(TrackingNames.AllUserTemplates);

        // The floors of the render limits, from the same FullstackRender*Limit properties the build task reads.
        var limits = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => RenderLimitProperties.Read(name => options.GlobalOptions.TryGetValue("build_property." + name, out var value) ? value : null))
            .WithTrackingName(TrackingNames.RenderLimits);
        var renderTemplates = templates.Combine(limits.Select(static (settings, _) => settings.Limits));

        var entityFiles = entities
            .Combine(settings.Combine(packages).Combine(renderTemplates))
            .Select(static (input, cancellationToken) =>
            {
                var (entity, ((entitySettings, entityPackages), (userTemplates, renderLimits))) = input;
                return new RenderedEntity(entity.Name, BackendStage.RenderEntity(entity, entitySettings, entityPackages, userTemplates, renderLimits, cancellationToken));
            })
            .WithTrackingName(TrackingNames.EntityFiles);
        var groupedEntityFiles = entityFiles
            .Collect()
            .SelectMany(static (all, _) => EntityFileGroups.Split(all))
            .WithTrackingName(TrackingNames.EntityFileGroups)
            .Select(static (group, _) => EntityFileGroups.Join(group))
            .WithTrackingName(TrackingNames.GroupFiles);

        // The built-in project-level templates read a view of the model that adding a property leaves equal, so these
        // files stay cached; a user's template may read anything, so with user templates they read the whole model.
        var projectFiles = model
            .Combine(templates)
            .Select(static (input, _) => input.Left is null ? null : ProjectRenderInput.Of(input.Left, input.Right.Count > 0))
            .WithTrackingName(TrackingNames.ProjectRenderInput)
            .Combine(packages)
            .Combine(renderTemplates)
            .Select(static (input, cancellationToken) =>
            {
                var ((projectInput, projectPackages), (userTemplates, renderLimits)) = input;
                return BackendStage.RenderProject(projectInput, projectPackages, userTemplates, renderLimits, cancellationToken);
            })
            .WithTrackingName(TrackingNames.ProjectFiles);

        // Diagnostics travel apart from the files: moving the Feature attribute reports the error at its new place
        // without rendering the backend again.
        var authentication = result
            .Select(static (result, _) => result.AuthenticationFeature)
            .WithTrackingName(TrackingNames.AuthenticationFeature);
        var packageProblems = model
            .Select(static (model, _) => (model?.Settings, HasEntities: model?.Entities.Count > 0))
            .Combine(packages)
            .Combine(authentication)
            .Select(static (input, _) =>
            {
                var (((projectSettings, hasEntities), projectPackages), feature) = input;
                return BackendStage.PackageProblems(projectSettings, hasEntities, projectPackages, feature);
            })
            .WithTrackingName(TrackingNames.PackageProblems);

        // Template problems point into templates, not into the source, so these need no locations.
        context.RegisterSourceOutput(groupedEntityFiles, static (output, files) => Emit(output, files));
        context.RegisterSourceOutput(projectFiles, static (output, files) => Emit(output, files));
        context.RegisterSourceOutput(packageProblems.Combine(locations), static (output, input) => Report(output, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(limits, static (output, settings) => Report(output, BackendStage.LimitProblems(settings), default));
    }

    private static void Emit(SourceProductionContext output, GenerationResult result)
    {
        AddSources(output, result.Files);
        Report(output, result.Diagnostics, default);
    }

    private static void AddSources(SourceProductionContext output, EquatableArray<GeneratedFile> files)
    {
        foreach (var file in files)
        {
            output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
        }
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics, EquatableArray<FileLocations> locations)
    {
        SourceLocations? places = null;
        foreach (var diagnostic in diagnostics)
        {
            // Anchors are looked up here, at the last moment, so a diagnostic lands where its declaration is now.
            var location = diagnostic.Location is null ? diagnostic.TextLocation : (places ??= new SourceLocations(locations)).Find(diagnostic.Location);
            output.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.Get(diagnostic.Id),
                location?.ToLocation(),
                diagnostic.Arguments.Select(argument => (object)argument).ToArray()));
        }
    }

    private static string? ToNamespace(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var parts = name!.Split('.').Select(part =>
        {
            var identifier = new string(part.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
            return identifier.Length == 0 || char.IsDigit(identifier[0]) || SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
                ? "_" + identifier
                : identifier;
        });
        return string.Join(".", parts);
    }
}
