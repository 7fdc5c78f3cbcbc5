using FullstackDevelop.Core.Requirements;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

public sealed class TableNamerTests
{
    [Theory]
    [InlineData("Book", "Books")]
    [InlineData("Category", "Categories")]
    [InlineData("Company", "Companies")]
    [InlineData("Day", "Days")]
    [InlineData("Key", "Keys")]
    [InlineData("Toy", "Toys")]
    [InlineData("Guy", "Guys")]
    [InlineData("Address", "Addresses")]
    [InlineData("Status", "Statuses")]
    [InlineData("Box", "Boxes")]
    [InlineData("Batch", "Batches")]
    [InlineData("Wish", "Wishes")]
    [InlineData("Y", "Ys")]
    [InlineData("OrderLine", "OrderLines")]
    [InlineData("Shelf", "Shelves")]
    [InlineData("BookShelf", "BookShelves")]
    [InlineData("Knife", "Knives")]
    [InlineData("Chief", "Chiefs")]
    [InlineData("Roof", "Roofs")]
    [InlineData("Person", "People")]
    [InlineData("SalesPerson", "SalesPeople")]
    [InlineData("Child", "Children")]
    [InlineData("Mankind", "Mankinds")]
    [InlineData("Analysis", "Analyses")]
    [InlineData("CostAnalysis", "CostAnalyses")]
    [InlineData("Axis", "Axes")]
    [InlineData("Iris", "Irises")]
    public void PluralizesEnglishNouns(string entity, string table)
    {
        Assert.Equal(table, TableNamer.Pluralize(entity));
    }
}
