using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Diagnostics;
using FullstackDevelop.Generators.Emitting;
using FullstackDevelop.Generators.Model;

namespace FullstackDevelop.Generators;

/// <summary>
/// The generator's requirements step: declarations in; diagnostics, the plan and what the backend and snapshot are
/// written from out. It holds no Roslyn objects, so its result is cached whenever the declarations are equal to the last run's.
/// </summary>
internal static class GenerationPipeline
{
    public const string PlanHintName = "FullstackPlan.g.cs";
    public const string SnapshotHintName = "FullstackRequirements.g.cs";

    public static GenerationResult Run(GenerationInput input)
    {
        try
        {
            return Generate(input);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug must not take the user's build down with an unhelpful CS8785: say what failed.
            var failure = new DiagnosticInfo(ProblemCatalog.InternalError.Id, input.Project?.Location, EquatableArray.Of(exception.GetType().Name + ": " + exception.Message));
            return new GenerationResult(default, EquatableArray.Of(failure));
        }
    }

    /// <summary>What one entity declaration gives on its own, or null when building it failed: the requirements step then builds it again and reports why.</summary>
    public static EntityPart? BuildEntityPart(EntityDeclaration declaration)
    {
        try
        {
            return RequirementsBuilder.BuildEntity(declaration);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    private static GenerationResult Generate(GenerationInput input)
    {
        var declarations = new RequirementsDeclarations(
            input.Project?.Value,
            EquatableArray.From(input.Features.Select(f => f.Value)),
            EquatableArray.From(input.Requirements.Select(r => r.Value)),
            EquatableArray.From(input.Agents.Select(a => a.Value)),
            EquatableArray.From(input.Entities.Select(e => e.Declaration)),
            EquatableArray.From(input.AgentTemplates.Select(t => t.Value)),
            input.TemplateNames);
        var built = RequirementsBuilder.Build(declarations, input.Namespace, input.EntityParts);
        var diagnostics = input.ReadDiagnostics.ToList();
        diagnostics.AddRange(built.Problems.Select(problem => ProblemLocator.ToDiagnostic(problem, input)));
        if (built.ValidPart is null)
        {
            return new GenerationResult(default, EquatableArray.From(diagnostics));
        }

        // The snapshot is written only from requirements without errors, so the build task never runs agents on an invalid
        // model; its hash goes into the plan once the snapshot is assembled (RequirementsFiles). While there are errors, the
        // plan and the backend come from what is valid, so the user's code that calls them still compiles.
        var planned = ExecutionPlanner.PlanValidPart(built.ValidPart, string.Empty);
        diagnostics.AddRange(planned.Problems.Select(problem => ProblemLocator.ToDiagnostic(problem, input)));
        var plan = new PlanSource(planned.Plan!, input.Namespace, planned.Problems.Count == 0 ? built.Requirements : null);

        var authentication = input.Features.FirstOrDefault(feature => feature.Value.Name == PatternRecognizer.AuthenticationFeature)?.Location;
        return new GenerationResult(default, EquatableArray.From(diagnostics), new BackendSource(built.ValidPart, input.Namespace), authentication, plan);
    }
}
