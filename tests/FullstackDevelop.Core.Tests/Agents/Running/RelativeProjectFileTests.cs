using FullstackDevelop.Core.Agents.Running;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Running;

/// <summary>The path by which the generated test project refers to the app: <see cref="RelativeProjectFile"/>.</summary>
public sealed class RelativeProjectFileTests
{
    [Theory]
    [InlineData("/repo/src/Shop/fullstack/", "/repo/src/Shop/Shop.csproj", "../Shop.csproj")]
    [InlineData("/repo/src/Shop/fullstack", "/repo/src/Shop/Shop.csproj", "../Shop.csproj")]
    [InlineData("/repo/src/Shop/obj/generated/out/", "/repo/src/Shop/Shop.csproj", "../../../Shop.csproj")]
    [InlineData("/repo/artifacts/shop/", "/repo/src/Shop/Shop.csproj", "../../src/Shop/Shop.csproj")]
    [InlineData("/repo/src/Shop/", "/repo/src/Shop/Shop.csproj", "Shop.csproj")]
    [InlineData("/repo/src/Shop/./out/../fullstack/", "/repo/src/Shop/Shop.csproj", "../Shop.csproj")]
    [InlineData("/repo/Shop.csproj/", "/repo/Shop.csproj/Shop.csproj", "Shop.csproj")]
    public void The_path_is_relative_to_the_output_folder_with_forward_slashes(string outputFolder, string projectFile, string expected) =>
        Assert.Equal(expected, RelativeProjectFile.Of(outputFolder, projectFile));

    [Fact]
    public void Folders_on_different_roots_have_no_relative_path() =>
        Assert.Null(RelativeProjectFile.Of("D:/out/", "C:/repo/Shop.csproj"));

    [Fact]
    public void A_host_that_does_not_know_the_file_gets_the_default_layouts_path() =>
        Assert.Equal("../Bookstore.csproj", RelativeProjectFile.Default("Bookstore"));
}
