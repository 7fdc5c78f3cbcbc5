using System.IO;
using System.Linq;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Backend;

public sealed class BackendModelBuilderTests
{
    // The sample's requirements snapshot, as the generator embeds it (reviewed as a golden file).
    private static readonly ProjectRequirements Bookstore = RequirementsJson.Read(
        File.ReadAllText(RepositoryPaths.Combine("tests", "FullstackDevelop.Generators.Tests", "Snapshots", "Bookstore.requirements.json")));

    private static readonly BackendModel Model = BackendModelBuilder.Build(Bookstore, "Bookstore");

    private static BackendEntity Entity(string name) => Model.Entities.Single(e => e.Name == name);

    [Fact]
    public void ProjectLevelChoicesFollowTheRequirements()
    {
        Assert.Equal("Bookstore", Model.Settings.Prefix);
        Assert.True(Model.Settings.RequiresAuthorization);
        Assert.True(Model.Settings.UsesSharedCrud);
        Assert.Equal(7, Model.Entities.Count);
    }

    [Fact]
    public void EntityNamesForTablesRoutesAndProse()
    {
        var line = Entity("OrderLine");

        Assert.Equal("global::Bookstore.Domain.OrderLine", line.ClrType);
        Assert.Equal("OrderLines", line.Table);
        Assert.Equal("OrderLines", line.PluralName);
        Assert.Equal("/api/order-lines", line.Route);
        Assert.Equal("order line", line.DisplayName);
        Assert.Equal("/api/categories", Entity("Category").Route);
    }

    [Fact]
    public void FieldsHaveTheirCSharpTypesInEntityDtoAndRequest()
    {
        var book = Entity("Book");
        var field = book.Fields.ToDictionary(f => f.Name);

        Assert.Equal(("int", "int", "int?", true), (field["Id"].Type, field["Id"].DtoType, field["Id"].RequestType, field["Id"].IsGenerated));
        Assert.Equal(("string", "string", "string", 200), (field["Title"].Type, field["Title"].DtoType, field["Title"].RequestType, field["Title"].MaxLength!.Value));
        Assert.Equal(("global::System.DateOnly", "global::System.DateOnly?"), (field["PublishedOn"].Type, field["PublishedOn"].RequestType));
        Assert.Equal(("global::Bookstore.Domain.BookFormat", "enum", 9), (field["Format"].Type, field["Format"].Kind, field["Format"].EnumMaxLength));
        Assert.Equal(("int", "int?", "Category"), (field["CategoryId"].Type, field["CategoryId"].DtoType, field["CategoryId"].ForeignKeyOf));
        Assert.True(field["Price"].IsDecimal);
        Assert.Equal(new[] { "Id" }, book.Keys.Select(k => k.Name));
        Assert.False(book.HasCompositeKey);
    }

    [Fact]
    public void OptionalStringsAreNullableEverywhere()
    {
        var biography = Entity("Author").Fields.Single(f => f.Name == "Biography");

        Assert.Equal(("string?", "string?", false), (biography.DtoType, biography.RequestType, biography.IsRequired));
    }

    [Fact]
    public void SingleIntegerAndGuidKeysAreMadeOnAddOthersComeWithTheRequest()
    {
        Assert.Equal("global::System.Guid", Entity("Customer").Keys.Single().Type);
        Assert.True(Entity("Customer").Keys.Single().IsGenerated);
        Assert.True(Entity("Order").Keys.Single().IsGenerated);

        var keys = BackendSamples.Build(BackendSamples.Keys).Entities.ToDictionary(e => e.Name);
        Assert.True(keys["Shelf"].Keys.Single().IsGenerated);
        Assert.True(keys["Note"].Keys.Single().IsGenerated);
        Assert.False(keys["Tag"].Keys.Single().IsGenerated);
        Assert.False(keys["Level"].Keys.Single().IsGenerated);
        Assert.False(keys["Day"].Keys.Single().IsGenerated);
        Assert.All(keys["ShelfTag"].Keys, key => Assert.False(key.IsGenerated));
        Assert.False(keys["ShelfLabel"].Keys.Single().IsGenerated);
    }

    [Fact]
    public void KeysCarryTheRouteConstraintOfTheirType()
    {
        var keys = BackendSamples.Build(BackendSamples.Keys).Entities.ToDictionary(e => e.Name, e => e.Keys[0].RouteConstraint);

        Assert.Equal("int", Entity("Book").Keys.Single().RouteConstraint);
        Assert.Equal("long", Entity("Order").Keys.Single().RouteConstraint);
        Assert.Equal("guid", Entity("Customer").Keys.Single().RouteConstraint);
        Assert.Equal("int:range(-32768,32767)", keys["Shelf"]);
        Assert.Equal("int:range(0,255)", keys["Level"]);
        Assert.Equal(string.Empty, keys["Tag"]);
        Assert.Equal(string.Empty, keys["Day"]);
    }

    [Fact]
    public void EveryEntityWithAKeyHasEndpointsCompositeKeysIncluded()
    {
        var keys = BackendSamples.Build(BackendSamples.Keys).Entities.ToDictionary(e => e.Name);

        Assert.All(Model.Entities, entity => Assert.True(entity.HasEndpoints));
        Assert.True(keys["Tag"].HasEndpoints);
        Assert.True(keys["ShelfTag"].HasCompositeKey);
        Assert.True(keys["ShelfTag"].HasEndpoints);
        Assert.Equal(new[] { "shelfId", "tagCode" }, keys["ShelfTag"].Keys.Select(k => k.ParameterName));
    }

