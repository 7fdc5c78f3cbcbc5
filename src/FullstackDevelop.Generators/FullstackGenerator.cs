using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Diagnostics;
using FullstackDevelop.Generators.EntityDiscovery.Resolution;
using FullstackDevelop.Generators.EntityDiscovery.Symbols;
using FullstackDevelop.Generators.EntityDiscovery.Syntax;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        var project = AssemblyAttributes(context, AttributeNames.Project, AssemblyAttributeParser.Project, TrackingNames.ProjectDeclarations, TrackingNames.AllProjects);
        var features = AssemblyAttributes(context, AttributeNames.Feature, AssemblyAttributeParser.Features, TrackingNames.FeatureDeclarations, TrackingNames.AllFeatures);
        var requirements = AssemblyAttributes(context, AttributeNames.Requirement, AssemblyAttributeParser.Requirements, TrackingNames.RequirementDeclarations, TrackingNames.AllRequirements);
        var agents = AssemblyAttributes(context, AttributeNames.Agent, AssemblyAttributeParser.Agents, TrackingNames.AgentDeclarations, TrackingNames.AllAgents);

        var entities = DiscoverEntities(context);

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) ? value : null)
            .WithTrackingName(TrackingNames.RootNamespace);
        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName)
            .WithTrackingName(TrackingNames.AssemblyName);
        var @namespace = rootNamespace.Combine(assemblyName)
            .Select(static (names, _) => ToNamespace(names.Left) ?? ToNamespace(names.Right) ?? FallbackNamespace)
            .WithTrackingName(TrackingNames.Namespace);

        var assemblyDeclarations = project.Combine(features).Combine(requirements).Combine(agents)
            .WithTrackingName(TrackingNames.AssemblyDeclarations);
        var input = assemblyDeclarations.Combine(entities).Combine(@namespace)
            .Select(static (all, _) =>
            {
                var (((((projects, featureList), requirementList), agentList), discovered), ns) = all;
                return new GenerationInput(projects.Count > 0 ? projects[0] : null, featureList, requirementList, agentList, discovered.Entities, discovered.Diagnostics, ns);
            })
            .WithTrackingName(TrackingNames.Input);

        var result = input
            .Select(static (input, _) => GenerationPipeline.Run(input))
            .WithTrackingName(TrackingNames.Result);

        context.RegisterSourceOutput(result, static (output, result) => Emit(output, result));
        InitializeBackend(context, result);
    }

    // Entities are read from syntax, file by file, cached by syntax tree: an edit re-reads only its
    // own file, and when that file's declarations are unchanged nothing downstream runs. Binding
    // is left to the one step that reads names the source does not declare from the references.
    // (ForAttributeWithMetadataName would re-bind every entity on every edit.)
    private static IncrementalValueProvider<EntityDiscoveryResult> DiscoverEntities(IncrementalGeneratorInitializationContext context)
    {
        var files = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .WithTrackingName(TrackingNames.SyntaxTrees)
            .Select(static (tree, cancellationToken) => DeclarationCollector.Collect(tree, cancellationToken))
            .WithTrackingName(TrackingNames.FileDeclarations)
            .Collect()
            .Select(static (all, _) => EquatableArray.From(all.OrderBy(file => file.FilePath, StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.AllFileDeclarations);
        var annotations = context.CompilationProvider
            .Select(static (compilation, _) => compilation.Options.NullableContextOptions is NullableContextOptions.Enable or NullableContextOptions.Annotations)
            .WithTrackingName(TrackingNames.NullableAnnotations);
        var declarations = files.Combine(annotations);

        var wanted = declarations
            .Select(static (input, cancellationToken) => EntityResolver.Resolve(input.Left, input.Right, default, cancellationToken).WantedExternalTypes)
            .WithTrackingName(TrackingNames.WantedExternalTypes);
        var external = wanted
            .Combine(context.CompilationProvider)
            .Select(static (input, cancellationToken) => ExternalTypeReader.Read(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ExternalTypes);
        return declarations
            .Combine(external)
            .Select(static (input, cancellationToken) => EntityResolver.Resolve(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.AllEntities);
    }

    // The C# backend: rendered per entity (so one entity's edit re-renders only its files) and
    // once for the project, from the user's templates over the built-in ones.
    private static void InitializeBackend(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<GenerationResult> result)
    {
        var backend = result
            .Select(static (result, _) => result.Backend)
            .WithTrackingName(TrackingNames.Backend);
        var settings = backend
            .Select(static (backend, _) => backend?.Settings)
            .WithTrackingName(TrackingNames.BackendSettings);
        var entities = backend
            .SelectMany(static (backend, _) => backend is null ? ImmutableArray<BackendEntity>.Empty : backend.Entities.ToImmutableArray())
            .WithTrackingName(TrackingNames.BackendEntities);

        // Referenced assembly names, not symbols: cheap to read, and equal after any edit that
        // does not change the project's references, so this step stays cached.
        var packages = context.CompilationProvider
            .Select(static (compilation, _) => BackendPackages.From(new HashSet<string>(compilation.ReferencedAssemblyNames.Select(name => name.Name), StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.Packages);

        var templates = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".scriban", StringComparison.OrdinalIgnoreCase))
            .Select(BackendStage.ReadUserTemplate)
            .WithTrackingName(TrackingNames.UserTemplates)
            .Collect()
            .Select(static (all, _) => EquatableArray.From(all.OrderBy(t => t.Path, StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.AllUserTemplates);

        var entityFiles = entities
            .Combine(settings.Combine(packages).Combine(templates))
            .Select(static (input, cancellationToken) =>
            {
                var (entity, ((entitySettings, entityPackages), userTemplates)) = input;
                return BackendStage.RenderEntity(entity, entitySettings, entityPackages, userTemplates, cancellationToken);
            })
            .WithTrackingName(TrackingNames.EntityFiles);
        var projectFiles = backend
            .Combine(packages)
            .Combine(templates)
            .Select(static (input, cancellationToken) =>
            {
                var ((model, projectPackages), userTemplates) = input;
                return BackendStage.RenderProject(model, projectPackages, userTemplates, cancellationToken);
            })
            .WithTrackingName(TrackingNames.ProjectFiles);

        context.RegisterSourceOutput(entityFiles, static (output, files) => Emit(output, files));
        context.RegisterSourceOutput(projectFiles, static (output, files) => Emit(output, files));
    }

    private static void Emit(SourceProductionContext output, GenerationResult result)
    {
        foreach (var file in result.Files)
        {
            output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            output.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.Get(diagnostic.Id),
                diagnostic.Location?.ToLocation(),
                diagnostic.Arguments.Select(argument => (object)argument).ToArray()));
        }
    }

    private static IncrementalValueProvider<EquatableArray<Located<T>>> AssemblyAttributes<T>(
        IncrementalGeneratorInitializationContext context,
        string metadataName,
        Func<GeneratorAttributeSyntaxContext, System.Threading.CancellationToken, EquatableArray<Located<T>>> parse,
        string perFileName,
        string collectedName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(metadataName, static (node, _) => node is CompilationUnitSyntax, parse)
            .WithTrackingName(perFileName)
            .Collect()
            .Select(static (perFile, _) => SortByLocation(perFile))
            .WithTrackingName(collectedName);

    // Files arrive in the compilation's order; sorting by path and position makes the input,
    // and so which of two duplicates is reported, independent of that order.
    private static EquatableArray<Located<T>> SortByLocation<T>(ImmutableArray<EquatableArray<Located<T>>> perFile) =>
        EquatableArray.From(perFile
            .SelectMany(file => file)
            .OrderBy(item => item.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(item => item.Location?.Span.Start ?? 0));

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
