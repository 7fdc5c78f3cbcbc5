using System;
using FullstackDevelop.Core.Agents.Layout;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Layout;

public sealed class ArtifactLayoutTests
{
    [Theory]
    [InlineData("/repo", "/repo", ".")]
    [InlineData("/repo", "/repo/src/Api", "src/Api")]
    [InlineData("/repo/src/Api/fullstack/deploy", "/repo", "../../../..")]
    [InlineData("/repo/a/b", "/repo/c/d.txt", "../../c/d.txt")]
    [InlineData("/repo/src/", "/repo/src/./x/../y", "y")]
    [InlineData(@"C:\repo\src", @"C:\repo\ops\out", "../ops/out")]
    public void Between_walks_up_to_the_common_folder_then_down(string from, string to, string expected) =>
        Assert.Equal(expected, RelativePath.Between(from, to));

    [Fact]
    public void Between_compares_names_by_case_only_where_the_file_system_does()
    {
        Assert.Equal("../Src/Api", RelativePath.Between("/repo/src", "/repo/Src/Api"));
        Assert.Equal("Api", RelativePath.Between(@"C:\Repo\src", @"c:\repo\SRC\Api", ignoreCase: true));
    }

    [Fact]
    public void Between_two_drives_is_an_error_not_an_absolute_path() =>
        Assert.Throws<ArgumentException>(() => RelativePath.Between(@"C:\repo", @"D:\out"));

    [Theory]
    [InlineData("/clone/src/Shop/fullstack", "src/Shop/Shop.csproj", "src/Shop", "src/Shop/fullstack", "../../../..")]
    [InlineData("/clone/src/ops/generated", "src/Shop/Shop.csproj", "src/Shop", "src/ops/generated", "../../../..")]
    [InlineData("/clone/src/Shop/build/out", "src/Shop/Shop.csproj", "src/Shop", "src/Shop/build/out", "../../../../..")]
    [InlineData("/clone/fullstack", "src/Shop/Shop.csproj", "src/Shop", "fullstack", "../..")]
    public void Of_gives_every_path_relative_to_the_repository_root_and_back(string output, string projectFile, string projectFolder, string outputFolder, string deployToRepository)
    {
        var layout = ArtifactLayout.Of("/clone", "/clone/src/Shop/Shop.csproj", output, workflowInRepository: true);

        Assert.Equal(new ArtifactLayout(projectFile, projectFolder, outputFolder, deployToRepository, true), layout);
    }

    [Fact]
    public void The_layout_depends_on_the_relative_layout_only_not_on_where_the_clone_sits()
    {
        var here = ArtifactLayout.Of("/home/a/shop", "/home/a/shop/src/Shop/Shop.csproj", "/home/a/shop/src/Shop/fullstack", false);
        var there = ArtifactLayout.Of("/builds/x/y/z", "/builds/x/y/z/src/Shop/Shop.csproj", "/builds/x/y/z/src/Shop/fullstack/", false);

        Assert.Equal(here, there);
        Assert.Equal(ArtifactLayout.AtRepositoryRoot("Shop.csproj"), ArtifactLayout.Of("/r", "/r/Shop.csproj", "/r/fullstack", false));
    }
}