    [Theory]
    [InlineData("orderId", "orderId")]
    [InlineData("event", "@event")]
    [InlineData("class", "@class")]
    [InlineData("db", "dbKey")]
    [InlineData("cancellationToken", "cancellationTokenKey")]
    [InlineData("record", "record")]
    public void HandlerParametersAreValidCSharpAndDoNotRepeatTheHandlersOwnNames(string routeName, string parameter)
    {
        Assert.Equal(parameter, CSharpNames.Parameter(routeName));
    }

    [Fact]
    public void AManyToManyKnowsItsJoinTableAndTheRouteParameterOfTheTargetKey()
    {
        var model = BackendSamples.Build(BackendSamples.Clinics);
        var doctor = model.Entities.Single(e => e.Name == "Doctor").ManyToMany.Single();
        var clinic = model.Entities.Single(e => e.Name == "Clinic").ManyToMany.Single();

        Assert.Equal(("Clinics", "ClinicDoctor", "DoctorId", "ClinicId", "clinics", "clinicId", false), (doctor.Name, doctor.JoinTable, doctor.Column, doctor.TargetColumn, doctor.Segment, doctor.TargetRouteParameter, doctor.IsConfiguredHere));
        Assert.Equal(("Doctors", "ClinicId", "DoctorId", "doctorId", true), (clinic.Name, clinic.Column, clinic.TargetColumn, clinic.TargetRouteParameter, clinic.IsConfiguredHere));
    }

    [Fact]
    public void FieldsKnowTheirJsonNames()
    {
        var book = Entity("Book").Fields.ToDictionary(f => f.Name);

        Assert.Equal(("id", "publishedOn", "authorId"), (book["Id"].JsonName, book["PublishedOn"].JsonName, book["AuthorId"].JsonName));
    }

    [Theory]
    [InlineData("Id", "id")]
    [InlineData("PublishedOn", "publishedOn")]
    [InlineData("ISBN", "isbn")]
    [InlineData("URLValue", "urlValue")]
    [InlineData("already", "already")]
    [InlineData("A", "a")]
    [InlineData("", "")]
    public void JsonNamesFollowTheCamelCasePolicyOfSystemTextJson(string name, string json)
    {
        Assert.Equal(json, CSharpNames.JsonName(name));
        Assert.Equal(json, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name));
    }

    [Fact]
    public void EnumTypesAreListedOnceInOrderOfAppearance()
    {
        Assert.Equal(new[] { "global::Bookstore.Domain.BookFormat", "global::Bookstore.Domain.OrderStatus" }, Model.EnumTypes);
        Assert.Empty(BackendSamples.Build(BackendSamples.Keys).EnumTypes);
    }

    [Fact]
    public void FieldTypesAreListedOnceInOrderOfAppearance()
    {
        Assert.Equal(
            new[] { "int", "string", "decimal", "global::System.DateOnly", "global::Bookstore.Domain.BookFormat", "global::System.Guid", "global::System.DateTimeOffset", "long", "global::Bookstore.Domain.OrderStatus", "byte" },
            Model.FieldTypes);
    }

    [Fact]
    public void RelationsKnowTheirInversesAndDeleteBehaviour()
    {
        var book = Entity("Book");

        var author = book.References.Single(r => r.Name == "Author");
        Assert.Equal(("AuthorId", true, "Books", "Restrict", "global::Bookstore.Domain.Author"), (author.ForeignKey, author.IsRequired, author.Inverse, author.DeleteBehavior, author.TargetClrType));
        var category = book.References.Single(r => r.Name == "Category");
        Assert.Equal(("CategoryId", false, "SetNull"), (category.ForeignKey, category.IsRequired, category.DeleteBehavior));
        var reviews = Assert.Single(book.Collections);
        Assert.Equal(("Reviews", "Review", "Book"), (reviews.Name, reviews.Target, reviews.Inverse));
    }

    [Fact]
    public void TwoReferencesToOneTargetPairWithNeitherEndOfItsCollection()
    {
        var model = BackendSamples.Build(BackendSamples.Project(
            BackendSamples.Entity("User", new[] { BackendSamples.Key("Id", "int32") }, new RelationInfo("Sent", "Message", RelationKind.OneToMany, null, false)),
            BackendSamples.Entity(
                "Message",
                new[] { BackendSamples.Key("Id", "int32"), BackendSamples.Field("SenderId", "int32"), BackendSamples.Field("RecipientId", "int32") },
                BackendSamples.Reference("Sender", "User", "SenderId"),
                BackendSamples.Reference("Recipient", "User", "RecipientId"))));

        var message = model.Entities.Single(e => e.Name == "Message");
        Assert.All(message.References, reference => Assert.Null(reference.Inverse));
        Assert.Null(model.Entities.Single(e => e.Name == "User").Collections.Single().Inverse);
    }

    [Fact]
    public void ProjectNamesBecomeIdentifiers()
    {
        Assert.Equal("MyShop", CSharpNames.Identifier("my shop"));
        Assert.Equal("App2048", CSharpNames.Identifier("2048"));
        Assert.Equal("order-lines", CSharpNames.Kebab("OrderLines"));
        Assert.Equal("http api key", CSharpNames.Prose("HTTPApiKey"));
    }
}
