using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

public sealed class EntityBuilderTests
{
    private static (EquatableArray<EntityInfo> Entities, List<Problem> Problems) Build(params EntityDeclaration[] declarations)
    {
        var problems = new List<Problem>();
        var entities = EntityBuilder.Build(EquatableArray.Of(declarations), problems);
        return (entities, problems);
    }

    private static EntityInfo BuildOne(EntityDeclaration declaration)
    {
        var (entities, problems) = Build(declaration);
        Assert.Empty(problems);
        return Assert.Single(entities);
    }

    // A Book declared beside the Author it refers to, which has no relation back.
    private static EntityInfo BuildBook(params PropertyDeclaration[] properties)
    {
        var (entities, problems) = Build(Declare.Entity("Author", Declare.Id()), Declare.Entity("Book", properties));
        Assert.Empty(problems);
        return entities[1];
    }

    private static IEnumerable<string> KeyNames(EntityInfo entity) => entity.Fields.Where(field => field.IsKey).Select(field => field.Name);

    [Fact]
    public void PropertyNamedIdIsTheKey()
    {
        var book = BuildOne(Declare.Entity("Book", Declare.Text("Title"), Declare.Id()));

        Assert.Equal(new[] { "Id" }, KeyNames(book));
    }

    [Fact]
    public void PropertyNamedEntityIdIsTheKeyWhenThereIsNoId()
    {
        var book = BuildOne(Declare.Entity("Book", Declare.Text("Title"), Declare.Scalar("BookId", "System.Guid")));

        Assert.Equal(new[] { "BookId" }, KeyNames(book));
        Assert.Equal("guid", book.Fields[1].Type);
    }

    [Fact]
    public void IdIsPreferredOverEntityId()
    {
        var book = BuildOne(Declare.Entity("Book", Declare.Id("BookId"), Declare.Id()));

        Assert.Equal(new[] { "Id" }, KeyNames(book));
    }

    [Fact]
    public void ConventionalKeyNamesIgnoreCase()
    {
        var book = BuildOne(Declare.Entity("Book", Declare.Text("Title"), Declare.Id("ID")));

        Assert.Equal(new[] { "ID" }, KeyNames(book));
    }

    [Fact]
    public void KeyAttributeWinsOverTheConvention()
    {
        var book = BuildOne(Declare.Entity("Book", Declare.Id(), Declare.Text("Isbn").With(Annotate.Key)));

        Assert.Equal(new[] { "Isbn" }, KeyNames(book));
        Assert.False(book.Fields[0].IsKey);
    }

    [Fact]
    public void SeveralKeyAttributesMakeACompositeKey()
    {
        var line = BuildOne(Declare.Entity(
            "OrderLine",
            Declare.Id("OrderId").With(Annotate.Key),
            Declare.Id("LineNumber").With(Annotate.Key),
            Declare.Scalar("Quantity", "System.Int32")));

        Assert.Equal(new[] { "OrderId", "LineNumber" }, KeyNames(line));
    }

