using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Emitting;
using FullstackDevelop.Generators.Model;

namespace FullstackDevelop.Generators;

/// <summary>
/// The plan and the snapshot, from the requirements step's plan and each entity's snapshot fragment: the snapshot is
/// assembled and hashed piece by piece, so a changed entity costs its own JSON, not the whole snapshot's.
/// </summary>
internal static class RequirementsFiles
{
    public static GenerationResult Emit(PlanSource? source, SnapshotEnvelope? envelope, IReadOnlyList<SnapshotFragment> entities)
    {
        if (source is null)
        {
            return new GenerationResult(default, default);
        }

        try
        {
            if (source.Snapshot is null || envelope is null)
            {
                return new GenerationResult(EquatableArray.Of(new GeneratedFile(GenerationPipeline.PlanHintName, PlanEmitter.Emit(source.Plan, source.Namespace))), default);
            }

            var hash = RequirementsHash.Compute(envelope.Pieces(entities.Select(entity => entity.Json).ToList()));
            return new GenerationResult(
                EquatableArray.Of(
                    new GeneratedFile(GenerationPipeline.PlanHintName, PlanEmitter.Emit(source.Plan with { RequirementsHash = hash }, source.Namespace)),
                    new GeneratedFile(GenerationPipeline.SnapshotHintName, SnapshotEmitter.Emit(envelope, entities, hash))),
                default);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug must not take the user's build down with an unhelpful CS8785: say what failed.
            var failure = new DiagnosticInfo(ProblemCatalog.InternalError.Id, null, EquatableArray.Of(exception.GetType().Name + ": " + exception.Message));
            return new GenerationResult(default, EquatableArray.Of(failure));
        }
    }
}
