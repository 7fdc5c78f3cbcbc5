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
    public void PluralizesEnglishNouns(string entity, string table)
    {
        Assert.Equal(table, TableNamer.Pluralize(entity));
    }
}
