using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

/// <summary>Every navigation is paired the way the generated EF Core configuration states it, or reported and ignored.</summary>
public sealed class RelationResolverTests
{
    private static (Dictionary<string, EntityInfo> Entities, List<Problem> Problems) Build(params EntityDeclaration[] declarations)
    {
        var problems = new List<Problem>();
        var entities = EntityBuilder.Build(EquatableArray.Of(declarations), problems);
        return (entities.ToDictionary(e => e.Name), problems);
    }

    private static RelationInfo Relation(Dictionary<string, EntityInfo> entities, string entity, string name) => entities[entity].Relations.Single(r => r.Name == name);

    [Fact]
    public void TwoCollectionsThatMirrorEachOtherAreAManyToManyWithOneJoinTable()
    {
        var (entities, problems) = Build(
            Declare.Entity("Doctor", Declare.Id(), Declare.Collection("Clinics", "Clinic")),
            Declare.Entity("Clinic", Declare.Scalar("Code", "System.String").With(Annotate.Key), Declare.Collection("Doctors", "Doctor")));

        Assert.Empty(problems);
        Assert.Equal(
            new RelationInfo("Clinics", "Clinic", RelationKind.ManyToMany, null, false, "Doctors", Join: new JoinTableInfo("ClinicDoctor", "DoctorId", "ClinicCode")),
            Relation(entities, "Doctor", "Clinics"));
        Assert.Equal(
            new RelationInfo("Doctors", "Doctor", RelationKind.ManyToMany, null, false, "Clinics", Join: new JoinTableInfo("ClinicDoctor", "ClinicCode", "DoctorId")),
            Relation(entities, "Clinic", "Doctors"));
    }

    [Fact]
    public void AReferenceWithAForeignKeyAndAReferenceBackWithoutOneAreAOneToOne()
    {
        var (entities, problems) = Build(
            Declare.Entity("User", Declare.Id(), Declare.Reference("Profile", "Profile", nullable: true)),
            Declare.Entity("Profile", Declare.Id(), Declare.Scalar("UserId", "System.Int32"), Declare.Reference("User", "User", nullable: true)));

        Assert.Empty(problems);
        Assert.Equal(new RelationInfo("User", "User", RelationKind.ManyToOne, "UserId", true, "Profile", IsUnique: true), Relation(entities, "Profile", "User"));
        Assert.Equal(new RelationInfo("Profile", "Profile", RelationKind.OneToOne, null, false, "User"), Relation(entities, "User", "Profile"));
    }

    [Fact]
    public void ASelfReferencePairsWithItsCollection()
    {
        var (entities, problems) = Build(Declare.Entity(
            "Category",
            Declare.Id(),
            Declare.Scalar("ParentId", "System.Int32", nullable: true),
            Declare.Reference("Parent", "Category", nullable: true),
            Declare.Collection("Children", "Category")));

        Assert.Empty(problems);
        Assert.Equal("Children", Relation(entities, "Category", "Parent").Inverse);
        Assert.Equal(RelationKind.OneToMany, Relation(entities, "Category", "Children").Kind);
    }

    [Fact]
    public void ACollectionFacingTwoReferencesBackIsIgnoredAndTheReferencesStay()
    {
        var (entities, problems) = Build(
            Declare.Entity("User", Declare.Id(), Declare.Collection("Messages", "Message")),
            Declare.Entity(
                "Message",
                Declare.Id(),
                Declare.Scalar("SenderId", "System.Int32"),
                Declare.Reference("Sender", "User"),
                Declare.Scalar("RecipientId", "System.Int32"),
                Declare.Reference("Recipient", "User")));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.IgnoredNavigation, problem.Descriptor);
        Assert.Contains("2 references to User (Sender, Recipient)", problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(EquatableArray.Of("Messages"), entities["User"].Ignored);
        Assert.All(entities["Message"].Relations, r => Assert.Null(r.Inverse));
    }

