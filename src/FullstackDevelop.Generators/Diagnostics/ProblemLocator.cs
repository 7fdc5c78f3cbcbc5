using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Generators.Model;

namespace FullstackDevelop.Generators.Diagnostics;

/// <summary>Places a Core problem at the attribute or property it is about.</summary>
internal static class ProblemLocator
{
    public static DiagnosticInfo ToDiagnostic(Problem problem, GenerationInput input) =>
        new(problem.Descriptor.Id, Locate(problem.Subject, input), problem.Arguments);

    private static SourceAnchor? Locate(ProblemSubject subject, GenerationInput input) => subject.Kind switch
    {
        DeclarationKind.Project => input.Project?.Location,
        DeclarationKind.Feature => input.Features[subject.Index].Location,
        DeclarationKind.Requirement => input.Requirements[subject.Index].Location,
        DeclarationKind.Agent when subject.Index >= 0 => input.Agents[subject.Index].Location,
        DeclarationKind.Agent => input.Agents.FirstOrDefault(agent => agent.Value.Name == subject.Name)?.Location,
        DeclarationKind.AgentTemplate => input.AgentTemplates[subject.Index].Location,
        DeclarationKind.Entity when subject.AnnotationIndex >= 0 => Annotation(input.Entities[subject.Index].AnnotationLocations, subject.AnnotationIndex)
            ?? input.Entities[subject.Index].Location,
        DeclarationKind.Entity => input.Entities[subject.Index].Location,
        DeclarationKind.EntityProperty => PropertyAnnotation(input.Entities[subject.Index], subject)
            ?? input.Entities[subject.Index].PropertyLocations[subject.MemberIndex]
            ?? input.Entities[subject.Index].Location,
        _ => null,
    };

    private static SourceAnchor? PropertyAnnotation(EntityModel entity, ProblemSubject subject) =>
        subject.AnnotationIndex >= 0 && subject.MemberIndex < entity.PropertyAnnotationLocations.Count
            ? Annotation(entity.PropertyAnnotationLocations[subject.MemberIndex], subject.AnnotationIndex)
            : null;

    private static SourceAnchor? Annotation(EquatableArray<SourceAnchor?> locations, int index) => index < locations.Count ? locations[index] : null;
}
