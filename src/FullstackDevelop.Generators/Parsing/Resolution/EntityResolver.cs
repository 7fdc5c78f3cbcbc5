using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>The entities of a project, and the names entity discovery wants read from the references.</summary>
/// <param name="Entities">The <c>[Entity]</c> types, ordered by full name.</param>
/// <param name="Diagnostics">Annotations that could not be read (FSD0023), or the failure of discovery itself (FSD0019).</param>
/// <param name="WantedExternalTypes">Metadata names the source does not declare, to look up in the references.</param>
internal sealed record EntityDiscoveryResult(EquatableArray<EntityModel> Entities, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<string> WantedExternalTypes);

/// <summary>A class or record of the project with all its parts, ordered by file path and position: what one entity's resolution is cached by.</summary>
/// <param name="MetadataName">The type's metadata name.</param>
/// <param name="Parts">Its declarations.</param>
internal sealed record TypeDeclaration(string MetadataName, EquatableArray<SourceType> Parts);

/// <summary>What resolving one type gave.</summary>
/// <param name="Type">The type.</param>
/// <param name="Entity">The entity, or null when the type is not marked <c>[Entity]</c>.</param>
/// <param name="Diagnostics">Annotations that could not be read (FSD0023), or the failure of resolving it (FSD0019).</param>
/// <param name="WantedExternalTypes">Metadata names the source does not declare, to look up in the references.</param>
internal sealed record TypeResolution(TypeDeclaration Type, EntityModel? Entity, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<string> WantedExternalTypes);

/// <summary>
/// Entity discovery, type by type: finds whether a class is an <c>[Entity]</c> and resolves its
/// properties, base types and annotations, as the compiler would but without binding, reading the
/// rest of the project through <see cref="ProjectTypes"/>, so an edit to one entity resolves that
/// entity only.
/// </summary>
internal static class EntityResolver
{
    /// <summary>The classes and records of the project, by metadata name: the types that may be entities.</summary>
    public static IEnumerable<TypeDeclaration> Candidates(EquatableArray<FileDeclarations> files) =>
        SourceTypeIndex.Build(files).Types
            .Where(group => group.Kind is SourceTypeKind.Class or SourceTypeKind.Record)
            .Select(group => new TypeDeclaration(group.First.MetadataName, EquatableArray.From(group.Parts)));

    public static TypeResolution Resolve(
        TypeDeclaration type,
        ProjectTypes project,
        bool annotationsEnabledByDefault,
        EquatableArray<ExternalType> externalTypes,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var index = project.Index.With(type.Parts);
            var external = new Dictionary<string, ExternalType>(StringComparer.Ordinal);
            foreach (var known in externalTypes)
            {
                external[known.MetadataName] = known;
            }

            var lookup = new TypeNameLookup(index, external);
            var diagnostics = new List<DiagnosticInfo>();
            var entity = new EntityReader(index, lookup, annotationsEnabledByDefault).Read(index.Find(type.MetadataName)!, diagnostics);
            return new TypeResolution(type, entity, EquatableArray.From(diagnostics), EquatableArray.From(lookup.Wanted));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug must not take the user's build down with an unhelpful CS8785: say what failed.
            var failure = new DiagnosticInfo(ProblemCatalog.InternalError.Id, null, EquatableArray.Of(exception.GetType().Name + ": " + exception.Message));
            return new TypeResolution(type, null, EquatableArray.Of(failure), default);
        }
    }

    /// <summary>The project's entities from every type's resolution, with the files that could not be read.</summary>
    public static EntityDiscoveryResult Combine(IReadOnlyList<TypeResolution> types, ProjectTypes project)
    {
        var failures = project.Files
            .Where(file => file.Failure is not null)
            .Select(file => new DiagnosticInfo(ProblemCatalog.InternalError.Id, null, EquatableArray.Of("reading " + file.FilePath + " failed with " + file.Failure)));
        var ordered = types.OrderBy(type => type.Type.MetadataName, StringComparer.Ordinal).ToList();
        return new EntityDiscoveryResult(
            EquatableArray.From(ordered.Where(type => type.Entity is not null).Select(type => type.Entity!).OrderBy(e => e.Declaration.FullName, StringComparer.Ordinal)),
            EquatableArray.From(failures.Concat(ordered.SelectMany(type => type.Diagnostics))),
            EquatableArray.From(ordered.SelectMany(type => type.WantedExternalTypes).Distinct().OrderBy(name => name, StringComparer.Ordinal)));
    }
}