    [Fact]
    public void KeyAttributeOnANavigationIsFsd0027AtTheAttributeAndChangesNothing()
    {
        var (entities, problems) = Build(
            Declare.Entity("Author", Declare.Id()),
            Declare.Entity("Book", Declare.Reference("Author", "Author").With(Annotate.Key), Declare.Id(), Declare.Scalar("AuthorId", "System.Int32")));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.AnnotationNotApplicable, problem.Descriptor);
        Assert.Equal(ProblemSubject.PropertyAnnotation(1, 0, 0), problem.Subject);
        Assert.Equal(new[] { "Id" }, KeyNames(entities[1]));
    }

    [Fact]
    public void NullableKeyIsFsd0031()
    {
        var (_, problems) = Build(Declare.Entity("Book", Declare.Scalar("Id", "System.Int32", nullable: true)));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.InvalidKey, problem.Descriptor);
        Assert.Equal(ProblemSubject.Property(0, 0), problem.Subject);
        Assert.Contains("is nullable", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void EntityWithoutKeyIsFsd0007()
    {
        var (entities, problems) = Build(Declare.Entity("Book", Declare.Id()), Declare.Entity("Tag", Declare.Text("Label"), Declare.Collection("Books", "Book")));

        var problem = Assert.Single(problems, p => p.Descriptor.Severity == ProblemSeverity.Error);
        Assert.Same(ProblemCatalog.EntityWithoutKey, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Entity, 1), problem.Subject);
        Assert.Equal(EquatableArray.Of("Tag"), problem.Arguments);
        Assert.Contains("'Id' or 'TagId'", problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void IdOfAnUnsupportedTypeIsNotAKey()
    {
        var (_, problems) = Build(Declare.Entity("Book", Declare.Scalar("Id", "System.Uri")));

        Assert.Equal(new[] { "FSD0007", "FSD0008" }, problems.Select(problem => problem.Descriptor.Id).OrderBy(id => id, System.StringComparer.Ordinal));
    }

    [Fact]
    public void UnsupportedPropertyIsFsd0008AtTheProperty()
    {
        var (entities, problems) = Build(
            Declare.Entity("Author", Declare.Id()),
            Declare.Entity("Book", Declare.Id(), Declare.Text("Title"), Declare.Scalar("Cover", "System.Drawing.Image")));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.UnsupportedPropertyType, problem.Descriptor);
        Assert.Equal(ProblemSubject.Property(1, 2), problem.Subject);
        Assert.Equal(EquatableArray.Of("Book", "Cover", "System.Drawing.Image"), problem.Arguments);
        Assert.DoesNotContain(entities[1].Fields, field => field.Name == "Cover");
    }

    [Fact]
    public void CollectionOfAScalarIsFsd0008NamedAsACollection()
    {
        var property = Declare.Scalar("Tags", "System.String") with { IsCollection = true };

        var (_, problems) = Build(Declare.Entity("Book", Declare.Id(), property));

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemSubject.Property(0, 1), problem.Subject);
        Assert.Equal(EquatableArray.Of("Book", "Tags", "collection of System.String"), problem.Arguments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void NonPositiveMaxLengthIsFsd0017AtTheAttribute(int maxLength)
    {
        var (_, problems) = Build(Declare.Entity("Book", Declare.Id(), Declare.Text("Title").With(Annotate.MaxLength(maxLength))));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.InvalidMaxLength, problem.Descriptor);
        Assert.Equal(ProblemSubject.PropertyAnnotation(0, 1, 0), problem.Subject);
        Assert.Equal(EquatableArray.Of("Book", "Title", maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)), problem.Arguments);
    }

    [Fact]
    public void MaxLengthOfMinusOneIsUnlimitedAsInDataAnnotations()
    {
        var book = BuildOne(Declare.Entity("Book", Declare.Id(), Declare.Text("Title").With(Annotate.MaxLength(-1))));

        Assert.Null(book.Fields[1].MaxLength);
    }

    [Fact]
    public void DuplicateEntityNameIsFsd0009OnTheLaterFullName()
    {
        var second = Declare.Entity("Book", Declare.Id()) with { FullName = "Shop.Sales.Book" };
        var first = Declare.Entity("Book", Declare.Id()) with { FullName = "Shop.Catalog.Book" };

        var (entities, problems) = Build(second, first);

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.DuplicateEntity, problem.Descriptor);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Entity, 0), problem.Subject);
        Assert.Equal(EquatableArray.Of("Book", "Shop.Catalog.Book"), problem.Arguments);
        Assert.Single(entities);
    }

    [Fact]
    public void DuplicateEntityReportIsTheSameWhateverTheOrder()
    {
        var sales = Declare.Entity("Book", Declare.Id()) with { FullName = "Shop.Sales.Book" };
        var catalog = Declare.Entity("Book", Declare.Id()) with { FullName = "Shop.Catalog.Book" };

        var (_, problems) = Build(catalog, sales);

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemSubject.At(DeclarationKind.Entity, 1), problem.Subject);
        Assert.Equal(EquatableArray.Of("Book", "Shop.Catalog.Book"), problem.Arguments);
    }

    [Fact]
    public void EntitiesAreSortedByName()
    {
        var (entities, _) = Build(Declare.Entity("Order", Declare.Id()), Declare.Entity("Author", Declare.Id()), Declare.Entity("Book", Declare.Id()));

        Assert.Equal(new[] { "Author", "Book", "Order" }, entities.Select(entity => entity.Name));
    }

    [Fact]
    public void FieldsKeepSourceOrderWithTypesAndConstraints()
    {
        var book = BuildOne(Declare.Entity(
            "Book",
            Declare.Id(),
            Declare.Text("Title").With(Annotate.MaxLength(200)),
            Declare.Text("Subtitle", nullable: true),
            Declare.Text("Summary", nullable: true).With(Annotate.Required),
            Declare.Scalar("Price", "System.Decimal"),
            Declare.Scalar("PublishedOn", "System.DateOnly", nullable: true),
            Declare.EnumOf("Format", "Hardcover", "Paperback")));

        Assert.Equal(
            EquatableArray.Of(
                new FieldInfo("Id", "int32", true, true, null, default),
                new FieldInfo("Title", "string", false, true, 200, default),
                new FieldInfo("Subtitle", "string", false, false, null, default, IsNullable: true),
                new FieldInfo("Summary", "string", false, true, null, default, IsNullable: true),
                new FieldInfo("Price", "decimal", false, true, null, default, Rules: new FieldRules(Precision: 18, Scale: 2)),
                new FieldInfo("PublishedOn", "date", false, false, null, default, IsNullable: true),
                new FieldInfo("Format", FieldType.Enum, false, true, null, EquatableArray.Of("Hardcover", "Paperback"), Declare.Namespace + "Format")),
            book.Fields);
    }

    [Fact]
    public void ReferenceWithConventionalForeignKeyIsARequiredManyToOne()
    {
        var book = BuildBook(Declare.Id(), Declare.Scalar("AuthorId", "System.Int32"), Declare.Reference("Author", "Author", nullable: true));

        Assert.Equal(new RelationInfo("Author", "Author", RelationKind.ManyToOne, "AuthorId", true), Assert.Single(book.Relations));
        Assert.Equal(new[] { "Id", "AuthorId" }, book.Fields.Select(field => field.Name));
    }

    [Fact]
    public void NullableForeignKeyMakesTheRelationOptional()
    {
        var book = BuildBook(Declare.Id(), Declare.Scalar("AuthorId", "System.Int32", nullable: true), Declare.Reference("Author", "Author"));

        Assert.Equal(new RelationInfo("Author", "Author", RelationKind.ManyToOne, "AuthorId", false), Assert.Single(book.Relations));
    }

    [Fact]
    public void RequiredAttributeOnTheNavigationMakesTheRelationRequired()
    {
        var book = BuildBook(
            Declare.Id(),
            Declare.Scalar("AuthorId", "System.Int32", nullable: true),
            Declare.Reference("Author", "Author", nullable: true).With(Annotate.Required));

        Assert.True(Assert.Single(book.Relations).IsRequired);
    }

    [Fact]
    public void ForeignKeyAttributeNamesTheForeignKey()
    {
        var book = BuildBook(
            Declare.Id(),
            Declare.Scalar("AuthorId", "System.Int32", nullable: true),
            Declare.Scalar("WriterRef", "System.Int32"),
            Declare.Reference("Author", "Author", nullable: true, foreignKey: "WriterRef"));

        Assert.Equal(new RelationInfo("Author", "Author", RelationKind.ManyToOne, "WriterRef", true), Assert.Single(book.Relations));
    }

    [Theory]
    [InlineData(false, "int")]
    [InlineData(true, "int?")]
    public void ReferenceWithoutAForeignKeyIsFsd0032AndIgnored(bool nullable, string suggested)
    {
        var (entities, problems) = Build(Declare.Entity("Publisher", Declare.Id()), Declare.Entity("Book", Declare.Id(), Declare.Reference("Publisher", "Publisher", nullable)));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.IgnoredNavigation, problem.Descriptor);
        Assert.Equal(ProblemSubject.Property(1, 1), problem.Subject);
        Assert.Contains("'public " + suggested + " PublisherId { get; set; }'", problem.Message, System.StringComparison.Ordinal);
        Assert.Empty(entities[0].Relations);
        Assert.Equal(EquatableArray.Of("Publisher"), entities[0].Ignored);
    }

    [Fact]
    public void ForeignKeyConventionIsCaseSensitive()
    {
        var (entities, problems) = Build(
            Declare.Entity("Author", Declare.Id()),
            Declare.Entity("Book", Declare.Id(), Declare.Scalar("authorid", "System.Int32"), Declare.Reference("Author", "Author", nullable: true)));

        Assert.Same(ProblemCatalog.IgnoredNavigation, Assert.Single(problems).Descriptor);
        Assert.Empty(entities[1].Relations);
    }

    [Fact]
    public void ForeignKeyMustBeAMappedField()
    {
        var (entities, problems) = Build(
            Declare.Entity("Author", Declare.Id()),
            Declare.Entity("Book", Declare.Id(), Declare.Scalar("AuthorId", "System.Uri"), Declare.Reference("Author", "Author", nullable: true)));

        Assert.Equal(new[] { "FSD0008", "FSD0032" }, problems.Select(p => p.Descriptor.Id));
        var book = entities[1];
        Assert.DoesNotContain(book.Fields, field => field.Name == "AuthorId");
        Assert.Empty(book.Relations);
        Assert.Equal(EquatableArray.Of("AuthorId", "Author"), book.Ignored);
    }

    [Fact]
    public void CollectionOfAnEntityIsAOneToManyPairedWithTheReferenceBack()
    {
        var (entities, problems) = Build(
            Declare.Entity("Author", Declare.Id(), Declare.Collection("Books", "Book")),
            Declare.Entity("Book", Declare.Id(), Declare.Scalar("AuthorId", "System.Int32"), Declare.Reference("Author", "Author")));

        Assert.Empty(problems);
        Assert.Equal(new RelationInfo("Books", "Book", RelationKind.OneToMany, null, false, "Author"), Assert.Single(entities[0].Relations));
        Assert.Equal(new RelationInfo("Author", "Author", RelationKind.ManyToOne, "AuthorId", true, "Books"), Assert.Single(entities[1].Relations));
        Assert.Equal(new[] { "Id" }, entities[0].Fields.Select(field => field.Name));
    }

    [Theory]
    [InlineData("Book", "Books")]
    [InlineData("Category", "Categories")]
    [InlineData("Address", "Addresses")]
    [InlineData("Day", "Days")]
    public void TableDefaultsToThePluralName(string entity, string table)
    {
        Assert.Equal(table, BuildOne(Declare.Entity(entity, Declare.Id())).Table);
    }

    [Theory]
    [InlineData("Catalog", "Catalog")]
    [InlineData("  book_catalog ", "book_catalog")]
    [InlineData("   ", "Books")]
    [InlineData("", "Books")]
    public void ExplicitTableIsTrimmedAndBlankFallsBack(string table, string expected)
    {
        var book = BuildOne(Declare.Entity("Book", Declare.Id()) with { Table = table });

        Assert.Equal(expected, book.Table);
    }
}
