using System.Linq;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

/// <summary>
/// What <see cref="RequirementsBuilder"/> keeps while there are errors: no snapshot model, but the valid part, with each
/// error reported once and nothing that depends on an invalid declaration.
/// </summary>
public sealed class ValidPartTests
{
    private static RequirementsBuildResult BuildEntities(params EntityDeclaration[] entities) =>
        RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), entities: entities));

    private static EntityInfo Entity(RequirementsBuildResult result, string name) => result.ValidPart!.Entities.Single(e => e.Name == name);

    private static void SingleError(RequirementsBuildResult result, ProblemDescriptor descriptor, ProblemSubject subject)
    {
        Assert.Null(result.Requirements);
        var problem = Assert.Single(result.Problems);
        Assert.Same(descriptor, problem.Descriptor);
        Assert.Equal(subject, problem.Subject);
    }

    [Fact]
    public void WithoutErrorsTheValidPartIsTheRequirements()
    {
        var result = BuildEntities(Declare.Entity("Author", Declare.Id(), Declare.Text("Name")));

        Assert.NotNull(result.Requirements);
        Assert.Same(result.Requirements, result.ValidPart);
    }

    [Fact]
    public void WithoutAProjectThereIsNoValidPart()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(null, entities: new[] { Declare.Entity("Author", Declare.Id()) }));

        Assert.Null(result.ValidPart);
    }

    [Fact]
    public void AnEntityWithAnErrorIsLeftOutAndTheOthersKept()
    {
        var result = BuildEntities(
            Declare.Entity("Author", Declare.Id(), Declare.Text("Name")),
            Declare.Entity("Tag", Declare.Text("Label")));

        SingleError(result, ProblemCatalog.EntityWithoutKey, ProblemSubject.At(DeclarationKind.Entity, 1));
        Assert.Equal(new[] { "Author" }, result.ValidPart!.Entities.Select(e => e.Name));
        Assert.Equal(RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), entities: new[] { Declare.Entity("Author", Declare.Id(), Declare.Text("Name")) })).Requirements!.Entities, result.ValidPart.Entities);
    }

    [Fact]
    public void AReferenceToAnEntityWithoutAKeyIsNotReportedAgainAndIsLeftOut()
    {
        var result = BuildEntities(
            Declare.Entity("Book", Declare.Id(), Declare.Scalar("AuthorId", "System.Int32", nullable: true), Declare.Reference("Author", "Author", nullable: true)),
            Declare.Entity("Author", Declare.Text("Name"), Declare.Collection("Books", "Book")));

        SingleError(result, ProblemCatalog.EntityWithoutKey, ProblemSubject.At(DeclarationKind.Entity, 1));
        var book = Entity(result, "Book");
        Assert.Empty(book.Relations);
        Assert.Equal(new[] { "Author" }, book.Ignored);
        Assert.Equal(new[] { "Id", "AuthorId" }, book.Fields.Select(f => f.Name));
        Assert.DoesNotContain(result.ValidPart!.Entities, e => e.Name == "Author");
    }

    [Fact]
    public void AManyToManyWithAnEntityWithoutAKeyIsNotReportedAgain()
    {
        var result = BuildEntities(
            Declare.Entity("Doctor", Declare.Id(), Declare.Collection("Clinics", "Clinic")),
            Declare.Entity("Clinic", Declare.Text("Name"), Declare.Collection("Doctors", "Doctor")));

        SingleError(result, ProblemCatalog.EntityWithoutKey, ProblemSubject.At(DeclarationKind.Entity, 1));
        var doctor = Entity(result, "Doctor");
        Assert.Empty(doctor.Relations);
        Assert.Equal(new[] { "Clinics" }, doctor.Ignored);
    }

    [Fact]
    public void ACollectionBackToAReferenceWithAWrongForeignKeyIsNotReportedAgain()
    {
        var result = BuildEntities(
            Declare.Entity("Author", Declare.Id(), Declare.Collection("Books", "Book")),
            Declare.Entity("Book", Declare.Id(), Declare.Text("AuthorId"), Declare.Reference("Author", "Author", nullable: true)));

        SingleError(result, ProblemCatalog.InvalidForeignKey, ProblemSubject.Property(1, 2));
        Assert.Equal(new[] { "Books" }, Entity(result, "Author").Ignored);
        Assert.Equal(new[] { "Author" }, Entity(result, "Book").Ignored);
    }

    [Fact]
    public void APropertyWithAnErrorIsLeftOutAndItsEntityKept()
    {
        var result = BuildEntities(Declare.Entity("Author", Declare.Id(), Declare.Text("Name").With(Annotate.MaxLength(0)), Declare.Text("Email")));

        SingleError(result, ProblemCatalog.InvalidMaxLength, ProblemSubject.PropertyAnnotation(0, 1, 0));
        var author = Entity(result, "Author");
        Assert.Equal(new[] { "Id", "Email" }, author.Fields.Select(f => f.Name));
        Assert.Equal(new[] { "Name" }, author.Ignored);
    }

    [Fact]
    public void AnErrorAboutTheKeyLeavesOutTheEntityAndTheNavigationsToIt()
    {
        var result = BuildEntities(
            Declare.Entity("Reading", Declare.Scalar("Id", "System.Double")),
            Declare.Entity("Sensor", Declare.Id(), Declare.Collection("Readings", "Reading")));

        var problem = Assert.Single(result.Problems, p => p.Descriptor.Severity == ProblemSeverity.Error);
        Assert.Same(ProblemCatalog.InvalidKey, problem.Descriptor);
        Assert.Equal(new[] { "Sensor" }, result.ValidPart!.Entities.Select(e => e.Name));
        Assert.Equal(new[] { "Readings" }, Entity(result, "Sensor").Ignored);
    }

    [Fact]
    public void ARequiredMemberLeftOutLeavesOutItsEntityWithoutAnotherReport()
    {
        var name = Declare.Text("Name").With(Annotate.MaxLength(0)) with { IsRequiredMember = true };
        var result = BuildEntities(Declare.Entity("Author", Declare.Id(), name), Declare.Entity("Tag", Declare.Id()));

        SingleError(result, ProblemCatalog.InvalidMaxLength, ProblemSubject.PropertyAnnotation(0, 1, 0));
        Assert.Equal(new[] { "Tag" }, result.ValidPart!.Entities.Select(e => e.Name));
    }

    [Fact]
    public void AnAgentThatDependsOnAnInvalidAgentIsLeftOutWithoutAnotherReport()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(
            Declare.Project(),
            agents: new[]
            {
                Declare.Agent("exporter", 0),
                Declare.Agent("publisher", 10, "exporter"),
                Declare.Agent("notifier", 10, "publisher"),
                Declare.Agent("indexer", 10, "backend-developer"),
            }));

        SingleError(result, ProblemCatalog.InvalidEstimate, ProblemSubject.At(DeclarationKind.Agent, 0));
        Assert.Equal(new[] { "indexer" }, result.ValidPart!.Agents.Select(a => a.Name));
        Assert.Empty(ExecutionPlanner.PlanValidPart(result.ValidPart, string.Empty).Problems);
    }

    [Fact]
    public void AnEmptyProjectNameIsReplacedByTheFallbackInTheValidPartOnly()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(" ")), "Shop.Web");

        SingleError(result, ProblemCatalog.EmptyProjectName, ProblemSubject.At(DeclarationKind.Project, 0));
        Assert.Equal("Shop.Web", result.ValidPart!.Project.Name);
    }

    [Fact]
    public void InvalidFeaturesAndRequirementsAreLeftOut()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(
            Declare.Project(),
            Declare.Features("catalog", "Bad Name"),
            new[] { Declare.Requirement("ui.theme", "dark"), Declare.Requirement("Theme", "x") }));

        Assert.Null(result.Requirements);
        Assert.Equal(new[] { "FSD0040", "FSD0003", "FSD0005" }, result.Problems.Select(p => p.Descriptor.Id));
        Assert.Equal(new[] { "catalog" }, result.ValidPart!.Features);
        Assert.Equal(new[] { "ui.theme" }, result.ValidPart.Requirements.Select(r => r.Key));
    }

    [Fact]
    public void AnAgentCycleStillGivesThePlanOfTheBuiltInAgentsWithoutAHash()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(
            Declare.Project(),
            agents: new[] { Declare.Agent("alpha", 10, "zeta"), Declare.Agent("zeta", 10, "alpha") }));

        var planned = ExecutionPlanner.PlanValidPart(result.ValidPart!, "hash");

        Assert.Same(ProblemCatalog.AgentDependencyCycle, Assert.Single(planned.Problems).Descriptor);
        Assert.NotNull(planned.Plan);
        Assert.Equal(BuiltInAgents.All.Select(a => a.Name).OrderBy(n => n, System.StringComparer.Ordinal), planned.Plan.Agents.Select(a => a.Definition.Name).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Equal(string.Empty, planned.Plan.RequirementsHash);
    }

    [Fact]
    public void AValidPlanKeepsItsHash()
    {
        var result = RequirementsBuilder.Build(Declare.Declarations(Declare.Project(), agents: new[] { Declare.Agent("alpha", 10, "backend-developer") }));

        var planned = ExecutionPlanner.PlanValidPart(result.ValidPart!, "hash");

        Assert.Empty(planned.Problems);
        Assert.Equal("hash", planned.Plan!.RequirementsHash);
        Assert.Contains(planned.Plan.Agents, a => a.Definition.Name == "alpha");
    }
}
