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

/// <summary>
/// The project-level step of entity discovery: finds the <c>[Entity]</c> types among the
/// declarations of every file and resolves their properties, base types and annotations, as the
/// compiler would but without binding, so it re-runs only when a declaration changed.
/// </summary>
internal static class EntityResolver
{
    public static EntityDiscoveryResult Resolve(
        EquatableArray<FileDeclarations> files,
        bool annotationsEnabledByDefault,
        EquatableArray<ExternalType> externalTypes,
        CancellationToken cancellationToken)
    {
        try
        {
            return Discover(files, annotationsEnabledByDefault, externalTypes, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug must not take the user's build down with an unhelpful CS8785: say what failed.
            var failure = new DiagnosticInfo(ProblemCatalog.InternalError.Id, null, EquatableArray.Of(exception.GetType().Name + ": " + exception.Message));
            return new EntityDiscoveryResult(default, EquatableArray.Of(failure), default);
        }
    }

    private static EntityDiscoveryResult Discover(
        EquatableArray<FileDeclarations> files,
        bool annotationsEnabledByDefault,
        EquatableArray<ExternalType> externalTypes,
        CancellationToken cancellationToken)
    {
        var index = SourceTypeIndex.Build(files);
        var external = new Dictionary<string, ExternalType>(StringComparer.Ordinal);
        foreach (var type in externalTypes)
        {
            external[type.MetadataName] = type;
        }

        var lookup = new TypeNameLookup(index, external);
        var reader = new EntityReader(index, lookup, annotationsEnabledByDefault);
        var entities = new List<EntityModel>();
        var diagnostics = files
            .Where(file => file.Failure is not null)
            .Select(file => new DiagnosticInfo(ProblemCatalog.InternalError.Id, null, EquatableArray.Of("reading " + file.FilePath + " failed with " + file.Failure)))
            .ToList();
        foreach (var group in index.Types)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.Read(group, diagnostics) is { } entity)
            {
                entities.Add(entity);
            }
        }

        return new EntityDiscoveryResult(
            EquatableArray.From(entities.OrderBy(e => e.Declaration.FullName, StringComparer.Ordinal)),
            EquatableArray.From(diagnostics),
            EquatableArray.From(lookup.Wanted));
    }
}
