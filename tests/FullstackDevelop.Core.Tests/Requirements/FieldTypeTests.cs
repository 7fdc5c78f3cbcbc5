using System.Linq;
using FullstackDevelop.Core.Requirements;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

public sealed class FieldTypeTests
{
    [Theory]
    [InlineData("System.String", "string")]
    [InlineData("System.Boolean", "bool")]
    [InlineData("System.Int32", "int32")]
    [InlineData("System.Int64", "int64")]
    [InlineData("System.Decimal", "decimal")]
    [InlineData("System.DateTime", "datetime")]
    [InlineData("System.DateOnly", "date")]
    [InlineData("System.Guid", "guid")]
    [InlineData("System.Byte[]", "bytes")]
    public void MapsSupportedClrTypes(string clrName, string expected)
    {
        Assert.True(FieldType.TryFromClrName(clrName, out var fieldType));
        Assert.Equal(expected, fieldType);
    }

    [Theory]
    [InlineData("System.Uri")]
    [InlineData("System.Object")]
    [InlineData("string")]
    [InlineData("System.string")]
    [InlineData("System.Int32[]")]
    [InlineData("")]
    public void RejectsOtherTypes(string clrName)
    {
        Assert.False(FieldType.TryFromClrName(clrName, out _));
    }

    [Fact]
    public void NamesAreUniqueAndDoNotIncludeEnum()
    {
        var names = FieldType.Names.ToList();

        Assert.Equal(16, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.DoesNotContain(FieldType.Enum, names);
    }
}
