using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

/// <summary>What the API can create, set and store: setters, constructors, keys, inheritance and tables.</summary>
public sealed class EntityShapeTests
{
    private static (EquatableArray<EntityInfo> Entities, List<Problem> Problems) Build(params EntityDeclaration[] declarations)
    {
        var problems = new List<Problem>();
        return (EntityBuilder.Build(EquatableArray.Of(declarations), problems), problems);
    }

    [Fact]
    public void AccessIsRecordedAndAGetOnlyPropertyIsFsd0030AndIgnored()
    {
        var (entities, problems) = Build(Declare.Entity(
            "Patient",
            Declare.Id(),
            Declare.Text("Code") with { Access = PropertyAccess.InitOnly },
            Declare.Text("Number") with { Access = PropertyAccess.NonPublicSetter },
            Declare.Text("FullName") with { Access = PropertyAccess.GetOnly }));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.PropertyNotStored, problem.Descriptor);
        Assert.Equal(ProblemSubject.Property(0, 3), problem.Subject);
        var patient = entities[0];
        Assert.Equal(new[] { PropertyAccess.ReadWrite, PropertyAccess.InitOnly, PropertyAccess.NonPublicSetter }, patient.Fields.Select(f => f.Access));
        Assert.Equal(EquatableArray.Of("FullName"), patient.Ignored);
    }

    [Theory]
    [InlineData("System.Double", "of type double")]
    [InlineData("System.DateTime", "of type DateTime")]
    [InlineData("System.Byte[]", "of type byte[]")]
    public void KeysOfTypesARouteOrADatabaseKeyCannotHoldAreFsd0031(string clrType, string said)
    {
        var (_, problems) = Build(Declare.Entity("Reading", Declare.Scalar("Id", clrType)));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.InvalidKey, problem.Descriptor);
        Assert.Contains(said, problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AKeyThePrivateSetterKeepsFromTheApiIsFsd0031UnlessTheDatabaseMakesIt()
    {
        var (_, problems) = Build(
            Declare.Entity("Tag", Declare.Text("Id") with { Access = PropertyAccess.NonPublicSetter }),
            Declare.Entity("Note", Declare.Id() with { Access = PropertyAccess.NonPublicSetter }));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.InvalidKey, problem.Descriptor);
        Assert.Equal(EquatableArray.Of("Tag", "Id", "has a private setter and is not generated, so the API could not set it"), problem.Arguments);
    }

    [Fact]
    public void AnEntityDerivedFromAnEntityIsFsd0034()
    {
        var (_, problems) = Build(Declare.Entity("Animal", Declare.Id()), Declare.Entity("Dog", Declare.Id()) with { BaseEntity = "Animal" });

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.EntityInheritance, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Entity, 1), problem.Subject);
    }

    [Theory]
    [InlineData(true, true, "is abstract")]
    [InlineData(false, false, "has no constructor without parameters")]
    public void AnEntityTheApiCannotCreateIsFsd0036(bool isAbstract, bool hasParameterlessConstructor, string said)
    {
        var (_, problems) = Build(Declare.Entity("Animal", Declare.Id()) with { IsAbstract = isAbstract, HasParameterlessConstructor = hasParameterlessConstructor });

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.EntityCannotBeCreated, problem.Descriptor);
        Assert.Contains(said, problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ARequiredMemberTheApiDoesNotSetIsFsd0036AndOneItSetsIsFine()
    {
        var (_, problems) = Build(
            Declare.Entity("Author", Declare.Id()),
            Declare.Entity(
                "Book",
                Declare.Id(),
                Declare.Text("Title") with { IsRequiredMember = true },
                Declare.Text("Code") with { IsRequiredMember = true, Access = PropertyAccess.NonPublicSetter },
                Declare.Scalar("AuthorId", "System.Int32"),
                Declare.Reference("Author", "Author") with { IsRequiredMember = true }));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.EntityCannotBeCreated, problem.Descriptor);
        Assert.Contains("required members Code, Author", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ARequiredNullableFieldThePrivateSetterKeepsFromTheApiIsFsd0036()
    {
        var (_, problems) = Build(Declare.Entity(
            "Site",
            Declare.Id(),
            Declare.Scalar("Latitude", "System.Double", nullable: true).With(Annotate.Required) with { Access = PropertyAccess.NonPublicSetter },
            Declare.Scalar("Longitude", "System.Double") with { Access = PropertyAccess.NonPublicSetter }));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.EntityCannotBeCreated, problem.Descriptor);
        Assert.Contains("required field Latitude with a private setter and no initial value, which a new row leaves null", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ARequiredNullableFieldWithAPrivateSetterIsFineWhenItsDeclarationOrAConstructorGivesItAValue()
    {
        var latitude = Declare.Scalar("Latitude", "System.Double", nullable: true).With(Annotate.Required) with { Access = PropertyAccess.NonPublicSetter };

        var (_, initialized) = Build(Declare.Entity("Site", Declare.Id(), latitude with { HasInitializer = true }));
        var (_, constructed) = Build(Declare.Entity("Site", Declare.Id(), latitude) with { DeclaresConstructors = true });

        Assert.Empty(initialized);
        Assert.Empty(constructed);
    }

    [Fact]
    public void TwoEntitiesOnOneTableIgnoringCaseAreFsd0035()
    {
        var (_, problems) = Build(Declare.Entity("Book", Declare.Id()), Declare.Entity("Volume", Declare.Id()) with { Table = "books" });

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.DuplicateTable, problem.Descriptor);
        Assert.Equal(EquatableArray.Of("Volume", "books", "Book"), problem.Arguments);
    }

    [Fact]
    public void AJoinTableNamedLikeAnEntityTableIsFsd0035()
    {
        var (_, problems) = Build(
            Declare.Entity("Clinic", Declare.Id(), Declare.Collection("Doctors", "Doctor")),
            Declare.Entity("Doctor", Declare.Id(), Declare.Collection("Clinics", "Clinic")),
            Declare.Entity("Visit", Declare.Id()) with { Table = "ClinicDoctor" });

        Assert.Same(ProblemCatalog.DuplicateTable, Assert.Single(problems).Descriptor);
    }

    [Fact]
    public void AttributesOnTheEntityClassAreReportedAtTheAttribute()
    {
        var index = AnnotationDeclaration.Of("Microsoft.EntityFrameworkCore.IndexAttribute", AnnotationValue.Quoted("Name"));
        var table = AnnotationDeclaration.Of("System.ComponentModel.DataAnnotations.Schema.TableAttribute", AnnotationValue.Quoted("T"));

        var (_, problems) = Build(Declare.Entity("Book", Declare.Id()) with { Annotations = EquatableArray.Of(table, index) });

        Assert.Equal(
            new[] { (ProblemCatalog.IgnoredAnnotation, ProblemSubject.EntityAnnotation(0, 0)), (ProblemCatalog.RejectedAnnotation, ProblemSubject.EntityAnnotation(0, 1)) },
            problems.Select(p => (p.Descriptor, p.Subject)));
    }
}
