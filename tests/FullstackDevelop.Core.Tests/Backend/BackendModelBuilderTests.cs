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
    public void NonIntegerKeysAreNotGenerated()
    {
        Assert.False(Entity("Customer").Keys.Single().IsGenerated);
        Assert.Equal("global::System.Guid", Entity("Customer").Keys.Single().Type);
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
    public void ProjectNamesBecomeIdentifiers()
    {
        Assert.Equal("MyShop", CSharpNames.Identifier("my shop"));
        Assert.Equal("App2048", CSharpNames.Identifier("2048"));
        Assert.Equal("order-lines", CSharpNames.Kebab("OrderLines"));
        Assert.Equal("http api key", CSharpNames.Prose("HTTPApiKey"));
    }
}