    [Fact]
    public void AForeignKeyOfAnotherTypeThanTheTargetKeyIsFsd0033AtTheNavigation()
    {
        var (_, problems) = Build(
            Declare.Entity("User", Declare.Scalar("Id", "System.Guid")),
            Declare.Entity("Response", Declare.Id(), Declare.Scalar("UserId", "System.Int32", nullable: true), Declare.Reference("User", "User", nullable: true)));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.InvalidForeignKey, problem.Descriptor);
        Assert.Equal(ProblemSubject.Property(1, 2), problem.Subject);
        Assert.Contains("'UserId' of type int, but the key of User ('Id') is of type Guid", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AReferenceToACompositeKeyIsFsd0033()
    {
        var (_, problems) = Build(
            Declare.Entity("Line", Declare.Id("OrderId").With(Annotate.Key), Declare.Id("Number").With(Annotate.Key)),
            Declare.Entity("Note", Declare.Id(), Declare.Scalar("LineId", "System.Int32"), Declare.Reference("Line", "Line")));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.InvalidForeignKey, problem.Descriptor);
        Assert.Contains("whose key has 2 parts (OrderId, Number)", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AForeignKeyAttributeNamingNoFieldIsFsd0033()
    {
        var (_, problems) = Build(
            Declare.Entity("Author", Declare.Id()),
            Declare.Entity("Book", Declare.Id(), Declare.Reference("Author", "Author", foreignKey: "WriterRef")));

        Assert.Same(ProblemCatalog.InvalidForeignKey, Assert.Single(problems).Descriptor);
    }

    [Fact]
    public void AForeignKeyAttributeOnTheFieldNamesItsNavigation()
    {
        var (entities, problems) = Build(
            Declare.Entity("Author", Declare.Id()),
            Declare.Entity("Book", Declare.Id(), Declare.Scalar("WriterRef", "System.Int32").With(Annotate.ForeignKey("Author")), Declare.Reference("Author", "Author")));

        Assert.Empty(problems);
        Assert.Equal("WriterRef", Relation(entities, "Book", "Author").ForeignKey);
    }

    [Fact]
    public void AReadOnlyCollectionIsIgnoredBecauseItemsCannotBeAdded()
    {
        var (entities, problems) = Build(
            Declare.Entity("Author", Declare.Id(), Declare.Collection("Books", "Book") with { IsReadOnlyCollection = true }),
            Declare.Entity("Book", Declare.Id(), Declare.Scalar("AuthorId", "System.Int32"), Declare.Reference("Author", "Author")));

        Assert.Contains("List<Book>", Assert.Single(problems).Message, System.StringComparison.Ordinal);
        Assert.Null(Relation(entities, "Book", "Author").Inverse);
    }

    [Fact]
    public void AManyToManyNeedsSingleKeysOnBothSides()
    {
        var (entities, problems) = Build(
            Declare.Entity("Shift", Declare.Id("Day").With(Annotate.Key), Declare.Id("Slot").With(Annotate.Key), Declare.Collection("Nurses", "Nurse")),
            Declare.Entity("Nurse", Declare.Id(), Declare.Collection("Shifts", "Shift")));

        Assert.Equal(2, problems.Count(p => p.Descriptor == ProblemCatalog.IgnoredNavigation));
        Assert.Empty(entities["Shift"].Relations);
    }

    [Fact]
    public void RequiredOnTheNavigationMakesANullableForeignKeyRequired()
    {
        var (entities, problems) = Build(
            Declare.Entity("Team", Declare.Id()),
            Declare.Entity("Player", Declare.Id(), Declare.Scalar("TeamId", "System.Int32", nullable: true), Declare.Reference("Team", "Team", nullable: true).With(Annotate.Required)));

        Assert.Empty(problems);
        var teamId = entities["Player"].Fields.Single(f => f.Name == "TeamId");
        Assert.Equal((true, true), (teamId.IsRequired, teamId.IsNullable));
        Assert.True(Relation(entities, "Player", "Team").IsRequired);
    }
}
